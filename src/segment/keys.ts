/**
 * segment/keys: give every segment a stable catalog key.
 *
 * Keys are assigned once and then kept: a segment whose text is unchanged keeps its key wherever it
 * moves; a segment edited a little (a typo, punctuation, whitespace) keeps its key too, so its
 * translation is carried over and shows up as stale; only a new or rewritten segment gets a new
 * key, `<kind prefix>-<hash of its text>`. Keys use `[a-z0-9-]` only, so stock i18next resolves
 * them with its default key (`.`), namespace (`:`), plural and context (`_`) separators.
 */
import type {Segment, SegmentKind} from '../types.js'
import {hashText} from '../util/hash.js'

const prefixes: Record<SegmentKind, string> = {
  heading: 'h',
  paragraph: 'p',
  listItem: 'li',
  tableCell: 'td',
  line: 'ln',
  alt: 'alt',
  title: 'title',
  frontMatter: 'fm',
  containerTitle: 'ct',
  attribute: 'attr',
  html: 'html'
}

/** A key and the source text it stood for in the previous extract, in document order. */
export interface PreviousKey {
  key: string
  text: string
}

/** How similar an edited segment must stay to keep its key (trigram Dice coefficient). */
export const carryOverSimilarity = 0.7

/** Above this many candidate pairs, edited segments get new keys rather than a slow pairing. */
const maxFuzzyPairs = 250_000

/**
 * Assign keys to `segments` (in place, and returned), keeping the keys of `previous`.
 * `reserved` are keys that must not be reused for other text (obsolete keys still in catalogs).
 */
export function assignKeys(
  segments: Segment[],
  previous: readonly PreviousKey[],
  reserved: ReadonlyMap<string, string> = new Map()
): Segment[] {
  const used = new Set<string>()
  const byText = new Map<string, string[]>()
  for (const {key, text} of previous) {
    const list = byText.get(text)
    if (list) list.push(key)
    else byText.set(text, [key])
  }
  const unmatched: Segment[] = []
  for (const segment of segments) {
    if (segment.kind === 'frontMatter') {
      segment.key = `fm-${segment.field!.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
      used.add(segment.key)
      continue
    }
    const candidates = byText.get(segment.text)
    const key = candidates?.find((candidate) => !used.has(candidate))
    if (key) {
      segment.key = key
      used.add(key)
    } else {
      unmatched.push(segment)
    }
  }
  const leftovers = previous.filter(({key}) => !used.has(key) && !key.startsWith('fm-'))
  if (unmatched.length > 0 && leftovers.length > 0 && unmatched.length * leftovers.length <= maxFuzzyPairs) {
    const pairs: Array<{segment: Segment; key: string; score: number}> = []
    const leftoverGrams = leftovers.map(({key, text}) => ({key, text, grams: trigrams(text)}))
    for (const segment of unmatched) {
      const grams = trigrams(segment.text)
      for (const old of leftoverGrams) {
        const shorter = Math.min(segment.text.length, old.text.length)
        const longer = Math.max(segment.text.length, old.text.length)
        if (shorter < longer * 0.6) continue
        const score = dice(grams, old.grams)
        if (score >= carryOverSimilarity) pairs.push({segment, key: old.key, score})
      }
    }
    pairs.sort((a, b) => b.score - a.score)
    for (const {segment, key} of pairs) {
      if (segment.key || used.has(key)) continue
      segment.key = key
      used.add(key)
    }
  }
  const taken = new Set([...used, ...previous.map(({key}) => key)])
  // Next suffix to try per base key: repeated texts (a thousand `Share` buttons) stay linear.
  const nextSuffix = new Map<string, number>()
  for (const segment of segments) {
    if (segment.key) continue
    const base = `${prefixes[segment.kind]}-${hashText(segment.text)}`
    let key = base
    let suffix = nextSuffix.get(base) ?? 2
    if (taken.has(key) && suffix > 2) key = `${base}-${suffix++}`
    while (taken.has(key) || (reserved.has(key) && reserved.get(key) !== segment.text)) key = `${base}-${suffix++}`
    nextSuffix.set(base, suffix)
    segment.key = key
    taken.add(key)
  }
  return segments
}

/** Character trigrams with counts, whitespace folded. */
function trigrams(text: string): Map<string, number> {
  const padded = `  ${text.toLowerCase().replace(/\s+/g, ' ')} `
  const grams = new Map<string, number>()
  for (let index = 0; index + 3 <= padded.length; index++) {
    const gram = padded.slice(index, index + 3)
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0
  let total = 0
  for (const count of a.values()) total += count
  for (const count of b.values()) total += count
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0)
  return total === 0 ? 1 : (2 * shared) / total
}

/** Similarity of two texts in [0, 1] (trigram Dice), as used for carry-over. */
export function similarity(a: string, b: string): number {
  return dice(trigrams(a), trigrams(b))
}

/** Assign keys again, keeping those of `previous` (segments already keyed as new are re-keyed). */
export function reassignKeys(
  segments: Segment[],
  previous: readonly PreviousKey[],
  reserved?: ReadonlyMap<string, string>
): Segment[] {
  for (const segment of segments) segment.key = ''
  return assignKeys(segments, previous, reserved)
}
