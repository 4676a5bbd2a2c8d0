/**
 * project/runs/import-result: what `import --from <folder>` reports, as data: per document, and
 * per language the totals, so that every document and segment is accounted for.
 */

export interface ImportFolderOptions {
  language: string
  /** The folder of translated documents (the source tree's paths; `.md` and `.mdx` match each other). */
  from: string
  /** The folder's translations replace those the catalog has (default: only what it lacks). */
  overwrite?: boolean
  /** Read each document's translation where the site's layout puts it (`from` is then not read). */
  layout?: boolean
}

/** What aligning one translated document with its source gave. */
export interface AlignedDocument {
  /** The source document, relative to the project root. */
  document: string
  namespace: string
  /** The translated document, or `undefined` when the folder has none. */
  translated?: string
  /** Why the document was not aligned (no translated document, or one that cannot be read). */
  skipped?: string
  /** Segments aligned with certainty (written as current) and uncertain ones (written as stale). */
  certain: number
  uncertain: number
  /** Aligned, but the catalog already had a translation (kept: no `--overwrite`). */
  kept: number
  /** Source segments nothing in the translation matched, and translated segments left over. */
  unmatchedSource: number
  unmatchedTranslation: number
  /** Why segments were uncertain, with how many. */
  reasons: Record<string, number>
  /** Links whose URL the translator localized, kept as the language's (meta `urls`). */
  localizedUrls: number
  /** Why the page build writes differs from the human page outside the translated text, with how many places. */
  differences: Record<string, number>
}

/** One language's figures over every document. */
export interface ImportTotals {
  /** Source documents, and those with a translated document aligned. */
  documents: number
  aligned: number
  /** Source segments of the aligned documents. */
  segments: number
  current: number
  stale: number
  /** Why translations are stale, with how many. */
  reasons: Record<string, number>
  kept: number
  leftInSource: number
  leftInTranslation: number
  localizedUrls: number
  /** Documents skipped, by why. */
  skipped: Record<string, number>
  /** Pages whose rebuilt form differs from the human one, by why (places). */
  differences: Record<string, number>
}

export interface FolderImportResult {
  language: string
  from: string
  documents: AlignedDocument[]
  /** Translated documents that match no source document, relative to the project (or as given). */
  unmatchedDocuments: string[]
  totals: ImportTotals
  /** Segments filled afterwards from the translation memory (the same source text translated elsewhere). */
  fromMemory: number
  written: string[]
}

export const skipReasons = {
  missing: 'no translated document',
  unplaced: 'the site’s layout gives it no translated page',
  unreadable: 'the translated document cannot be read'
} as const

/** One language's figures over every document. */
export function totalOf(documents: readonly AlignedDocument[]): ImportTotals {
  const totals: ImportTotals = {
    documents: 0,
    aligned: 0,
    segments: 0,
    current: 0,
    stale: 0,
    reasons: {},
    kept: 0,
    leftInSource: 0,
    leftInTranslation: 0,
    localizedUrls: 0,
    skipped: {},
    differences: {}
  }
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [reason, count] of Object.entries(from)) into[reason] = (into[reason] ?? 0) + count
  }
  for (const row of documents) {
    totals.documents++
    if (row.skipped !== undefined) {
      const why = row.skipped.startsWith(skipReasons.unreadable) ? skipReasons.unreadable : row.skipped
      totals.skipped[why] = (totals.skipped[why] ?? 0) + 1
      continue
    }
    totals.aligned++
    totals.segments += row.certain + row.uncertain + row.kept + row.unmatchedSource
    totals.current += row.certain
    totals.stale += row.uncertain
    totals.kept += row.kept
    totals.leftInSource += row.unmatchedSource
    totals.leftInTranslation += row.unmatchedTranslation
    totals.localizedUrls += row.localizedUrls
    add(totals.reasons, row.reasons)
    add(totals.differences, row.differences)
  }
  return totals
}
