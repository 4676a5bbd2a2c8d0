/**
 * review/diff: what changed in a segment's source since its translation was made (the word diff
 * of `util/word-diff`), as `<del>` and `<ins>`.
 */
import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import {wordDiff as changes} from '../util/word-diff.js'

/** The old source against the new one: unchanged text, `<del>` for what went, `<ins>` for what came. */
export function wordDiff(previous: string, current: string, language: string): ElementContent[] {
  return changes(previous, current, language).map(({type, value}) =>
    type === 'removed' ? h('del', value) : type === 'added' ? h('ins', value) : {type: 'text', value}
  )
}
