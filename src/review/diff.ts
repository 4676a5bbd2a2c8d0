/**
 * review/diff: what changed in a segment's source since its translation was made, word by word
 * (jsdiff's word diff, with the source language's word segmenter so Chinese and Japanese text is
 * split into words too), as `<del>` and `<ins>`.
 */
import {diffWordsWithSpace} from 'diff'
import type {ElementContent} from 'hast'
import {h} from 'hastscript'

const segmenters = new Map<string, Intl.Segmenter>()

/** The old source against the new one: unchanged text, `<del>` for what went, `<ins>` for what came. */
export function wordDiff(previous: string, current: string, language: string): ElementContent[] {
  let segmenter = segmenters.get(language)
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, {granularity: 'word'})))
  return diffWordsWithSpace(previous, current, {intlSegmenter: segmenter}).map((change) =>
    change.removed ? h('del', change.value) : change.added ? h('ins', change.value) : {type: 'text', value: change.value}
  )
}
