/**
 * interchange/matches: fuzzy matches from the project's own translations, handed to translators
 * as suggestions for the segments that have no current translation (XLIFF `<mtc:matches>`, PO
 * translator comments). A suggestion is never a translation: nothing is filled or marked.
 *
 * Similarity is the "fuzzy match" percentage of translation memories: an edit distance over the
 * words of the two source texts (punctuation and tags count as words), normalized to the longer
 * text, `1 − distance / max(words)`. OmegaT computes it so, and Trados and memoQ also rate by
 * words: a changed word costs one whatever its length, as it costs the translator one edit, where
 * a character distance would call "Install the package" and "Uninstall the packages" close. The
 * distance is leven's (a character Levenshtein): each distinct word is written as one UTF-16 code
 * unit, so leven's characters are words.
 *
 * Fast on big projects (tens of thousands of segments): a pair reaches similarity `t` only if
 * the shorter text has at least `t` × the longer's words (the length filter), and only if they
 * share at least `t` × the longer's words, since each edit removes at most one word from the
 * matched ones. So each text is indexed by its rarest `n − ⌈t·n⌉ + 1` words (the prefix filter of
 * similarity joins: two texts sharing that many words share one of those), and distances are
 * computed only for the pairs that share a rare word and pass the length filter.
 */
import leven from 'leven'
import type {InlineCode} from './codes.js'
import type {ExportedLanguage, ExportedUnit} from './index.js'

/** A translated segment whose source is like a unit's. */
export interface TranslationMatch {
  /** Percent, rounded down: 75 to 100. */
  similarity: number
  source: string
  translation: string
  /** The matched segment's inline codes (its tags are numbered as in its own source). */
  codes: ReadonlyMap<number, InlineCode>
  /** Where it comes from: the document and the key. */
  document: string
  key: string
}

export const minimumSimilarity = 0.75
export const maximumMatches = 3

interface Text {
  /** Word ids in order. */
  words: number[]
  /** Occurrence-numbered word ids (the second `the` is another element than the first); their ranks, rarest first, once indexed. */
  ordered: number[]
}

/**
 * Words of a source text: tags whole (`<1>`, `</1>`; an atom `<2/>` with the markup it stands
 * for, since `` `cache` `` and `` `build` `` read as different words), then the words and
 * punctuation the source language's word segmenter finds (so Chinese and Japanese are split into
 * words too).
 */
function tokenize(text: string, codes: ReadonlyMap<number, InlineCode>, segmenter: Intl.Segmenter): string[] {
  const words: string[] = []
  for (const part of text.split(/(<\/?\d+\/?>)/)) {
    const atom = /^<(\d+)\/>$/.exec(part)
    const markup = atom ? codes.get(Number(atom[1]))?.markup : undefined
    if (/^<\/?\d+\/?>$/.test(part)) words.push(markup && 'atom' in markup ? `${part}${markup.atom}` : part)
    // The segmenter is slow; where spaces separate words a pattern finds the same ones.
    else if (!unspaced.test(part)) words.push(...(part.match(spacedWord) ?? []))
    else for (const {segment} of segmenter.segment(part)) if (segment.trim() !== '') words.push(segment)
  }
  return words
}

// Scripts written without spaces between words.
const unspaced = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u
const spacedWord = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu

