import type {Html} from 'mdast'
import type {Element, ElementContent, RootContent} from 'hast'
import type {HandlerContext} from '../context.js'
import type {InlineToken, Segment} from '../../types.js'
import {renumberTokens, segmentFromTokens} from '../build.js'
import {tokensToText} from '../inline.js'
import {codeElements, isNeverProse, isPhrasing, mayHoldProse, parseHtml, quotedValue} from '../html.js'
import {defaultProseAttributes} from '../../dialects/types.js'
import {InputError} from '../../util/errors.js'

const defaultAttributes: ReadonlySet<string> = new Set(defaultProseAttributes)

/** Elements with nothing inside that a translator could see: atoms in a run (`<2/>`). */
const voidElements = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr'
])

/** Template tags (`{{ $frontmatter.title }}`) inside HTML text stay as they are, as atoms. */
const templateTag = /(\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\})/

/**
 * Raw HTML (a block such as `<p align="center">Fast</p>`, or one tag inside a paragraph): the
 * prose attributes of its elements (`alt`, `title`, the `proseAttributes` setting), each a segment
 * of its quoted value, and each run of text and phrasing elements (`<summary>Why <b>pnpm</b>?</summary>`),
 * inline elements as numbered tags. Code (`<script>`, `<style>`, `<pre>`, `<code>`), comments, and
 * the values of `src`, `href`, `class`, `id`, `style`, `data-*` and event handlers never reach a
 * translator. Unquoted attribute values are not offered: a translation could not stay one value.
 */
export function html(node: Html, context: HandlerContext): Segment[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  const prose = context.proseAttributes ?? defaultAttributes
  if (start === undefined || end === undefined || !mayHoldProse(node.value, prose)) return []
  const at = sourceOffsets(node.value, context.source, start, end)
  if (!at) return []
  const segments: Segment[] = []
  const run: ElementContent[] = []
  const flush = () => {
    const segment = runSegment(run.splice(0), node.value, at, context)
    if (segment) segments.push(segment)
  }
  const visit = (children: readonly RootContent[]) => {
    for (const child of children) {
      const phrasing = child.type === 'element' && isPhrasing(child)
      // A block's children are visited next; a phrasing element's attributes are its subtree's.
      if (child.type === 'element') attributeSegments(child, phrasing, at, node.value, prose, context, segments)
      if (child.type === 'text' || child.type === 'comment' || phrasing) {
        run.push(child as ElementContent)
        continue
      }
      flush()
      if (child.type === 'element' && !codeElements.has(child.tagName)) visit(child.children)
    }
    flush()
  }
  try {
    visit(parseHtml(node.value).children)
  } catch (error) {
    // The parser and the walks recurse: thousands of nested elements overflow the stack.
    if (error instanceof RangeError)
      throw new InputError('the HTML is nested too deeply to read', context.file, context.lines.line(start))
    throw error
  }
  return segments
}

/** Offsets into the source of a document for offsets into an html node's value. */
type OffsetMap = (offset: number) => number

/**
 * In a blockquote or list item the node's value lacks each continuation line's `> ` or
 * indentation: each value line is mapped to the end of its source line. `undefined` when the
 * lines do not match (a tab partly taken as indentation).
 */
function sourceOffsets(value: string, source: string, start: number, end: number): OffsetMap | undefined {
  if (source.slice(start, end) === value) return (offset) => start + offset
  const valueStarts: number[] = []
  const sourceStarts: number[] = []
  let valueStart = 0
  let sourceLineEnd = start
  for (const [index, line] of value.split('\n').entries()) {
    let contentStart = start
    if (index > 0) {
      const lineStart = source.indexOf('\n', sourceLineEnd) + 1
      if (lineStart === 0 || lineStart > end) return undefined
      const next = source.indexOf('\n', lineStart)
      sourceLineEnd = Math.min(next === -1 ? source.length : next, end)
      contentStart = sourceLineEnd - line.length
      if (contentStart < lineStart) return undefined
    } else sourceLineEnd = start + line.length
    if (source.slice(contentStart, contentStart + line.length) !== line) return undefined
    valueStarts.push(valueStart)
    sourceStarts.push(contentStart)
    valueStart += line.length + 1
  }
  return (offset) => {
    let line = valueStarts.length - 1
    while (line > 0 && valueStarts[line]! > offset) line--
    return sourceStarts[line]! + offset - valueStarts[line]!
  }
}

/** The prose attributes of one element (and with `deep` of its descendants), each a segment of its quoted value. */
function attributeSegments(
  element: Element,
  deep: boolean,
  at: OffsetMap,
  value: string,
  prose: ReadonlySet<string>,
  context: HandlerContext,
  segments: Segment[]
): void {
  if (codeElements.has(element.tagName)) return
  if (deep)
    for (const child of element.children)
      if (child.type === 'element') attributeSegments(child, true, at, value, prose, context, segments)
  const written = element.data?.position?.properties
  if (!written) return
  for (const [property, position] of Object.entries(written)) {
    const text = element.properties[property]
    const from = position?.start.offset
    const to = position?.end.offset
    if (typeof text !== 'string' || !hasLetters(text) || from === undefined || to === undefined) continue
    const attribute = quotedValue(value.slice(from, to))
    if (!attribute || !prose.has(attribute.name) || isNeverProse(attribute.name)) continue
    const start = at(from + attribute.open)
    const segment: Segment = {
      key: '',
      kind: 'attribute',
      text,
      start,
      end: at(to - 1),
      line: context.lines.line(start),
      tokens: [],
      quote: attribute.quote,
      html: true
    }
    // A tag split over lines is inline HTML in a paragraph; on one line it could start an HTML
    // block. A value written over lines keeps a line break, continued with its line's prefix.
    const lineBreak = value.indexOf('\n', from + attribute.open)
    if (lineBreak !== -1 && lineBreak < to - 1) {
      const next = at(lineBreak + 1)
      const continued = next === at(lineBreak) + 1 ? next : context.source.lastIndexOf('\n', next - 1) + 1
      segment.linePrefix = context.source.slice(continued, next)
    }
    segments.push(segment)
  }
}

