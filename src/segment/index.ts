/**
 * segment: a markdown document → its translatable segments.
 *
 * Owns parsing (unified + remark-parse + GFM and the dialect's extensions, remark-mdx for MDX,
 * front matter with gray-matter), heading ids, the
 * per-node handlers, inline tags, UI-line splitting, the language switcher's exclusion and keys.
 * Pure: strings in, data out.
 */
import type {Heading, Nodes, Parents, Root} from 'mdast'
import type {PluggableList} from 'unified'
import type {HeadingAnchor, HeadingInfo, Segment, SegmentedDocument} from '../types.js'
import {
  parseMarkdown,
  readFrontMatter,
  restoreTreePositions,
  type FrontMatterBlock,
  type FrontMatterWarning,
  type MarkdownParser
} from './parse.js'
import {bindEscaper} from '../assemble/text-syntax.js'
import type {Slugger} from '../dialects/slugs.js'
import {dialectParser, dialects, isMdxDocument, defaultProseAttributes, type DialectName} from '../dialects/index.js'
import {blankHeadingAttributes, explicitHeadingId, trailingAttributes} from './heading-ids.js'
import {checkLimits} from './limits.js'
import {InputError} from '../util/errors.js'
import {ParseBudgetError} from '../syntax/budget.js'
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
  /** The processor that parses the markdown (default: the dialect's); bring one with your own syntax. */
  processor?: MarkdownParser
  /** The site generator's markdown (default `gfm`): its syntax extensions and rules. */
  dialect?: DialectName
  /** remark plugins added after the dialect's (your own syntax); ignored with `processor`. */
  plugins?: PluggableList
  /** Parse as MDX (default: `.mdx` files, and every document of a dialect whose `.md` are MDX). */
  mdx?: boolean
  /** Read `$…$` and `$$…$$` math as formulas (remark-math), where the site has math on. Default off. */
  math?: boolean
  /** JSX attributes whose values are prose (default `title`, `alt`, `label`, `description`, `aria-label`, `caption`, `placeholder`). */
  proseAttributes?: readonly string[]
  /** Segment handlers by mdast node type, added to (or replacing) the built-in ones. */
  handlers?: Readonly<Record<string, Handler>>
}

export interface SegmentResult extends SegmentedDocument {
  /** The languages the page's language switcher lists (its items are not segments). */
  languageSwitcher: SwitcherLanguage[]
  /** What was read as the generator reads it but deserves a fix (a repeated front-matter key). */
  warnings?: FrontMatterWarning[]
}

export const defaultFrontMatterFields = ['title', 'description'] as const

/** Split a markdown document into translatable segments with stable keys. */
export function segmentDocument(source: string, options: SegmentOptions = {}): SegmentResult {
  checkLimits(source, options.file)
  const {frontMatter, body, shift} = prepare(source, options)
  const dialect = options.dialect ?? 'gfm'
  const mdx = options.mdx ?? isMdxDocument(dialect, options.file)
  const parser = options.processor ?? dialectParser(dialect, {mdx, math: options.math, plugins: options.plugins})
  let tree
  try {
    // Explicit heading ids are blanked for the parser: in MDX `{#id}` would be an expression.
    tree = parseMarkdown(blankHeadingAttributes(body), parser)
    if (shift) shiftPositions(tree, shift)
  } catch (error) {
    // The limits are heuristics; a stack overflow past them is still reported, not thrown raw.
    if (error instanceof RangeError) throw new InputError('the document is nested too deeply to parse', options.file)
    if (error instanceof ParseBudgetError)
      throw new InputError(`${error.message} for ${body.length} characters; please report this document`, options.file)
    // A syntax error of MDX (or of a caller's plugin) comes as a VFileMessage with its place.
    const message = error as {reason?: string; line?: number; column?: number}
    if (typeof message.reason === 'string') {
      // Some messages give their place only in the reason: `… for \`<Tabs>\` (3:1-3:7)`.
      const place = /\((\d+):(\d+)-\d+:\d+\)$/.exec(message.reason)
      const line = message.line ?? (place ? Number(place[1]) : undefined)
      const column = message.line ? (message.column ?? undefined) : place ? Number(place[2]) : undefined
      throw new InputError(
        `${mdx ? 'invalid MDX: ' : ''}${message.reason}`,
        options.file,
        line,
        column && line === 1 ? column + shift : column
      )
    }
    throw error
  }
  const document = segmentParsed(source, tree, frontMatter, options)
  document.syntax = {dialect, mdx, ...(options.math ? {math: true} : {})}
  bindEscaper(document, parser)
  return document
}

