/**
 * segment: a markdown document → its translatable segments.
 *
 * Owns parsing (unified + remark-parse + GFM + math, front matter with gray-matter), the
 * per-node handlers, inline tags, UI-line splitting, the language switcher's exclusion and keys.
 * Pure: strings in, data out.
 */
import type {Nodes, Parents} from 'mdast'
import type {Segment, SegmentedDocument} from '../types.js'
import {parseMarkdown, readFrontMatter} from './parse.js'
import {checkLimits} from './limits.js'
import {InputError} from '../util/errors.js'
import {LineIndex} from './build.js'
import {handlers} from './handlers/index.js'
import {frontMatterSegments} from './front-matter.js'
import {assignKeys, type PreviousKey} from './keys.js'
import {findLanguageSwitcher, type SwitcherLanguage} from '../languages/switcher.js'

export interface SegmentOptions {
  /** Front-matter fields to translate. Default `['title', 'description']`. */
  frontMatterFields?: readonly string[]
  /** Keys of the previous extract, in order, to keep keys stable. Default none. */
  previousKeys?: readonly PreviousKey[]
  /** Keys still in use elsewhere (obsolete entries) with their text, never reused for other text. */
  reservedKeys?: ReadonlyMap<string, string>
  /** File name for error messages. */
  file?: string
}

export interface SegmentResult extends SegmentedDocument {
  /** The languages the page's language switcher lists (its items are not segments). */
  languageSwitcher: SwitcherLanguage[]
}

export const defaultFrontMatterFields = ['title', 'description'] as const

/** Split a markdown document into translatable segments with stable keys. */
export function segmentDocument(source: string, options: SegmentOptions = {}): SegmentResult {
  checkLimits(source, options.file)
  const bom = source.startsWith('\uFEFF') ? 1 : 0
  const frontMatter = readFrontMatter(source, bom, options.file)
  const bodyStart = frontMatter ? frontMatter.end : bom
  // Blank out the BOM and front matter (keeping line breaks) so node offsets are document offsets.
  const parsed = source.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + source.slice(bodyStart)
  let tree
  try {
    tree = parseMarkdown(parsed)
  } catch (error) {
    // The limits are heuristics; a stack overflow past them is still reported, not thrown raw.
    if (error instanceof RangeError) throw new InputError('the document is nested too deeply to parse', options.file)
    throw error
  }
  const lines = new LineIndex(source)
  const candidates: Segment[] = frontMatter
    ? frontMatterSegments(frontMatter, options.frontMatterFields ?? defaultFrontMatterFields, lines)
    : []
  // A plain depth-first walk, by hand: handlers need only a node's parent, and unist-util-visit-
  // parents builds an ancestors array for every node (a tenth of segmentation time on the corpus).
  const walk = (node: Nodes, parent: Parents | undefined): void => {
    const handler = handlers[node.type]
    if (handler) candidates.push(...handler(node, {source, lines, parent}))
    if ('children' in node) for (const child of node.children) walk(child, node)
  }
  walk(tree, undefined)
  candidates.sort((a, b) => a.start - b.start)
  const switcher = findLanguageSwitcher(candidates)
  const skipped = new Set(switcher.indices)
  const segments = candidates.filter((_, index) => !skipped.has(index))
  assignKeys(segments, options.previousKeys ?? [], options.reservedKeys)
  return {
    source,
    segments,
    frontMatter: frontMatter
      ? {start: frontMatter.start, end: frontMatter.end, fields: frontMatter.fields}
      : undefined,
    eol: /\r\n/.test(source.slice(0, 10_000)) ? '\r\n' : '\n',
    languageSwitcher: switcher.languages
  }
}
