/**
 * check/runner: run the registry over one language's catalog for one document. The runner owns
 * severity (config overrides, `off`), message formatting and exceptions; checks only report.
 */
import type {CatalogEntry, Problem, Segment, Severity} from '../types.js'
import type {CheckSetting} from '../config/defaults.js'
import type {Check, CheckMeta, CheckSettings, LinkedDocuments, Report} from './types.js'
import {checks as registry} from './rules/index.js'
import {isExcepted, type ReviewedException} from './exceptions.js'
import type {MarkdownParser} from '../dialects/index.js'

export interface CheckInput {
  language: string
  sourceLanguage: string
  namespace: string
  entries: readonly CatalogEntry[]
  segments?: readonly Segment[]
  /** The source and localized document, for document checks (`spliced`: the localized one before its links were rewritten; `linked`: the project's other pages). */
  document?: {
    source: string
    localized: string
    spliced?: string
    linked?: LinkedDocuments
    parser?: MarkdownParser
    invalid?: ReadonlyArray<{key: string; reason: string}>
  }
  settings: CheckSettings
  /** Per-check severity overrides (`off` disables a check), optionally with the check's options: `["warning", {"high": 3}]`. */
  severities?: Readonly<Record<string, CheckSetting | readonly [CheckSetting, Readonly<Record<string, unknown>>]>>
  exceptions?: readonly ReviewedException[]
  checks?: readonly Check[]
  /** The language is a pseudo-locale: only the checks that do not judge a language run. */
  pseudo?: boolean
}

/** Fill a message template with report data. */
export function formatMessage(meta: CheckMeta, report: Report): string {
  const template = meta.messages[report.messageId] ?? report.messageId
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(report.data?.[name] ?? ''))
}

/** Run every enabled check; problems in document order, per check. */
export function runChecks(input: CheckInput): Problem[] {
  const problems: Problem[] = []
  const segmentsByKey = new Map((input.segments ?? []).map((segment) => [segment.key, segment]))
  for (const check of input.checks ?? registry) {
    const configured = input.severities?.[check.meta.id]
    const setting = Array.isArray(configured) ? configured[0] : (configured as CheckSetting | undefined)
    if (setting === 'off' || (input.pseudo && check.meta.judgesLanguage)) continue
    const options = {...check.meta.defaultOptions, ...(Array.isArray(configured) ? configured[1] : {})} as Record<
      string,
      number | string | boolean
    >
    const severity: Severity = setting ?? check.meta.severity
    const base = {check: check.meta.id, severity, language: input.language, namespace: input.namespace}
    const add = (key: string, report: Report, entry?: CatalogEntry) =>
      problems.push({
        ...base,
        key,
        messageId: report.messageId,
        message: formatMessage(check.meta, report),
        data: report.data,
        source: entry?.source,
        translation: entry?.translation,
        line: entry?.line
      })
    if (check.scope === 'entry') {
      for (const entry of input.entries) {
        if (check.meta.appliesTo && !check.meta.appliesTo.includes(entry.status)) continue
        const context = {
          language: input.language,
          sourceLanguage: input.sourceLanguage,
          namespace: input.namespace,
          entry,
          segment: segmentsByKey.get(entry.key),
          sourceDocument: input.document?.source,
          settings: input.settings,
          options
        }
        for (const report of check.check(context)) add(entry.key, report, entry)
      }
    } else if (check.scope === 'catalog') {
      const byKey = new Map(input.entries.map((entry) => [entry.key, entry]))
      for (const report of check.check({
        language: input.language,
        sourceLanguage: input.sourceLanguage,
        namespace: input.namespace,
        entries: input.entries,
        settings: input.settings
      })) {
        add(report.key, report, byKey.get(report.key))
      }
    } else if (input.document) {
      for (const report of check.check({language: input.language, namespace: input.namespace, ...input.document})) {
        const key = typeof report.data?.key === 'string' ? report.data.key : '(document)'
        add(
          key,
          report,
          input.entries.find((entry) => entry.key === key)
        )
      }
    }
  }
  return input.exceptions ? problems.filter((problem) => !isExcepted(problem, input.exceptions!)) : problems
}

export {registry as checks}
