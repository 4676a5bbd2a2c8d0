/**
 * interchange: catalogs in the formats translators' tools speak, and back. XLIFF 2.0 for CAT
 * tools (Trados, memoQ, OmegaT, Phrase), PO for gettext platforms (Weblate, Pootle), and
 * i18next JSON with each key's source and context for translators who edit the catalog itself.
 * One module per format; each turns the units of one language into a file's text, and (XLIFF,
 * PO) a file's text back into what the translator wrote, with the line of each unit for errors.
 * What an imported file does to the catalog is decided by `project/interchange`.
 */
import type {EntryStatus} from '../types.js'
import type {InlineCode} from './codes.js'
import type {TranslationMatch} from './matches.js'

/** One segment of one language, as handed to a translator. */
export interface ExportedUnit {
  key: string
  /** 1-based line of the segment in its source document. */
  line: number
  /** The source text with numbered tags. */
  source: string
  /** The translation, `''` when missing. */
  translation: string
  status: Exclude<EntryStatus, 'obsolete'>
  /** What the source says to translators about the segment (`<!-- l10n: … -->`). */
  note?: string
  /** For stale units: the source text the translation was made from. */
  previousSource?: string
  /** The translation is a machine draft nobody reviewed: XLIFF `state="initial"`, PO `fuzzy` and `#. machine`. */
  machine?: {provider?: string; model?: string}
  codes: ReadonlyMap<number, InlineCode>
  /** For units without a current translation: translations of similar sources, best first (XLIFF, PO). */
  matches?: TranslationMatch[]
}

/** One source document (one namespace) of an export. */
export interface ExportedDocument {
  namespace: string
  /** The source document, relative to the project root. */
  file: string
  units: ExportedUnit[]
}

export interface ExportedLanguage {
  sourceLanguage: string
  targetLanguage: string
  documents: ExportedDocument[]
}

/** One unit of a translator's file, as written there. */
export interface ImportedUnit {
  namespace: string
  key: string
  /** Line of the unit in the imported file, where known. */
  line?: number
  /** The source text the file was exported with (numbered tags). */
  source: string
  /** The translation (numbered tags); `undefined` when the file has none. */
  target?: string
  /** The translator left it to review: XLIFF `state="initial"` with a target, PO `#, fuzzy`. */
  needsReview: boolean
  /** The source an older translation was made from, where the file kept it. */
  previousSource?: string
}

export interface ImportedFile {
  sourceLanguage?: string
  targetLanguage?: string
  /** Line where the file names its languages. */
  languageLine: number
  units: ImportedUnit[]
}

export type ExportFormat = 'xliff' | 'po' | 'json-with-source' | 'tmx'
