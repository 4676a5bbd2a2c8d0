/**
 * interchange/align: pair the segments of a translated document with its source's by structure,
 * for sites that already have translations (`import --from <folder>`).
 *
 * A sequence alignment (Needleman–Wunsch, maximising a score) over the two documents' segments:
 * only segments of the same kind pair; they score more where their anchors agree: the same
 * inline code, link targets and images, and the same untranslated material after them (code
 * blocks, commands; `{{placeholders}}` may be translated, so their content is not compared).
 * Added, removed or reordered paragraphs are skipped as gaps instead of shifting every pair.
 * Table cells pair only within the same column.
 *
 * Headings pair by id: a translated heading's explicit id (`{#id}`, `{: #id}`, `{/* #id *\/}`)
 * names the source heading the generator gives that id (explicit, or the slug of its text), and
 * it pairs with that one only; the translation's sections are put in the source's order first, so
 * a section moves with its heading. A heading that only its position pairs (no id, no code in
 * common, nothing in its section paired by code or link) is uncertain, and so is the prose of its
 * section that nothing else supports.
 *
 * Within a list or a table (a run of items or cells with only markers between them), a second
 * pass pairs items that the sequence skipped because the translation reordered them, when their
 * inline codes identify them; and when the two blocks have a different number of items, a pair
 * nothing but its position supports is uncertain.
 *
 * Each pair's translation is rewritten in the source's tag numbers by matching its inline codes
 * with the source's: the same markup, and for links and images the same target (`UrlForms`: after
 * the `links` mapping and the locale prefix), never their order. A link to the same page in the
 * language (a localized external page) keeps the translator's URL. Hard line breaks are tags only
 * where the source has one; the translation's others are whitespace. A pair is certain when every
 * code matched and no anchor disagrees; otherwise it is uncertain, to be written as stale for review.
 */
import type {SegmentedDocument, Segment} from '../types.js'
import {parseTags, type TagNode} from '../segment/tags.js'
import {inlineCodes, writeTags, type InlineCode} from './codes.js'
import {headingSlugger} from './slug.js'
import {codeUrl, type UrlForms} from './urls.js'

export interface AlignOptions {
  /** How the translation's link URLs compare with the source's (`links` mapping, locale prefix); as written by default. */
  urls?: UrlForms
  /** A slugger per document, giving the source headings the ids the generator gives them. */
  slugger?: () => (text: string) => string
}

export interface AlignedSegment {
  key: string
  /** The translation in the source's tag numbers. */
  translation: string
  certain: boolean
  /** Why it is uncertain. */
  reason?: string
  /** 1-based line in the translated document. */
  line: number
  /**
   * Link and image URLs the translator localized (the same page in the language: MDN's `/fr/`), by
   * the source's URL they replace: build writes them instead (meta `urls`).
   */
  urls?: Record<string, string>
}

export interface Alignment {
  aligned: AlignedSegment[]
  /** Source segments nothing in the translation matched. */
  unmatchedSource: Array<{key: string; line: number}>
  /** Translated segments left over (added by the translation, or unmatched). */
  unmatchedTranslation: Array<{line: number; text: string}>
}

/** Why a pair is uncertain: each a fixed sentence, so that a report can count them. */
export const reasons = {
  markup: 'its inline markup differs from the source’s',
  links: 'its link targets do not match the source’s one to one',
  kind: 'its kind differs',
  trailing: 'the code after it differs from the source’s',
  list: 'its list has a different number of items than the source’s, and only its position pairs it',
  table: 'its table has a different number of cells than the source’s, and only its position pairs it',
  heading: 'only its position pairs this heading: no heading id, and nothing in its section pairs by code or link',
  section: 'only its position pairs it, in a section whose heading pairs by position only'
} as const

