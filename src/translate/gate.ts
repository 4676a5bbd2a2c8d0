/**
 * translate/gate: what a machine draft must pass before it is stored. The entry checks that catch
 * broken markup and wrong output (tags, placeholders, numbers, markup safety, the script and
 * language of the text, source sentences left behind) run on the draft as on any translation;
 * the page checks (it localizes, its front matter parses, its structure is the source's) are the
 * project stage's, which has the page.
 */
import {runChecks} from '../check/runner.js'
import {checks as registry} from '../check/rules/index.js'
import type {CheckInput} from '../check/runner.js'
import type {CheckSettings} from '../check/types.js'
import type {Segment} from '../types.js'

/** The checks a draft must pass. */
export const gateCheckIds: readonly string[] = [
  'tags',
  'placeholders',
  'numbers',
  'markup-safety',
  'script',
  'source-left-behind'
]

const gateChecks = registry.filter(({meta}) => gateCheckIds.includes(meta.id))

export interface DraftToGate {
  language: string
  sourceLanguage: string
  namespace: string
  segment: Segment
  translation: string
  settings: CheckSettings
  /** The config's `checks`: a check set to `off` does not gate either; its options apply. */
  severities?: CheckInput['severities']
}

/** What is wrong with a draft, one line per problem (`tags: tag <1> of the source is missing`); empty when it may be stored. */
export function gateProblems(draft: DraftToGate): string[] {
  const {segment} = draft
  const entry = {
    key: segment.key,
    status: 'current' as const,
    source: segment.text,
    translation: draft.translation,
    kind: segment.kind,
    line: segment.line
  }
  const problems = runChecks({
    language: draft.language,
    sourceLanguage: draft.sourceLanguage,
    namespace: draft.namespace,
    entries: [entry],
    segments: [segment],
    settings: draft.settings,
    severities: draft.severities,
    checks: gateChecks
  })
  return problems.map(({check, message}) => `${check}: ${message}`)
}
