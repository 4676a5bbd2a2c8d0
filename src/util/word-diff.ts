/**
 * util/word-diff: what changed in a segment's source since its translation was made, word by word
 * (jsdiff's word diff, with the source language's word segmenter so Chinese and Japanese text is
 * split into words too). The review site shows it as `<del>` and `<ins>`, the JSON export as
 * text a translator reads.
 */
import {diffWordsWithSpace} from 'diff'

export interface WordChange {
  type: 'same' | 'removed' | 'added'
  value: string
}

const segmenters = new Map<string, Intl.Segmenter>()

/** The old source against the new one, as runs of unchanged, removed and added text. */
export function wordDiff(previous: string, current: string, language: string): WordChange[] {
  let segmenter = segmenters.get(language)
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, {granularity: 'word'})))
  return diffWordsWithSpace(previous, current, {intlSegmenter: segmenter}).map((change) => ({
    type: change.removed ? 'removed' : change.added ? 'added' : 'same',
    value: change.value
  }))
}

/**
 * The changes as one line of text, in the notation of `git diff --word-diff=plain` and wdiff:
 * `Install [-the-]{+a+} package`.
 */
export function wordDiffText(changes: readonly WordChange[]): string {
  return changes
    .map(({type, value}) => (type === 'removed' ? `[-${value}-]` : type === 'added' ? `{+${value}+}` : value))
    .join('')
}
