/** The compiled library, for scripts (run `npm run build` or `npm run compile` first). */
export * from '../lib/index.js'
import {runChecks, emptyGlossary} from '../lib/index.js'

/** Run every check with an empty glossary and no allowlist. */
export function runChecksForTest(input) {
  return runChecks({settings: {glossary: emptyGlossary, untranslated: new Set()}, ...input})
}