/**
 * One run of text and phrasing elements as a segment: whitespace and atoms at its edges are left
 * out, and an element around all of it (`<p><strong>Note</strong></p>`) is unwrapped.
 */
function runSegment(
  run: readonly ElementContent[],
  value: string,
  at: OffsetMap,
  context: HandlerContext
): Segment | undefined {
  if (!run.some((node) => (node.type === 'text' && hasLetters(node.value)) || node.type === 'element')) return undefined
  let tokens = run.flatMap((node) => tokensOf(node, value, at, context.source))
  for (;;) {
    tokens = trimEdges(tokens, context.source)
    const only = tokens[0]
    if (tokens.length !== 1 || only?.type !== 'element') break
    tokens = only.children
  }
  tokens = renumberTokens(mergeText(tokens))
  if (!hasLetters(tokensToText(tokens).replace(/<\/?\d+\/?>/g, ''))) return undefined
  const segment = segmentFromTokens('html', tokens, context.source, context.lines)
  if (!segment) return undefined
  // Translated HTML text is written on one line: a line prefix never continues it.
  delete segment.linePrefix
  return {...segment, html: true}
}

/**
 * The tokens of one node of a run (ids are numbered once the run is trimmed). Text is cut in the
 * node's value, whose lines lack their container's prefix (`> `), then placed in the source:
 * whitespace at its edges, template tags and the text between are tokens of their own.
 */
function tokensOf(node: ElementContent, value: string, at: OffsetMap, source: string): InlineToken[] {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined) return []
  if (node.type === 'text') {
    const raw = value.slice(from, to)
    const lead = /^[ \t\r\n]*/.exec(raw)![0].length
    const trail = lead === raw.length ? 0 : /[ \t\r\n]*$/.exec(raw)![0].length
    const decoded = node.value.replace(/^[ \t\n]+/, '').replace(/[ \t\n]+$/, '')
    const tokens: InlineToken[] = []
    const text = (start: number, end: number, text: string) =>
      tokens.push({type: 'text', value: text, start: at(start), end: at(end)})
    if (lead > 0) text(from, from + lead, ' ')
    const inner = raw.slice(lead, raw.length - trail)
    // Pieces of the source and of the decoded value pair up unless an entity sits in a template tag.
    const pieces = inner.split(templateTag)
    const values = decoded.split(templateTag)
    if (pieces.length !== values.length) tokens.push({type: 'atom', id: 0, start: at(from + lead), end: at(to - trail)})
    else {
      let cursor = from + lead
      for (const [index, piece] of pieces.entries()) {
        if (!piece) continue
        if (index % 2 === 1) tokens.push({type: 'atom', id: 0, start: at(cursor), end: at(cursor + piece.length)})
        else text(cursor, cursor + piece.length, values[index]!)
        cursor += piece.length
      }
    }
    if (trail > 0) text(to - trail, to, ' ')
    return tokens
  }
  const start = at(from)
  const end = at(to)
  if (
    node.type !== 'element' ||
    voidElements.has(node.tagName) ||
    codeElements.has(node.tagName) ||
    !node.children.some(holdsText)
  ) {
    return [{type: 'atom', id: 0, start, end}]
  }
  const opening = node.data?.position?.opening
  const closing = node.data?.position?.closing
  const children = node.children.flatMap((child) => tokensOf(child, value, at, source))
  const last = children.at(-1)
  const contentEnd = last ? (last.type === 'element' ? last.close.end : last.end) : end
  const openEnd = opening?.end.offset === undefined ? start : at(opening.end.offset)
  // An element closed by the parser (`<li>a<li>b`) has no closing tag: it closes where its content ends.
  const close =
    closing?.start.offset === undefined || closing.end.offset === undefined
      ? {start: contentEnd, end: contentEnd}
      : {start: at(closing.start.offset), end: at(closing.end.offset)}
  return [{type: 'element', id: 0, open: {start, end: openEnd}, close, children}]
}

/** Adjacent text tokens as one (the whitespace cut off a text node, where it stays inside a run). */
function mergeText(tokens: readonly InlineToken[]): InlineToken[] {
  const merged: InlineToken[] = []
  for (const token of tokens) {
    const previous = merged.at(-1)
    if (token.type === 'text' && previous?.type === 'text')
      merged[merged.length - 1] = {...previous, value: previous.value + token.value, end: token.end}
    else merged.push(token.type === 'element' ? {...token, children: mergeText(token.children)} : token)
  }
  return merged
}

function holdsText(node: ElementContent): boolean {
  if (node.type === 'text') return /\S/.test(node.value)
  return node.type === 'element' && !codeElements.has(node.tagName) && node.children.some(holdsText)
}

/** Leave out whitespace and atoms at both edges of a run; template tags stay, a translation may move them. */
function trimEdges(tokens: InlineToken[], source: string): InlineToken[] {
  const list = [...tokens]
  const blank = (token: InlineToken | undefined) =>
    token !== undefined &&
    (token.type === 'atom' ? !source.startsWith('{', token.start) : token.type === 'text' && !/\S/.test(token.value))
  while (blank(list[0])) list.shift()
  while (blank(list.at(-1))) list.pop()
  return list
}

/** Letters, not only digits or punctuation: `2024` and `→` are not offered. */
function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text)
}
