export type * from './types.js'
export {
  segmentDocument,
  segmentTree,
  defaultFrontMatterFields,
  type SegmentOptions,
  type SegmentResult
} from './segment/index.js'
export {handlers as segmentHandlers} from './segment/handlers/index.js'
export type {Handler, HandlerContext} from './segment/context.js'
export {assignKeys, type PreviousKey} from './segment/keys.js'
export {parseTags, stripTags, TagSyntaxError, type TagNode} from './segment/tags.js'
export {resolveLanguageName, normalizeLanguageName, isRightToLeft} from './languages/resolve.js'
export {findLanguageSwitcher, type SwitcherLanguage} from './languages/switcher.js'
export {canonicalTag} from './languages/tag.js'
export {parseCatalog, serializeCatalog, parseMeta, serializeMeta} from './catalog/store.js'
export {syncCatalog, type SyncResult, type SourceEntry} from './catalog/sync.js'
export {catalogStatus} from './catalog/status.js'
export {assembleDocument, type AssembleOptions, type AssembleResult, type TranslationLookup} from './assemble/index.js'
export {localizeDocument, type LocalizeOptions, type LocalizedDocument} from './assemble/localize.js'
export {pseudoLocalize, pseudoLocale} from './pseudo/index.js'
export {
  languageCoverage,
  countWords,
  type CoverageReport,
  type LanguageCoverage,
  type DocumentCoverage,
  type Counts
} from './report/coverage.js'
export {normalizeConfig} from './config/normalize.js'
export {defaults, type Config} from './config/defaults.js'
export {InputError} from './util/errors.js'
export type * from './project/index.js'
export {openProject, type OpenProjectOptions, type NodeProjectApi} from './node/open.js'
export type {ProjectApi} from './project/index.js'
export type {WatchEvents, WatchOptions} from './node/watch.js'
export {remarkL10n, type RemarkL10nOptions, type L10nData} from './remark/index.js'
export {
  runChecks,
  checks,
  normalizeGlossary,
  emptyGlossary,
  normalizeExceptions,
  documentShape,
  shapeDifference,
  type ShapeNode,
  type Check,
  type CheckMeta,
  type CheckInput,
  type Glossary,
  type ReviewedException
} from './check/index.js'
export {
  ProviderError,
  type Provider,
  type ProviderUnit,
  type BatchContext,
  type ProviderFactory,
  type ProviderSettings,
  type ProviderEnvironment
} from './translate/types.js'