/** Untranslated material after a segment, up to the next one, with placeholder contents removed. */
function trailing(document: SegmentedDocument, index: number): string {
  const segment = document.segments[index]!
  const next = document.segments[index + 1]?.start ?? document.source.length
  const between = segment.end <= next ? document.source.slice(segment.end, next) : ''
  const code = between.match(/`[^`\n]+`|```[\s\S]*?```|https?:\/\/[^\s)>]+/g) ?? []
  return code
    .join(' ')
    .replace(/\{\{[^}]*\}\}/g, '{{}}')
    .replace(/\s+/g, ' ')
    .trim()
}

interface Side {
  /** Index in its document's segments. */
  index: number
  segment: Segment
  /** The text to pair: a translated heading's id comment (`{/* #id *\/}`) left out. */
  text: string
  codes: Map<number, InlineCode>
  /** What identifies each code: its markup, or for a link or image where it leads. */
  keys: Map<number, string>
  /** For links and images: the page whatever its language (`UrlForms.page`). */
  pages: Map<number, string>
  trailing: string
  /** The list or table (run of items or cells) the segment is in, numbered in document order. */
  block?: number
  /** For table cells: the column. */
  column?: number
  /** Headings before it, itself included: the section it is in. */
  section: number
  /** For a source heading: its id. For a translated one: the explicit id it was given, in any syntax. */
  headingId?: string
}

// What may separate two items of one list: markers and indentation. Cells of one table: anything
// but a blank line (cells with only code are no segments).
const betweenItems = {listItem: /^(?:[\s>*+\-[\]xX]|\d{1,9}[.)])*$/, tableCell: /^(?![\s\S]*\n[ \t>]*\n)/}

