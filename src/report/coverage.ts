/**
 * report/coverage: coverage numbers as plain data, per language and per document, in segments and
 * in source words. Rendering is the formatters' job.
 */
import type {CatalogEntry} from '../types.js'
import {stripTags} from '../segment/tags.js'

export interface Counts {
  /** Live source segments. */
  total: number
  /** Segments with a current translation. */
  translated: number
  /** Of those, unreviewed machine drafts (`md-l10n translate`); `translated - machine` were reviewed by a person. */
  machine: number
  /** Segments whose translation was made from an older source text (not counted as translated). */
  stale: number
  /** Segments with no translation. */
  missing: number
  /** `translated / total` in percent (100 when there is nothing to translate). */
  percent: number
}

export interface DocumentCoverage extends Counts {
  namespace: string
  /** The same counts in source words. */
  words: Counts
}

export interface LanguageCoverage extends Counts {
  language: string
  words: Counts
  documents: DocumentCoverage[]
  /** The minimum this language must reach, in percent. */
  minimum: number
  /** Percent of segments with a reviewed translation (machine drafts not counted). */
  reviewedPercent: number
  /** Whether `percent` (or, with `minCoverageCounts: "reviewed"`, `reviewedPercent`) reaches `minimum`. */
  passed: boolean
}

export interface CoverageReport {
  sourceLanguage: string
  languages: LanguageCoverage[]
}

function percentOf(translated: number, total: number): number {
  return total === 0 ? 100 : Math.floor((translated / total) * 1000) / 10
}

/** Count words the way the language segments them (`Intl.Segmenter`, word-like segments only). */
export function countWords(text: string, language: string): number {
  let count = 0
  for (const piece of new Intl.Segmenter(language, {granularity: 'word'}).segment(stripTags(text)))
    if (piece.isWordLike) count++
  return count
}

function emptyCounts(): Counts {
  return {total: 0, translated: 0, machine: 0, stale: 0, missing: 0, percent: 100}
}

function add(counts: Counts, status: CatalogEntry['status'], weight: number, machine: boolean): void {
  if (status === 'obsolete') return
  counts.total += weight
  if (status === 'current' && machine) counts.machine += weight
  if (status === 'current') counts.translated += weight
  else if (status === 'stale') counts.stale += weight
  else counts.missing += weight
}

/** Coverage of one language from its status rows per namespace. */
export function languageCoverage(
  language: string,
  sourceLanguage: string,
  documents: ReadonlyArray<{namespace: string; rows: readonly CatalogEntry[]}>,
  minimum: number,
  /** What the minimum counts: every translation, or only those a person reviewed. */
  minimumCounts: 'translated' | 'reviewed' = 'translated'
): LanguageCoverage {
  const overall = emptyCounts()
  const words = emptyCounts()
  const perDocument: DocumentCoverage[] = []
  for (const {namespace, rows} of documents) {
    const counts = emptyCounts()
    const documentWords = emptyCounts()
    for (const row of rows) {
      const status = language === sourceLanguage && row.status !== 'obsolete' ? 'current' : row.status
      const weight = countWords(row.source, sourceLanguage)
      const machine = row.machine !== undefined && language !== sourceLanguage
      add(counts, status, 1, machine)
      add(overall, status, 1, machine)
      add(documentWords, status, weight, machine)
      add(words, status, weight, machine)
    }
    counts.percent = percentOf(counts.translated, counts.total)
    documentWords.percent = percentOf(documentWords.translated, documentWords.total)
    perDocument.push({namespace, ...counts, words: documentWords})
  }
  overall.percent = percentOf(overall.translated, overall.total)
  words.percent = percentOf(words.translated, words.total)
  const reviewedPercent = percentOf(overall.translated - overall.machine, overall.total)
  const passed = (minimumCounts === 'reviewed' ? reviewedPercent : overall.percent) >= minimum
  return {language, ...overall, words, documents: perDocument, minimum, reviewedPercent, passed}
}