/** Fill `matches` of every unit of `exported` without a current translation, from the current ones. */
export function addMatches(exported: ExportedLanguage): void {
  const segmenter = new Intl.Segmenter(exported.sourceLanguage, {granularity: 'word'})
  const ids = new Map<string, number>()
  // Keyed by word id × 2^16 + occurrence (a segment repeats no word 65,536 times).
  const occurrenceIds = new Map<number, number>()
  const frequency: number[] = []
  const read = ({source, codes}: ExportedUnit): Text => {
    const words = tokenize(source, codes, segmenter).map((word) => {
      let id = ids.get(word)
      if (id === undefined) ids.set(word, (id = ids.size))
      return id
    })
    const seen = new Map<number, number>()
    const occurrences = words.map((word) => {
      const count = (seen.get(word) ?? 0) + 1
      seen.set(word, count)
      const key = word * 65536 + count
      let id = occurrenceIds.get(key)
      if (id === undefined) occurrenceIds.set(key, (id = occurrenceIds.size))
      frequency[id] = (frequency[id] ?? 0) + 1
      return id
    })
    return {words, ordered: occurrences}
  }

  const candidates: Array<{text: Text; match: Omit<TranslationMatch, 'similarity'>}> = []
  const queries: Array<{text: Text; unit: ExportedUnit}> = []
  const known = new Set<string>()
  for (const document of exported.documents) {
    for (const unit of document.units) {
      if (unit.status !== 'current') queries.push({text: read(unit), unit})
      else if (unit.translation !== '' && !known.has(`${unit.source}\u0000${unit.translation}`)) {
        known.add(`${unit.source}\u0000${unit.translation}`)
        candidates.push({
          text: read(unit),
          match: {
            source: unit.source,
            translation: unit.translation,
            codes: unit.codes,
            document: document.file,
            key: unit.key
          }
        })
      }
    }
  }
  if (candidates.length === 0) return
  // Every occurrence-numbered word by its rank, rarest first: the same order for every text.
  const rank = new Int32Array(frequency.length)
  const ranked = Array.from(frequency.keys()).sort((a, b) => frequency[a]! - frequency[b]! || a - b)
  for (const [position, id] of ranked.entries()) rank[id] = position
  const prefix = (text: Text) => {
    text.ordered = text.ordered.map((id) => rank[id]!).sort((a, b) => a - b)
    const n = text.words.length
    return text.ordered.slice(0, n - Math.ceil(minimumSimilarity * n) + 1)
  }
  // Shortest first, so that each word's list is ordered by length and a query reads only the
  // stretch of lengths that can reach the minimum.
  const byLength = candidates
    .map((candidate, order) => ({...candidate, order, length: candidate.text.words.length}))
    .sort((a, b) => a.length - b.length || a.order - b.order)
  const index = new Map<number, number[]>()
  for (const [position, {text}] of byLength.entries()) {
    for (const id of prefix(text)) {
      const list = index.get(id)
      if (list) list.push(position)
      else index.set(id, [position])
    }
  }
  const comparedFor = new Int32Array(byLength.length).fill(-1)
  for (const [query, {text, unit}] of queries.entries()) {
    const n = text.words.length
    if (n === 0) continue
    const shortest = Math.ceil(minimumSimilarity * n - 1e-9)
    const longest = Math.floor(n / minimumSimilarity + 1e-9)
    const found: Array<TranslationMatch & {order: number}> = []
    for (const id of prefix(text)) {
      const list = index.get(id)
      if (!list) continue
      for (let at = firstAtLeast(list, (position) => byLength[position]!.length >= shortest); at < list.length; at++) {
        const position = list[at]!
        const candidate = byLength[position]!
        if (candidate.length > longest) break
        if (comparedFor[position] === query) continue
        comparedFor[position] = query
        if (
          !shareEnough(
            text.ordered,
            candidate.text.ordered,
            Math.ceil(minimumSimilarity * Math.max(n, candidate.length) - 1e-9)
          )
        )
          continue
        const similarity = similarityOf(text.words, candidate.text.words)
        if (similarity >= minimumSimilarity)
          found.push({similarity: Math.floor(similarity * 100 + 1e-9), ...candidate.match, order: candidate.order})
      }
    }
    if (found.length === 0) continue
    // Best first; among equals, the first in the project.
    unit.matches = found
      .sort((a, b) => b.similarity - a.similarity || a.order - b.order)
      .slice(0, maximumMatches)
      .map(({order, ...match}) => match)
  }
}

/** Whether two sorted lists of ranks have `needed` elements in common (a merge, given up when it cannot). */
function shareEnough(a: readonly number[], b: readonly number[], needed: number): boolean {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return false
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  return shared >= needed
}

/** The first index of a sorted list where `test` holds (binary search). */
function firstAtLeast(list: readonly number[], test: (value: number) => boolean): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (test(list[middle]!)) high = middle
    else low = middle + 1
  }
  return low
}

/** `1 − distance / max(words)`, or 0 when it cannot reach the minimum (computed only that far). */
export function similarityOf(a: readonly number[], b: readonly number[]): number {
  const longer = Math.max(a.length, b.length)
  if (Math.min(a.length, b.length) < minimumSimilarity * longer) return 0
  // Each distinct word of the pair as one code unit: leven then counts word edits.
  const codes = new Map<number, string>()
  const encode = (words: readonly number[]) =>
    words
      .map((word) => {
        let code = codes.get(word)
        if (code === undefined) codes.set(word, (code = String.fromCharCode(codes.size)))
        return code
      })
      .join('')
  const allowed = Math.floor((1 - minimumSimilarity) * longer + 1e-9)
  const distance = leven(encode(a), encode(b), {maxDistance: allowed + 1})
  return distance > allowed ? 0 : 1 - distance / longer
}