/** An id written as an MDX comment after a heading: `{#id}` in Docusaurus 3's MDX, `{/* #id *\/}`. */
const commentId = /[ \t]*\{\/\*[ \t]*#([^\s*{}]+)[ \t]*\*\/\}[ \t]*$/

function sides(document: SegmentedDocument, role: 'source' | 'translation', options: AlignOptions): Side[] {
  const ids = role === 'source' ? sourceHeadingIds(document, options.slugger ?? headingSlugger) : undefined
  let section = 0
  const result: Side[] = document.segments.map((segment, index) => {
    const codes = inlineCodes(segment, document.source)
    let text = segment.text
    let headingId: string | undefined
    if (segment.kind === 'heading') {
      section++
      if (ids) headingId = ids.get(segment.line) ?? segment.anchor?.id
      else ({text, headingId} = translatedHeading(segment, codes))
    }
    const {keys, pages} = codeKeys(codes, role, options.urls)
    return {index, segment, text, codes, keys, pages, trailing: trailing(document, index), section, headingId}
  })
  let block = 0
  for (const [index, side] of result.entries()) {
    const {kind} = side.segment
    if (kind !== 'listItem' && kind !== 'tableCell') continue
    const previous = result[index - 1]
    const continues =
      previous?.segment.kind === kind &&
      previous.segment.end <= side.segment.start &&
      betweenItems[kind].test(document.source.slice(previous.segment.end, side.segment.start))
    side.block = continues ? previous.block : ++block
    if (kind === 'tableCell') side.column = column(document.source, side.segment.start)
  }
  return result
}

/** The ids the generator gives the source's headings, by line: explicit, or slugs in document order. */
function sourceHeadingIds(document: SegmentedDocument, slugger: () => (text: string) => string): Map<number, string> {
  const slug = slugger()
  return new Map(
    (document.headings ?? []).map((heading) => [heading.line, heading.explicit ? heading.id : slug(heading.text)])
  )
}

/** A translated heading's explicit id and its text without an id comment (as text, or as an MDX expression's tag). */
function translatedHeading(segment: Segment, codes: Map<number, InlineCode>): {text: string; headingId?: string} {
  const written = commentId.exec(segment.text)
  if (written) return {text: segment.text.slice(0, written.index), headingId: written[1]}
  const last = /[ \t]*<(\d+)\/>[ \t]*$/.exec(segment.text)
  const markup = last ? codes.get(Number(last[1]))?.markup : undefined
  const expression = markup && 'atom' in markup ? commentId.exec(` ${markup.atom}`) : null
  if (last && expression) {
    codes.delete(Number(last[1]))
    return {text: segment.text.slice(0, last.index), headingId: expression[1]}
  }
  return {text: segment.text, headingId: segment.anchor?.explicit ? segment.anchor.id : undefined}
}

function codeKeys(codes: Map<number, InlineCode>, role: 'source' | 'translation', urls?: UrlForms) {
  const keys = new Map<number, string>()
  const pages = new Map<number, string>()
  for (const code of codes.values()) {
    const url = code.type === 'link' || code.type === 'image' ? codeUrl(code.markup) : undefined
    if (url === undefined) {
      keys.set(
        code.id,
        'atom' in code.markup ? `a\u0000${code.markup.atom}` : `e\u0000${code.markup.open}\u0000${code.markup.close}`
      )
      continue
    }
    const form = urls ? urls[role](url) : url
    keys.set(code.id, `${code.kind}\u0000${code.type}\u0000${form}`)
    pages.set(code.id, `${code.kind}\u0000${code.type}\u0000${urls ? urls.page(form) : form}`)
  }
  return {keys, pages}
}

/** The column of a table cell: the pipes before it on its line (a pipe in a cell is escaped, `\|`). */
function column(source: string, start: number): number {
  const before = source.slice(source.lastIndexOf('\n', start - 1) + 1, start)
  return (before.match(/(?<!\\)\|/g) ?? []).length - (/^\s*\|/.test(before) ? 1 : 0)
}

/** The source's heading ids, to tell a translated id that names one of them from one that names none. */
type IdSet = ReadonlySet<string>

/** A translated heading's id, when it names a source heading. */
function namedId(side: Side, sourceIds: IdSet): string | undefined {
  return side.headingId !== undefined && sourceIds.has(side.headingId) ? side.headingId : undefined
}

/** Whether both headings carry an id that says which source heading it is, and which way it goes. */
function headingIds(source: Side, translation: Side, sourceIds: IdSet): 'same' | 'different' | undefined {
  if (source.segment.kind !== 'heading' || translation.headingId === undefined) return undefined
  if (source.segment.anchor?.explicit) return source.headingId === translation.headingId ? 'same' : 'different'
  const named = namedId(translation, sourceIds)
  if (named === undefined) return undefined
  return named === source.headingId ? 'same' : 'different'
}

function score(source: Side, translation: Side, anchorWeight: number, sourceIds: IdSet): number {
  if (source.segment.kind !== translation.segment.kind) return -Infinity
  if (source.segment.kind === 'frontMatter' && source.segment.field !== translation.segment.field) return -Infinity
  if (source.column !== translation.column) return -Infinity
  const ids = headingIds(source, translation, sourceIds)
  if (ids === 'different') return -Infinity
  let total = ids === 'same' ? anchorWeight : 1
  const theirs = new Set(translation.keys.values())
  for (const key of source.keys.values()) total += theirs.has(key) ? 2 : -0.5
  if (source.trailing !== '' || translation.trailing !== '') total += source.trailing === translation.trailing ? 3 : -1
  return total
}

const isBreak = (code: InlineCode) => code.subType === 'xlf:lb'

interface Renumbered {
  text: string
  certain: boolean
  reason?: string
  urls?: Record<string, string>
}

/**
 * Rewrite a translation's tags with the source's numbers. Codes pair by what identifies them: the
 * same markup, or for links and images the same target (then the same page in the language, whose
 * URL the translation keeps); hard line breaks pair in order and the translation's extra ones become
 * spaces; what is left pairs in order, kind by kind, and makes the pair uncertain.
 */
function renumber(source: Side, translation: Side): Renumbered {
  const mapping = new Map<number, number>()
  const taken = new Set<number>()
  const pair = (from: number, to: number) => {
    mapping.set(from, to)
    taken.add(to)
  }
  const sourceCodes = [...source.codes.values()]
  const leftSource = () => sourceCodes.filter(({id}) => !taken.has(id))
  const leftTranslation = () => [...translation.codes.values()].filter(({id}) => !mapping.has(id))
  for (const code of translation.codes.values()) {
    const match = sourceCodes.find(({id}) => !taken.has(id) && source.keys.get(id) === translation.keys.get(code.id))
    if (match) pair(code.id, match.id)
  }
  const urls: Record<string, string> = {}
  for (const code of leftTranslation()) {
    const page = translation.pages.get(code.id)
    const match = page === undefined ? undefined : leftSource().find(({id}) => source.pages.get(id) === page)
    if (!match) continue
    pair(code.id, match.id)
    urls[codeUrl(match.markup)!] = codeUrl(code.markup)!
  }
  const breaks = leftSource().filter(isBreak)
  const dropped = new Set<number>()
  for (const code of leftTranslation().filter(isBreak)) {
    const match = breaks.shift()
    if (match) pair(code.id, match.id)
    else dropped.add(code.id)
  }
  const left = [...leftSource(), ...leftTranslation().filter(({id}) => !dropped.has(id))]
  let reason: string | undefined = left.some(({type}) => type === 'link' || type === 'image')
    ? reasons.links
    : left.length > 0
      ? reasons.markup
      : undefined
  // Codes whose markup differs: paired in order, kind by kind, so that the tags stay valid for review.
  for (const code of leftTranslation()) {
    if (dropped.has(code.id)) continue
    const match = leftSource().find((candidate) => candidate.kind === code.kind && candidate.type === code.type)
    if (match) pair(code.id, match.id)
  }
  if (source.segment.kind !== translation.segment.kind) reason = reasons.kind
  const text = unbroken(writeTags(rewrite(parseTags(translation.text), mapping, dropped)))
  return {
    text,
    certain: reason === undefined,
    ...(reason ? {reason} : {}),
    ...(Object.keys(urls).length > 0 ? {urls} : {})
  }
}

function rewrite(nodes: TagNode[], mapping: ReadonlyMap<number, number>, dropped: ReadonlySet<number>): TagNode[] {
  return nodes.map((node): TagNode => {
    if (node.type === 'text') return node
    // A line break the source has not there: a soft one, read as a space.
    if (node.type === 'atom' && dropped.has(node.id)) return {type: 'text', value: droppedBreak}
    const id = mapping.get(node.id) ?? node.id + 1000
    return node.type === 'atom' ? {...node, id} : {...node, id, children: rewrite(node.children, mapping, dropped)}
  })
}

// Where a dropped line break was, until `unbroken` decides between a space and nothing.
const droppedBreak = '\u0000'

// Scripts written without spaces between words: a line break between two of their letters is no space.
const unspaced = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3000-\u303f\uff00-\uffef]`
const breakBetweenUnspaced = new RegExp(
  `(?<=${unspaced}(?:<[^<>]*>)*)[ \\t]*\u0000[ \\t]*(?=(?:<[^<>]*>)*${unspaced})`,
  'gu'
)

/** Dropped line breaks as the whitespace they are: nothing between two letters of an unspaced script, else one space. */
function unbroken(text: string): string {
  return text.includes(droppedBreak) ? text.replace(breakBetweenUnspaced, '').replace(/[ \t]*\u0000[ \t]*/g, ' ') : text
}

/** What identifies a segment besides its position: its inline codes and the code after it. */
function signature(side: Side): string {
  return [...[...side.keys.values()].sort(), side.trailing].join('\u0001')
}

/** Whether anything but its position makes a pair: a heading id, an inline code, the code after it. */
function supported(source: Side, translation: Side, sourceIds: IdSet): boolean {
  if (headingIds(source, translation, sourceIds) === 'same') return true
  if (source.trailing !== '' && source.trailing === translation.trailing) return true
  const theirs = new Set(translation.keys.values())
  return [...source.keys.values()].some((key) => theirs.has(key))
}

/**
 * Pairs the sequence skipped inside paired lists and tables, where one item's codes (and the code
 * after it) are those of exactly one skipped item on the other side: a reordered item.
 */
function pairReordered(a: Side[], b: Side[], pairs: Map<number, number>): void {
  const blocks = new Map<number, Set<number>>()
  for (const [i, j] of pairs) {
    if (a[i]!.block !== undefined && b[j]!.block !== undefined)
      blocks.set(a[i]!.block!, (blocks.get(a[i]!.block!) ?? new Set()).add(b[j]!.block!))
  }
  const taken = new Set(pairs.values())
  const skipped = (sides: Side[], inBlock: (block: number) => boolean, used: (index: number) => boolean) =>
    sides.flatMap((side, index) =>
      side.block !== undefined && inBlock(side.block) && !used(index) && signature(side) !== '' ? [index] : []
    )
  for (const [sourceBlock, translationBlocks] of blocks) {
    const left = skipped(
      a,
      (block) => block === sourceBlock,
      (index) => pairs.has(index)
    )
    const right = skipped(
      b,
      (block) => translationBlocks.has(block),
      (index) => taken.has(index)
    )
    for (const i of left) {
      const matches = right.filter(
        (j) =>
          !taken.has(j) &&
          a[i]!.segment.kind === b[j]!.segment.kind &&
          a[i]!.column === b[j]!.column &&
          signature(b[j]!) === signature(a[i]!)
      )
      const rivals = left.filter((other) => !pairs.has(other) && signature(a[other]!) === signature(a[i]!))
      if (matches.length !== 1 || rivals.length !== 1) continue
      pairs.set(i, matches[0]!)
      taken.add(matches[0]!)
    }
  }
}

/** Headings the sequence skipped paired by the id the translation gave them. */
function pairHeadingIds(a: Side[], b: Side[], pairs: Map<number, number>, sourceIds: IdSet): void {
  const taken = new Set(pairs.values())
  const skipped = new Map<string, number[]>()
  for (const [j, side] of b.entries()) {
    const id = side.segment.anchor?.explicit ? side.headingId : namedId(side, sourceIds)
    if (!taken.has(j) && id !== undefined) skipped.set(id, [...(skipped.get(id) ?? []), j])
  }
  for (const [i, side] of a.entries()) {
    const found =
      side.segment.kind === 'heading' && !pairs.has(i) && side.headingId !== undefined
        ? skipped.get(side.headingId)
        : undefined
    if (found?.length === 1 && headingIds(side, b[found[0]!]!, sourceIds) === 'same') pairs.set(i, found[0]!)
  }
}

/** Items in each list or table, by block number. */
function blockSizes(sides: Side[]): Map<number, number> {
  const sizes = new Map<number, number>()
  for (const {block} of sides) if (block !== undefined) sizes.set(block, (sizes.get(block) ?? 0) + 1)
  return sizes
}

/**
 * The translation's sections in the source's order: a section whose heading names a source
 * heading by its id goes where that heading is, and the sections after it without such an id go
 * with it. Sections move with their heading.
 */
function inSourceOrder(a: Side[], b: Side[], sourceIds: IdSet): Side[] {
  const position = new Map(
    a.flatMap((side, i) =>
      side.segment.kind === 'heading' && side.headingId !== undefined ? [[side.headingId, i] as const] : []
    )
  )
  const sections: Array<{order: number; sides: Side[]}> = []
  for (const side of b) {
    if (sections.length === 0 || side.segment.kind === 'heading') {
      const id = side.segment.kind === 'heading' ? namedId(side, sourceIds) : undefined
      sections.push({order: id !== undefined ? position.get(id)! : (sections.at(-1)?.order ?? -1), sides: []})
    }
    sections.at(-1)!.sides.push(side)
  }
  return sections.sort((x, y) => x.order - y.order).flatMap(({sides}) => sides)
}

/** The sequence alignment: source index → index in `b`. */
function alignSequence(a: Side[], b: Side[], sourceIds: IdSet): Map<number, number> {
  // More than all other pairs together can score: headings with one id pair whatever it costs.
  const anchorWeight = 1 + a.reduce((sum, side) => sum + 4 + 2 * side.codes.size, 0)
  // best[i][j]: the best score aligning a[i..] with b[j..].
  const best = Array.from({length: a.length + 1}, () => new Float64Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      best[i]![j] = Math.max(
        best[i + 1]![j]!,
        best[i]![j + 1]!,
        score(a[i]!, b[j]!, anchorWeight, sourceIds) + best[i + 1]![j + 1]!
      )
    }
  }
  const pairs = new Map<number, number>()
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const pair = score(a[i]!, b[j]!, anchorWeight, sourceIds)
    if (pair !== -Infinity && best[i]![j] === pair + best[i + 1]![j + 1]!) pairs.set(i++, j++)
    else if (best[i]![j] === best[i + 1]![j]!) i++
    else j++
  }
  return pairs
}

/**
 * Headings nothing but their position pairs: no id, no code in common, not the same text, and no
 * pair of their sections' segments that a code or link supports lands in the other's section (the
 * two documents alike segment for segment, kind for kind, support every pair).
 */
function positionOnlyHeadings(a: Side[], b: Side[], pairs: ReadonlyMap<number, number>, sourceIds: IdSet): Set<number> {
  const alike =
    a.length === b.length && a.every((side, i) => pairs.get(i) === i && side.segment.kind === b[i]!.segment.kind)
  const result = new Set<number>()
  if (alike) return result
  for (const [i, j] of pairs) {
    const source = a[i]!
    const translation = b[j]!
    if (
      source.segment.kind !== 'heading' ||
      supported(source, translation, sourceIds) ||
      source.text.trim() === translation.text.trim()
    )
      continue
    const landing = [...pairs]
      .filter(([k, l]) => k !== i && a[k]!.section === source.section && supported(a[k]!, b[l]!, sourceIds))
      .map(([, l]) => b[l]!.section)
    if (landing.length > 0 && landing.every((section) => section === translation.section)) continue
    result.add(source.section)
  }
  return result
}

export function alignDocuments(
  source: SegmentedDocument,
  translation: SegmentedDocument,
  options: AlignOptions = {}
): Alignment {
  const a = sides(source, 'source', options)
  const original = sides(translation, 'translation', options)
  const sourceIds: IdSet = new Set(
    a.flatMap(({segment, headingId}) => (segment.kind === 'heading' && headingId !== undefined ? [headingId] : []))
  )
  const b = inSourceOrder(a, original, sourceIds)
  // Source index → index in `b`.
  const pairs = alignSequence(a, b, sourceIds)
  pairHeadingIds(a, b, pairs, sourceIds)
  pairReordered(a, b, pairs)
  const byPosition = positionOnlyHeadings(a, b, pairs, sourceIds)
  const sourceSizes = blockSizes(a)
  const translationSizes = blockSizes(b)
  const result: Alignment = {aligned: [], unmatchedSource: [], unmatchedTranslation: []}
  for (const [index, side] of a.entries()) {
    const other = pairs.get(index)
    if (other === undefined) {
      result.unmatchedSource.push({key: side.segment.key, line: side.segment.line})
      continue
    }
    const them = b[other]!
    const rewritten = renumber(side, them)
    const anchorsDisagree = side.trailing !== them.trailing && side.trailing !== '' && them.trailing !== ''
    const sizesDiffer =
      side.block !== undefined &&
      them.block !== undefined &&
      sourceSizes.get(side.block) !== translationSizes.get(them.block)
    const unsupported = !supported(side, them, sourceIds)
    const reason =
      rewritten.reason ??
      (anchorsDisagree ? reasons.trailing : undefined) ??
      (sizesDiffer && unsupported ? (side.segment.kind === 'tableCell' ? reasons.table : reasons.list) : undefined) ??
      (byPosition.has(side.section) && unsupported
        ? side.segment.kind === 'heading'
          ? reasons.heading
          : reasons.section
        : undefined)
    result.aligned.push({
      key: side.segment.key,
      translation: rewritten.text,
      certain: reason === undefined,
      ...(reason !== undefined ? {reason} : {}),
      line: them.segment.line,
      ...(rewritten.urls ? {urls: rewritten.urls} : {})
    })
  }
  const used = new Set([...pairs.values()].map((j) => b[j]!.index))
  for (const side of original)
    if (!used.has(side.index)) result.unmatchedTranslation.push({line: side.segment.line, text: side.segment.text})
  return result
}
