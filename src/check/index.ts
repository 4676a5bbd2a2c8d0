/**
 * check: consistency checks on translations. One check per file under `rules/` (id, default
 * severity, docs, messages, and a function that reports); the runner applies severities and
 * reviewed exceptions; output is the report formatters' job.
 */
export {runChecks, formatMessage, checks, type CheckInput} from './runner.js'
export type {Check, CheckMeta, CheckSettings, Report, EntryContext, CatalogContext, DocumentContext} from './types.js'
export {normalizeGlossary, emptyGlossary, type Glossary} from './glossary-file.js'
export {normalizeExceptions, isExcepted, type ReviewedException} from './exceptions.js'
export {documentShape, shapeDifference, type ShapeNode} from './structure.js'
