/**
 * check/types: what a check is (metadata plus a function, after ESLint's rule modules) and what
 * it is given. A check reports by message id; the runner owns severity, exceptions and output.
 */
import type {CatalogEntry, EntryStatus, Segment, Severity} from '../types.js'
import type {Glossary} from './glossary-file.js'
import type {MarkdownParser} from '../dialects/index.js'

export interface CheckMeta {
  /** Stable id, used in config, exceptions and output: `tags`, `numbers`. */
  id: string
  /** Severity when the config does not set one. */
  severity: Severity
  /** One sentence: what the check catches. */
  description: string
  /** Longer documentation (markdown), with an example. */
  docs: string
  /** Message templates by id; `{{name}}` is replaced by report data. */
  messages: Record<string, string>
  /** For entry checks: the statuses of the entries it is given (default: all). */
  appliesTo?: readonly EntryStatus[]
  /**
   * Whether the check judges the language of a translation (its script, words, punctuation, length):
   * not run on a pseudo-locale, whose text is the source's with accents and brackets on purpose.
   */
  judgesLanguage?: boolean
  /**
   * The check's options with their defaults (`"checks": {"length": ["warning", {"high": 3}]}` in the
   * config sets them): a value must have its default's type.
   */
  defaultOptions?: Readonly<Record<string, number | string | boolean>>
  /** What each option does, for the reference. */
  optionDocs?: Readonly<Record<string, string>>
}

/** The entries that have a translation: what most checks look at. */
export const translated: readonly EntryStatus[] = ['current', 'stale']

/** What a check reports. */
export interface Report {
  messageId: string
  data?: Record<string, string | number>
}

/** Project settings checks read. */
export interface CheckSettings {
  glossary: Glossary
  /** Source texts that may stay the same in a translation. */
  untranslated: ReadonlySet<string>
  /** The words the project writes in its code, lower-cased (`collectCodeWords`): names of tools, not prose. */
  codeWords?: ReadonlySet<string>
}

/** One catalog entry of one language, with what a check may need around it. */
export interface EntryContext {
  language: string
  sourceLanguage: string
  namespace: string
  entry: CatalogEntry
  segment?: Segment
  /** The source document the segment is in, for the markup its tags stand for (absent for an entry checked alone). */
  sourceDocument?: string
  settings: CheckSettings
  /** The check's options: its defaults, with the config's on top. */
  options: Readonly<Record<string, number | string | boolean>>
}

/** One language's catalog for one document. */
export interface CatalogContext {
  language: string
  sourceLanguage: string
  namespace: string
  entries: readonly CatalogEntry[]
  settings: CheckSettings
}

/** One localized document next to its source. */
export interface DocumentContext {
  language: string
  namespace: string
  source: string
  /** The document as build writes it. */
  localized: string
  /** The same before its link URLs were rewritten (`links`, `headingIds: "translate"`), when they were. */
  spliced?: string
  /** The project's other pages, for the links that lead into them (absent for a document checked alone). */
  linked?: LinkedDocuments
  /** The parser build reads the document with (its dialect, MDX for MDX pages); default GFM. */
  parser?: MarkdownParser
  /** Translations build fell back because the page would not have parsed with them. */
  invalid?: ReadonlyArray<{key: string; reason: string}>
}

/** Where a document's links lead in its project, in the document's language. */
export interface LinkedDocuments {
  /** The other page of the project a link URL (as the source writes it) leads to, and its fragment. */
  resolve(url: string): LinkedHeadings | undefined
}

/** A page a link leads to and the headings it has, in the source and in the language checked. */
export interface LinkedHeadings {
  /** The page's file, relative to the project root (`docs/guide/setup.md`). */
  file: string
  /** The link's fragment, decoded. */
  fragment: string
  /** Whether build rewrites the URL to the language's page (`links`). */
  rewritten: boolean
  /** Whether build writes the page in the language checked. */
  built: boolean
  sourceIds: ReadonlySet<string>
  localizedIds: ReadonlySet<string>
}

export type Check =
  | {meta: CheckMeta; scope: 'entry'; check: (context: EntryContext) => Report[]}
  | {meta: CheckMeta; scope: 'catalog'; check: (context: CatalogContext) => Array<Report & {key: string}>}
  | {meta: CheckMeta; scope: 'document'; check: (context: DocumentContext) => Report[]}
