/**
 * interchange/align: pair the segments of a translated document with its source's by structure,
 * for sites that already have translations (`import --from <folder>`).
 *
 * A sequence alignment (Needleman–Wunsch, maximising a score) over the two documents' segments:
 * only segments of the same kind pair; they score more where their anchors agree: the same
 * inline code, link targets and images, and the same untranslated material after them (code
 * blocks, commands; `{{placeholders}}` may be translated, so their content is not compared).
 * Added, removed or reordered paragraphs are skipped as gaps instead of shifting every pair.
 * Headings with the same explicit id (`## Titre {#install}` ↔ `## Install {#install}`) are
 * anchors too: they pair (weighing more than all other pairs, and paired after the sequence when
 * the translation moved their section), and headings with different explicit ids never do.
 * Table cells pair only within the same column.
 *
 * Within a list or a table (a run of items or cells with only markers between them), a second
 * pass pairs items that the sequence skipped because the translation reordered them, when their
 * inline codes identify them; and when the two blocks have a different number of items, a pair
 * nothing but its position supports is uncertain.
 *
 * Each pair's translation is rewritten in the source's tag numbers by matching its inline codes
 * with the source's (same markup). A pair is certain when every code matched and no anchor
 * disagrees; otherwise it is uncertain, to be written as stale for review.
 */
import type {SegmentedDocument, Segment} from '../types.js'
import {parseTags, type TagNode} from '../segment/tags.js'
import {inlineCodes, writeTags, type InlineCode} from './codes.js'

export interface AlignedSegment {
  key: string
  /** The translation in the source's tag numbers. */
  translation: string
  certain: boolean
  /** Why it is uncertain. */
  reason?: string
  /** 1-based line in the translated document. */
  line: number
}

export interface Alignment {
  aligned: AlignedSegment[]
  /** Source segments nothing in the translation matched. */
  unmatchedSource: Array<{key: string; line: number}>
  /** Translated segments left over (added by the translation, or unmatched). */
  unmatchedTranslation: Array<{line: number; text: string}>
}

