/**
 * languages/switcher: find a page's language switcher among its segments: a run of at least three
 * consecutive list items or bulleted lines that each name a language in that language.
 */
import type {Segment} from '../types.js'
import {stripTags} from '../segment/tags.js'
import {resolveLanguageName} from './resolve.js'

/** A language the switcher links to. */
export interface SwitcherLanguage {
  /** Canonical BCP 47 tag, for example `fr-002`. */
  tag: string
  /** The endonym as the page writes it, for example `Français (Afrique)`. */
  name: string
  line: number
}

const minimumRun = 3

/** Indices of the switcher's segments and the languages they name, in page order. */
export function findLanguageSwitcher(segments: readonly Segment[]): {indices: number[]; languages: SwitcherLanguage[]} {
  let best: Array<{index: number; language: SwitcherLanguage}> = []
  let run: typeof best = []
  let runShape = ''
  const close = () => {
    if (run.length >= minimumRun && run.length > best.length) best = run
    run = []
  }
  for (const [index, segment] of segments.entries()) {
    const shape = `${segment.kind}:${segment.marker ?? ''}`
    const eligible = segment.kind === 'line' || segment.kind === 'listItem'
    const name = eligible ? stripTags(segment.text).trim() : ''
    const tag = eligible ? resolveLanguageName(name) : undefined
    if (!tag || (run.length > 0 && shape !== runShape)) close()
    if (tag) {
      runShape = shape
      run.push({index, language: {tag, name, line: segment.line}})
    }
  }
  close()
  return {indices: best.map(({index}) => index), languages: best.map(({language}) => language)}
}
