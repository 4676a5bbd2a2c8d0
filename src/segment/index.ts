/**
 * segment: a markdown document → its translatable segments.
 *
 * Owns parsing (unified + remark-parse + GFM + math, front matter with gray-matter), the
 * per-node handlers, inline tags, UI-line splitting, the language switcher's exclusion and keys.
 * Pure: strings in, data out.
 */
import type {Nodes, Parents, Root} from 'mdast'
import type {Segment, SegmentedDocument} from '../types.js'
import {parseMarkdown, readFrontMatter, restoreTreePositions, type FrontMatterBlock, type MarkdownParser} from './parse.js'
import {checkLimits} from './limits.js'
import {InputError} from '../util/errors.js'
import {LineIndex} from './build.js'
import {handlers as defaultHandlers} from './handlers/index.js'
import type {Handler} from './context.js'
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
  /** The processor that parses the markdown (default: remark-parse with GFM and math); bring one with your own syntax. */
  processor?: MarkdownParser
  /** Segment handlers by mdast node type, added to (or replacing) the built-in ones. */
  handlers?: Readonly<Record<string, Handler>>
}

export interface SegmentResult extends SegmentedDocument {
  /** The languages the page's language switcher lists (its items are not segments). */
  languageSwitcher: SwitcherLanguage[]
}

export const defaultFrontMatterFields = ['title', 'description'] as const

/** Split a markdown document into translatable segments with stable keys. */
export function segmentDocument(source: string, options: SegmentOptions = {}): SegmentResult {
  checkLimits(source, options.file)
  const {frontMatter, body} = prepare(source, options)
  let tree
  try {
    tree = parseMarkdown(body, options.processor)
  } catch (error) {
    // The limits are heuristics; a stack overflow past them is still reported, not thrown raw.
    if (error instanceof RangeError) throw new InputError('the document is nested too deeply to parse', options.file)
    throw error
  }
  return segmentParsed(source, tree, frontMatter, options)
}

/**
 * Segment a tree a caller parsed from `source` (a unified plugin's tree). Its offsets must be
 * the document's: with a BOM or front matter the caller's parser did not take out (remark-
 * frontmatter does), the document is parsed again with `parser`, those lines blanked.
 */
export function segmentTree(source: string, tree: Root, parser: MarkdownParser, options: SegmentOptions = {}): SegmentResult {
  checkLimits(source, options.file)
  const {frontMatter, body} = prepare(source, options)
  const usable = body === source || tree.children[0]?.type === 'yaml'
  if (usable) restoreTreePositions(tree, source)
  return segmentParsed(source, usable ? tree : parseMarkdown(body, parser), frontMatter, options)
}

/** The front matter, and the document with its BOM and front matter blanked (line breaks kept) so node offsets are document offsets. */
function prepare(source: string, options: SegmentOptions): {frontMatter: FrontMatterBlock | undefined; body: string} {
  const bom = source.startsWith('\uFEFF') ? 1 : 0
  const frontMatter = readFrontMatter(source, bom, options.file)
  const bodyStart = frontMatter ? frontMatter.end : bom
  return {frontMatter, body: bodyStart === 0 ? source : source.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + source.slice(bodyStart)}
}

function segmentParsed(source: string, tree: Root, frontMatter: FrontMatterBlock | undefined, options: SegmentOptions): SegmentResult {
  const lines = new LineIndex(source)
  const handlers = options.handlers ? {...defaultHandlers, ...options.handlers} : defaultHandlers
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