/** Untranslated material after a segment, up to the next one, with placeholder contents removed. */
function trailing(document: SegmentedDocument, index: number): string {
  const segment = document.segments[index]!
  const next = document.segments[index + 1]?.start ?? document.source.length
  const between = segment.end <= next ? document.source.slice(segment.end, next) : ''
  const code = between.match(/`[^`\n]+`|```[\s\S]*?```|https?:\/\/[^\s)>]+/g) ?? []
  return code.join(' ').replace(/\{\{[^}]*\}\}/g, '{{}}').replace(/\s+/g, ' ').trim()
}

function codeKey(code: InlineCode): string {
  return 'atom' in code.markup ? `a\u0000${code.markup.atom}` : `e\u0000${code.markup.open}\u0000${code.markup.close}`
}

interface Side {
  segment: Segment
  codes: Map<number, InlineCode>
  trailing: string
  /** The list or table (run of items or cells) the segment is in, numbered in document order. */
  block?: number
  /** For table cells: the column. */
  column?: number
}

// What may separate two items of one list: markers and indentation. Cells of one table: anything
// but a blank line (cells with only code are no segments).
const betweenItems = {listItem: /^(?:[\s>*+\-[\]xX]|\d{1,9}[.)])*$/, tableCell: /^(?![\s\S]*\n[ \t>]*\n)/}

function sides(document: SegmentedDocument): Side[] {
  const result: Side[] = document.segments.map((segment, index) => ({segment, codes: inlineCodes(segment, document.source), trailing: trailing(document, index)}))
  let block = 0
  for (const [index, side] of result.entries()) {
    const {kind} = side.segment
    if (kind !== 'listItem' && kind !== 'tableCell') continue
    const previous = result[index - 1]
    const continues = previous?.segment.kind === kind && previous.segment.end <= side.segment.start && betweenItems[kind].test(document.source.slice(previous.segment.end, side.segment.start))
    side.block = continues ? previous.block : ++block
    if (kind === 'tableCell') side.column = column(document.source, side.segment.start)
  }
  return result
}

/** The column of a table cell: the pipes before it on its line (a pipe in a cell is escaped, `\|`). */
function column(source: string, start: number): number {
  const before = source.slice(source.lastIndexOf('\n', start - 1) + 1, start)
  return (before.match(/(?<!\\)\|/g) ?? []).length - (/^\s*\|/.test(before) ? 1 : 0)
}

/** Whether both are headings with an explicit id, and which way it goes. */
function explicitIds(source: Side, translation: Side): 'same' | 'different' | undefined {
  const a = source.segment.anchor
  const b = translation.segment.anchor
  if (!a?.explicit || !b?.explicit) return undefined
  return a.id === b.id ? 'same' : 'different'
}

function score(source: Side, translation: Side, anchorWeight: number): number {
  if (source.segment.kind !== translation.segment.kind) return -Infinity
  if (source.segment.kind === 'frontMatter' && source.segment.field !== translation.segment.field) return -Infinity
  if (source.column !== translation.column) return -Infinity
  const ids = explicitIds(source, translation)
  if (ids === 'different') return -Infinity
  let total = ids === 'same' ? anchorWeight : 1
  const theirs = new Set([...translation.codes.values()].map(codeKey))
  for (const code of source.codes.values()) total += theirs.has(codeKey(code)) ? 2 : -0.5
  if (source.trailing !== '' || translation.trailing !== '') total += source.trailing === translation.trailing ? 3 : -1
  return total
}

/** Rewrite a translation's tags with the source's numbers, by matching inline codes. */
function renumber(source: Side, translation: Side): {text: string; certain: boolean; reason?: string} {
  const free = new Map<string, number[]>()
  for (const code of source.codes.values()) free.set(codeKey(code), [...(free.get(codeKey(code)) ?? []), code.id])
  const mapping = new Map<number, number>()
  for (const code of translation.codes.values()) {
    const ids = free.get(codeKey(code))
    if (ids && ids.length > 0) mapping.set(code.id, ids.shift()!)
  }
  // Codes whose markup differs (a link to a translated page): paired in order, kind by kind.
  const leftSource = [...source.codes.values()].filter(({id}) => ![...mapping.values()].includes(id))
  const leftTranslation = [...translation.codes.values()].filter(({id}) => !mapping.has(id))
  let certain = leftSource.length === 0 && leftTranslation.length === 0
  let reason = certain ? undefined : 'its inline markup differs from the source’s'
  for (const code of leftTranslation) {
    const match = leftSource.findIndex((candidate) => candidate.kind === code.kind && candidate.type === code.type)
    if (match === -1) continue
    mapping.set(code.id, leftSource[match]!.id)
    leftSource.splice(match, 1)
  }
  const rewrite = (nodes: TagNode[]): TagNode[] =>
    nodes.map((node) => (node.type === 'text' ? node : node.type === 'atom' ? {...node, id: mapping.get(node.id) ?? node.id + 1000} : {...node, id: mapping.get(node.id) ?? node.id + 1000, children: rewrite(node.children)}))
  if (source.segment.kind !== translation.segment.kind) {
    certain = false
    reason = 'its kind differs'
  }
  return {text: writeTags(rewrite(parseTags(translation.segment.text))), certain, reason}
}

/** What identifies a segment besides its position: its inline codes and the code after it. */
function signature(side: Side): string {
  return [...[...side.codes.values()].map(codeKey).sort(), side.trailing].join('\u0001')
}

/** Whether anything but its position makes a pair: the same heading id, an inline code, the code after it. */
function supported(source: Side, translation: Side): boolean {
  if (explicitIds(source, translation) === 'same') return true
  if (source.trailing !== '' && source.trailing === translation.trailing) return true
  const theirs = new Set([...translation.codes.values()].map(codeKey))
  return [...source.codes.values()].some((code) => theirs.has(codeKey(code)))
}

/**
 * Pairs the sequence skipped inside paired lists and tables, where one item's codes (and the code
 * after it) are those of exactly one skipped item on the other side: a reordered item.
 */
function pairReordered(a: Side[], b: Side[], pairs: Map<number, number>): void {
  const blocks = new Map<number, Set<number>>()
  for (const [i, j] of pairs) {
    if (a[i]!.block !== undefined && b[j]!.block !== undefined) blocks.set(a[i]!.block!, (blocks.get(a[i]!.block!) ?? new Set()).add(b[j]!.block!))
  }
  const taken = new Set(pairs.values())
  const skipped = (sides: Side[], inBlock: (block: number) => boolean, used: (index: number) => boolean) =>
    sides.flatMap((side, index) => (side.block !== undefined && inBlock(side.block) && !used(index) && signature(side) !== '' ? [index] : []))
  for (const [sourceBlock, translationBlocks] of blocks) {
    const left = skipped(a, (block) => block === sourceBlock, (index) => pairs.has(index))
    const right = skipped(b, (block) => translationBlocks.has(block), (index) => taken.has(index))
    for (const i of left) {
      const matches = right.filter((j) => !taken.has(j) && a[i]!.segment.kind === b[j]!.segment.kind && a[i]!.column === b[j]!.column && signature(b[j]!) === signature(a[i]!))
      const rivals = left.filter((other) => !pairs.has(other) && signature(a[other]!) === signature(a[i]!))
      if (matches.length !== 1 || rivals.length !== 1) continue
      pairs.set(i, matches[0]!)
      taken.add(matches[0]!)
    }
  }
}

/** Headings the sequence skipped (the translation moved their section) paired by their explicit id. */
function pairHeadingIds(a: Side[], b: Side[], pairs: Map<number, number>): void {
  const taken = new Set(pairs.values())
  const skipped = new Map<string, number[]>()
  for (const [j, side] of b.entries()) {
    const anchor = side.segment.anchor
    if (!taken.has(j) && anchor?.explicit) skipped.set(anchor.id, [...(skipped.get(anchor.id) ?? []), j])
  }
  for (const [i, side] of a.entries()) {
    const anchor = side.segment.anchor
    const found = anchor?.explicit && !pairs.has(i) ? skipped.get(anchor.id) : undefined
    if (found?.length === 1) pairs.set(i, found[0]!)
  }
}

/** Items in each list or table, by block number. */
function blockSizes(sides: Side[]): Map<number, number> {
  const sizes = new Map<number, number>()
  for (const {block} of sides) if (block !== undefined) sizes.set(block, (sizes.get(block) ?? 0) + 1)
  return sizes
}

export function alignDocuments(source: SegmentedDocument, translation: SegmentedDocument): Alignment {
  const a = sides(source)
  const b = sides(translation)
  // More than all other pairs together can score: headings with one id pair whatever it costs.
  const anchorWeight = 1 + a.reduce((sum, side) => sum + 4 + 2 * side.codes.size, 0)
  // best[i][j]: the best score aligning a[i..] with b[j..].
  const best = Array.from({length: a.length + 1}, () => new Float64Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, score(a[i]!, b[j]!, anchorWeight) + best[i + 1]![j + 1]!)
    }
  }
  // Source index → translation index.
  const pairs = new Map<number, number>()
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const pair = score(a[i]!, b[j]!, anchorWeight)
    if (pair !== -Infinity && best[i]![j] === pair + best[i + 1]![j + 1]!) pairs.set(i++, j++)
    else if (best[i]![j] === best[i + 1]![j]!) i++
    else j++
  }
  pairHeadingIds(a, b, pairs)
  pairReordered(a, b, pairs)
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
    const sizesDiffer = side.block !== undefined && them.block !== undefined && sourceSizes.get(side.block) !== translationSizes.get(them.block)
    const byPositionOnly = sizesDiffer && !supported(side, them)
    result.aligned.push({
      key: side.segment.key,
      translation: rewritten.text,
      certain: rewritten.certain && !anchorsDisagree && !byPositionOnly,
      reason:
        rewritten.reason ??
        (anchorsDisagree ? 'the code after it differs from the source’s' : byPositionOnly ? `its ${side.segment.kind === 'tableCell' ? 'table' : 'list'} has a different number of ${side.segment.kind === 'tableCell' ? 'cells' : 'items'} than the source’s, and only its position pairs it` : undefined),
      line: them.segment.line
    })
  }
  const used = new Set(pairs.values())
  for (const [index, side] of b.entries()) if (!used.has(index)) result.unmatchedTranslation.push({line: side.segment.line, text: side.segment.text})
  return result
}