/**
 * Segment a tree a caller parsed from `source` (a unified plugin's tree). Its offsets must be
 * the document's: with a BOM or front matter the caller's parser did not take out (remark-
 * frontmatter does), the document is parsed again with `parser`, those lines blanked.
 */
export function segmentTree(
  source: string,
  tree: Root,
  parser: MarkdownParser,
  options: SegmentOptions = {}
): SegmentResult {
  checkLimits(source, options.file)
  const {frontMatter, body, shift} = prepare(source, options)
  const usable =
    body === source || tree.children[0]?.type === 'yaml' || (tree.children[0]?.type as string | undefined) === 'toml'
  if (usable) restoreTreePositions(tree, source)
  let parsed = tree
  if (!usable) {
    parsed = parseMarkdown(body, parser)
    if (shift) shiftPositions(parsed, shift)
  }
  const document = segmentParsed(source, parsed, frontMatter, options)
  bindEscaper(document, parser)
  return document
}

/**
 * The front matter, and the document with its front matter blanked (line breaks kept) so node
 * offsets are document offsets; a BOM alone is cut off instead (`shift` 1), as blanking it would
 * indent the first line (MDX's `import` must start the line).
 */
function prepare(
  source: string,
  options: SegmentOptions
): {frontMatter: FrontMatterBlock | undefined; body: string; shift: number} {
  const bom = source.startsWith('\uFEFF') ? 1 : 0
  const frontMatter = readFrontMatter(source, bom, options.file, {
    afterBlankLines: dialects[options.dialect ?? 'gfm']?.frontMatterAfterBlankLines
  })
  if (!frontMatter) return {frontMatter, body: bom ? source.slice(1) : source, shift: bom}
  return {
    frontMatter,
    body: source.slice(0, frontMatter.end).replace(/[^\r\n]/g, ' ') + source.slice(frontMatter.end),
    shift: 0
  }
}

/** Move every offset of a tree parsed from the document without its BOM to the document's. */
function shiftPositions(node: Nodes, by: number): void {
  const position = node.position
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += by
    if (position.end.offset !== undefined) position.end.offset += by
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attribute of node.attributes) {
      if (attribute.position?.start.offset !== undefined) attribute.position.start.offset += by
      if (attribute.position?.end.offset !== undefined) attribute.position.end.offset += by
    }
  }
  if ('children' in node) for (const child of node.children) shiftPositions(child, by)
}

