/**
 * assemble/render: one segment's translation → the markdown that replaces the segment's range.
 *
 * Text is escaped; every tag is rebuilt from the exact source bytes of the markup it stands for,
 * so links keep their URLs and code stays code. Image alts and titles nested in a segment's
 * markup are rendered in place too.
 */
import type {InlineToken, Segment, SegmentedDocument} from '../types.js'
import {parseTags, type TagNode} from '../segment/tags.js'
import {escapeAlt, escapeAttribute, escapeHtmlAttribute, escapeHtmlText, escapeText, escapeTitle} from './escape.js'
import {tomlValue, yamlValue} from './front-matter.js'

/** A translation whose tags do not match its source segment's. */
export class TagMismatchError extends Error {}

/** Looks up the translation of a segment; `undefined` keeps the source text. */
export type TranslationLookup = (segment: Segment) => string | undefined

/** Renders ranges of one document with its nested segments translated. */
export class SegmentRenderer {
  private readonly document: SegmentedDocument
  private readonly lookup: TranslationLookup
  /** Segments whose translation could not be used, with why. */
  readonly fallbacks: Array<{segment: Segment; reason: string}> = []

  constructor(document: SegmentedDocument, lookup: TranslationLookup) {
    this.document = document
    this.lookup = lookup
  }

  /** The markdown of `[start, end)` with every segment inside it replaced by its rendering. */
  renderRange(start: number, end: number, exclude?: Segment): string {
    const {source, segments} = this.document
    let output = ''
    let cursor = start
    // Segments are sorted by start: binary search the first one that can lie inside the range.
    let low = 0
    let high = segments.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (segments[middle]!.start < start) low = middle + 1
      else high = middle
    }
    for (let index = low; index < segments.length; index++) {
      const segment = segments[index]!
      if (segment.start >= end) break
      if (segment === exclude || segment.start < cursor || segment.end > end) continue
      output += source.slice(cursor, segment.start) + this.renderSegment(segment)
      cursor = segment.end
    }
    return output + source.slice(cursor, end)
  }

  /** The markdown for one segment: its translation when usable, else its source. */
  renderSegment(segment: Segment): string {
    const translation = this.lookup(segment)
    if (translation === undefined || translation === segment.text) {
      return this.renderRange(segment.start, segment.end, segment)
    }
    try {
      return this.renderTranslation(segment, translation)
    } catch (error) {
      if (!(error instanceof TagMismatchError)) throw error
      this.fallbacks.push({segment, reason: error.message})
      return this.renderRange(segment.start, segment.end, segment)
    }
  }

  private renderTranslation(segment: Segment, translation: string): string {
    switch (segment.kind) {
      case 'frontMatter':
        return (this.document.frontMatter?.format === 'toml' ? tomlValue : yamlValue)(this.document.source.slice(segment.start, segment.end), translation)
      case 'alt':
        return segment.referenceLabel === undefined ? escapeAlt(translation) : `${escapeAlt(translation)}][${segment.referenceLabel}]`
      case 'title':
        return escapeTitle(translation, segment.quote ?? '"')
      case 'attribute':
        if (!segment.html) return escapeAttribute(translation, segment.quote ?? '"')
        return keepLineBreak(escapeHtmlAttribute(translation, segment.quote ?? '"'), segment.linePrefix)
      default:
        return this.renderInline(segment, translation)
    }
  }

  private renderInline(segment: Segment, translation: string): string {
    let tree: TagNode[]
    try {
      tree = parseTags(translation)
    } catch (error) {
      throw new TagMismatchError((error as Error).message)
    }
    const byId = new Map<number, InlineToken>()
    const collect = (tokens: readonly InlineToken[]) => {
      for (const token of tokens) {
        if (token.type === 'text') continue
        byId.set(token.id, token)
        if (token.type === 'element') collect(token.children)
      }
    }
    collect(segment.tokens)
    // Text a translation keeps verbatim keeps its source bytes: a literal `*` next to emphasis
    // stays unescaped, so delimiter runs (which depend on their neighbours) parse as before.
    const sourceText = new Map<string, {value: string; start: number; end: number}>()
    const index = (tokens: readonly InlineToken[], parent: number) => {
      let previous = 0
      for (const token of tokens) {
        if (token.type === 'text') {
          if (!this.document.source.slice(token.start, token.end).includes('\n')) sourceText.set(`${parent}:${previous}`, token)
          continue
        }
        if (token.type === 'element') index(token.children, token.id)
        previous = token.id
      }
    }
    index(segment.tokens, 0)
    const seen = new Set<number>()
    const prefix = segment.linePrefix ?? ''
    const table = segment.kind === 'tableCell'
    const braces = this.document.escapeBraces === true
    const colons = this.document.escapeColons === true
    let atLineStart = segment.kind === 'paragraph' || segment.kind === 'listItem' || segment.kind === 'line'
    const render = (nodes: readonly TagNode[], parent = 0): string => {
      let output = ''
      let previous = 0
      for (const node of nodes) {
        if (node.type === 'text') {
          const kept = sourceText.get(`${parent}:${previous}`)
          if (kept && kept.value === node.value) output += this.document.source.slice(kept.start, kept.end)
          else output += segment.html ? escapeHtmlText(node.value, braces) : escapeText(node.value, {lineStart: atLineStart, table, braces, colons}, prefix)
          // `!` before a tag whose markup starts with `[` would turn a link into an image.
          if (!segment.html && output.endsWith('!') && !output.endsWith('\\!')) output = `${output.slice(0, -1)}\\!`
          atLineStart = false
          continue
        }
        const token = byId.get(node.id)
        if (!token) throw new TagMismatchError(`\`<${node.id}>\` is not a tag of the source`)
        if (seen.has(node.id)) throw new TagMismatchError(`\`<${node.id}>\` is used twice`)
        seen.add(node.id)
        previous = node.id
        atLineStart = false
        if (token.type === 'atom') {
          if (node.type !== 'atom') throw new TagMismatchError(`\`<${node.id}/>\` must stay self-closing`)
          output += token.replacement ?? this.renderRange(token.start, token.end)
        } else if (token.type === 'element') {
          if (node.type !== 'element') throw new TagMismatchError(`\`<${node.id}>…</${node.id}>\` must keep its content`)
          const close = token.closeWhenTranslated ?? this.renderRange(token.close.start, token.close.end)
          output += this.renderRange(token.open.start, token.open.end) + render(node.children, node.id) + close
        }
      }
      return output
    }
    let output = render(tree)
    if (seen.size !== byId.size) {
      const missing = [...byId.keys()].filter((id) => !seen.has(id))
      throw new TagMismatchError(`tag${missing.length > 1 ? 's' : ''} ${missing.map((id) => `\`<${id}>\``).join(', ')} missing`)
    }
    // A trailing `#` would be read as the heading's closing sequence.
    if (segment.kind === 'heading' && output.endsWith('#')) output = `${output.slice(0, -1)}\\#`
    return output
  }
}

/**
 * An HTML attribute value the source wrote over lines keeps one line break (its last space), so
 * its tag still does not fit on one line: on one line, a tag that starts a paragraph would start
 * an HTML block instead.
 */
function keepLineBreak(value: string, linePrefix: string | undefined): string {
  if (linePrefix === undefined) return value
  const space = value.lastIndexOf(' ')
  return space === -1 ? `${value}\n${linePrefix}` : `${value.slice(0, space)}\n${linePrefix}${value.slice(space + 1)}`
}