function segmentParsed(
  source: string,
  tree: Root,
  frontMatter: FrontMatterBlock | undefined,
  options: SegmentOptions
): SegmentResult {
  const lines = new LineIndex(source)
  const handlers = options.handlers ? {...defaultHandlers, ...options.handlers} : defaultHandlers
  const {headings, anchors} = headingIds(tree, source, lines, dialects[options.dialect ?? 'gfm'].slugger())
  const context = {
    source,
    lines,
    proseAttributes: new Set(options.proseAttributes ?? defaultProseAttributes),
    headingAnchors: anchors,
    file: options.file
  }
  const candidates: Segment[] = frontMatter
    ? frontMatterSegments(frontMatter, options.frontMatterFields ?? defaultFrontMatterFields, lines)
    : []
  // A plain depth-first walk, by hand: handlers need only a node's parent, and unist-util-visit-
  // parents builds an ancestors array for every node (a tenth of segmentation time on the corpus).
  const notes: Array<{end: number; text: string}> = []
  const walk = (node: Nodes, parent: Parents | undefined): void => {
    const handler = handlers[node.type]
    if (handler) candidates.push(...handler(node, {...context, parent}))
    if (node.type === 'html' && node.position?.end.offset !== undefined) {
      const note = translatorNote.exec(node.value)
      if (note) notes.push({end: node.position.end.offset, text: note[1]!.replace(/\s+/g, ' ')})
    }
    if ('children' in node) for (const child of node.children) walk(child, node)
  }
  walk(tree, undefined)
  candidates.sort((a, b) => a.start - b.start)
  const switcher = findLanguageSwitcher(candidates)
  const skipped = new Set(switcher.indices)
  const segments = candidates.filter((_, index) => !skipped.has(index))
  attachNotes(segments, notes)
  assignKeys(segments, options.previousKeys ?? [], options.reservedKeys)
  return {
    source,
    segments,
    frontMatter: frontMatter
      ? {
          start: frontMatter.start,
          end: frontMatter.end,
          fields: frontMatter.fields,
          ...(frontMatter.format === 'toml' ? {format: 'toml' as const} : {})
        }
      : undefined,
    eol: /\r\n/.test(source.slice(0, 10_000)) ? '\r\n' : '\n',
    headings,
    ...definitionLabels(tree),
    languageSwitcher: switcher.languages,
    ...(frontMatter?.warnings ? {warnings: frontMatter.warnings} : {})
  }
}

/** The labels the document's definitions define, when it has any. */
function definitionLabels(tree: Root): {labels?: string[]} {
  const labels = new Set<string>()
  const visit = (node: Nodes) => {
    if ((node.type === 'definition' || node.type === 'footnoteDefinition') && node.identifier)
      labels.add(node.identifier)
    else if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return labels.size > 0 ? {labels: [...labels]} : {}
}

/** An HTML comment addressed to translators: `<!-- l10n: Keep "pnpm" in lower case. -->`. */
const translatorNote = /^<!--\s*l10n:\s*([\s\S]*?)\s*-->\s*$/

/** Each note goes to the segment after it (the block the comment stands above). */
function attachNotes(segments: Segment[], notes: ReadonlyArray<{end: number; text: string}>): void {
  let index = 0
  for (const note of notes) {
    while (index < segments.length && segments[index]!.start < note.end) index++
    const segment = segments[index]
    if (segment) segment.note = segment.note ? `${segment.note}\n${note.text}` : note.text
  }
}

/**
 * A heading's text as generators slug it: inline code's text in, HTML tags, components and
 * kept atoms (`:emoji:`, `{.attributes}`) out.
 */
function headingText(node: Heading): string {
  const text = (nodes: readonly Nodes[]): string =>
    nodes
      .map((child) => {
        if (child.type === 'html' || child.type === 'keptInline' || child.type === 'mdxTextExpression') return ''
        if ('children' in child) return text(child.children)
        return 'value' in child ? child.value : ''
      })
      .join('')
  return text(node.children)
}

/**
 * Every heading's id: its explicit `{#id}`, or the slug of its source text by the dialect's
 * generator (`dialects/slugs.ts`), with the generator's numbering of duplicates on a page.
 */
function headingIds(
  tree: Root,
  source: string,
  lines: LineIndex,
  slug: Slugger
): {headings: HeadingInfo[]; anchors: Map<Heading, HeadingAnchor>} {
  const headings: HeadingInfo[] = []
  const anchors = new Map<Heading, HeadingAnchor>()
  const visit = (node: Nodes) => {
    if (node.type === 'heading') {
      const explicit = explicitHeadingId(node, source)
      const text = headingText(node).replace(trailingAttributes, '').trim()
      const anchor = {id: explicit ?? slug(text), explicit: explicit !== undefined}
      const last = node.children.at(-1)?.position?.end.offset ?? node.position?.end.offset ?? 0
      anchors.set(node, anchor)
      headings.push({...anchor, text, line: lines.line(node.position?.start.offset ?? 0), contentEnd: last})
      return
    }
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return {headings, anchors}
}
