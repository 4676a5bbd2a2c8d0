/**
 * assemble/render: one segment's translation → the markdown that replaces the segment's range.
 *
 * Text is escaped; every tag is rebuilt from the exact source bytes of the markup it stands for,
 * so links keep their URLs and code stays code. Image alts and titles nested in a segment's
 * markup are rendered in place too.
 */
import {withLanguageUrl} from './link-urls.js'
import type {InlineToken, Segment, SegmentedDocument} from '../types.js'
import {parseTags, type TagNode} from '../segment/tags.js'
import type {ConstructName} from 'mdast-util-to-markdown'
import {
  escapeAttribute,
  escapeDefinedLabels,
  escapeHtmlAttribute,
  escapeHtmlText,
  normalizeLineBreaks,
  type TextEscaper,
  type TextPlace
} from './escape.js'
import {documentEscaper} from './text-syntax.js'
import {tomlValue, yamlValue} from './front-matter.js'

/** A translation whose tags do not match its source segment's. */
export class TagMismatchError extends Error {}

/** Looks up the translation of a segment; `undefined` keeps the source text. */
export type TranslationLookup = (segment: Segment) => string | undefined

/** The language's own URLs for a segment's links, by the source's URL they replace (a translator's localized page). */
export type UrlLookup = (segment: Segment) => Readonly<Record<string, string>> | undefined

/** Renders ranges of one document with its nested segments translated. */
export class SegmentRenderer {
  private readonly document: SegmentedDocument
  private readonly lookup: TranslationLookup
  private readonly escaper: TextEscaper
  private readonly labels: ReadonlySet<string> | undefined
  private readonly urls: UrlLookup | undefined
  /** Segments whose translation could not be used, with why. */
  readonly fallbacks: Array<{segment: Segment; reason: string}> = []

  constructor(document: SegmentedDocument, lookup: TranslationLookup, urls?: UrlLookup) {
    this.document = document
    this.lookup = lookup
    this.escaper = documentEscaper(document)
    this.labels = document.labels ? new Set(document.labels) : undefined
    this.urls = urls
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
    if (translation === undefined || (translation === segment.text && this.urls?.(segment) === undefined)) {
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

  private renderTranslation(segment: Segment, raw: string): string {
    const translation = normalizeLineBreaks(raw)
    // Front matter has its own check of what its format can hold (a TOML value refuses the page).
    if (segment.kind === 'frontMatter') {
      return (this.document.frontMatter?.format === 'toml' ? tomlValue : yamlValue)(
        this.document.source.slice(segment.start, segment.end),
        translation
      )
    }
    // A lone surrogate cannot be written as UTF-8: the file would get U+FFFD in its place.
    if (loneSurrogate.test(raw)) throw new TagMismatchError('the translation has a lone surrogate (a broken character)')
    switch (segment.kind) {
      case 'alt': {
        const alt = this.escaper.escape(oneLine(translation), {
          before: '![',
          after: ']',
          stack: ['phrasing', 'image', 'label']
        })
        return segment.referenceLabel === undefined ? alt : `${alt}][${segment.referenceLabel}]`
      }
      case 'title':
        return this.renderTitle(oneLine(translation), segment.quote ?? '"')
      case 'attribute':
        if (!segment.html) return escapeAttribute(translation, segment.quote ?? '"')
        return keepLineBreak(escapeHtmlAttribute(translation, segment.quote ?? '"'), segment.linePrefix)
      default:
        return this.renderInline(segment, translation)
    }
  }

  /** A link or image title between `quote`s (a `)` quote: between parentheses). */
  private renderTitle(text: string, quote: string): string {
    // to-markdown writes no parenthesized titles (rare in the field): `\\`, `(` and `)` are escaped by hand.
    if (quote === ')') return text.replace(/[\\()]/g, '\\$&')
    const stack: ConstructName[] = ['phrasing', quote === "'" ? 'titleApostrophe' : 'titleQuote']
    return this.escaper.escape(text, {before: quote, after: quote, stack})
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
          if (!this.document.source.slice(token.start, token.end).includes('\n'))
            sourceText.set(`${parent}:${previous}`, token)
          continue
        }
        if (token.type === 'element') index(token.children, token.id)
        previous = token.id
      }
    }
    index(segment.tokens, 0)
    const seen = new Set<number>()
    const urls = this.urls?.(segment)
    const prefix = segment.linePrefix ?? ''
    const place = this.placeOf(segment)
    let output = ''
    // The first characters of what follows a node: the next tag's markup, the parent's closing markup, or the segment's end.
    const after = (nodes: readonly TagNode[], index: number, end: string): string => {
      const next = nodes[index + 1]
      if (!next) return end
      if (next.type === 'text') return next.value.slice(0, 2)
      const token = byId.get(next.id)
      if (!token || token.type === 'text') return ''
      if (token.type === 'atom')
        return token.replacement?.slice(0, 2) ?? this.document.source.slice(token.start, token.start + 2)
      return this.document.source.slice(token.open.start, token.open.start + 2)
    }
    const render = (nodes: readonly TagNode[], parent: number, end: string): void => {
      let previous = 0
      for (const [index, node] of nodes.entries()) {
        if (node.type === 'text') {
          const kept = sourceText.get(`${parent}:${previous}`)
          if (kept && kept.value === node.value) output += this.document.source.slice(kept.start, kept.end)
          else if (segment.html) output += escapeHtmlText(node.value, this.escaper.braces)
          else
            output += this.escapeInline(
              node.value,
              {
                before: output === '' ? place.before : output.slice(-8),
                after: after(nodes, index, end),
                stack: place.stack
              },
              prefix,
              place.oneLine
            )
          continue
        }
        const token = byId.get(node.id)
        if (!token) throw new TagMismatchError(`\`<${node.id}>\` is not a tag of the source`)
        if (seen.has(node.id)) throw new TagMismatchError(`\`<${node.id}>\` is used twice`)
        seen.add(node.id)
        previous = node.id
        if (token.type === 'atom') {
          if (node.type !== 'atom') throw new TagMismatchError(`\`<${node.id}/>\` must stay self-closing`)
          const markup = token.replacement ?? this.renderRange(token.start, token.end)
          output += urls ? withLanguageUrl(markup, false, urls) : markup
        } else if (token.type === 'element') {
          if (node.type !== 'element')
            throw new TagMismatchError(`\`<${node.id}>…</${node.id}>\` must keep its content`)
          const written = token.closeWhenTranslated ?? this.renderRange(token.close.start, token.close.end)
          const close = urls ? withLanguageUrl(written, true, urls) : written
          output += this.renderRange(token.open.start, token.open.end)
          render(node.children, node.id, close.slice(0, 2))
          output += close
        }
      }
    }
    render(tree, 0, place.after)
    if (seen.size !== byId.size) {
      const missing = [...byId.keys()].filter((id) => !seen.has(id))
      throw new TagMismatchError(
        `tag${missing.length > 1 ? 's' : ''} ${missing.map((id) => `\`<${id}>\``).join(', ')} missing`
      )
    }
    return output
  }

  /** Escaped text: one line where the construct is one line, else line breaks continued with `prefix`. */
  private escapeInline(value: string, place: TextPlace, prefix: string, oneLine: boolean): string {
    // No blank line (it would end the block) and no indentation (it would make code or nest a list).
    const text = oneLine ? value.replace(/[ \t]*\n\s*/g, ' ') : value.replace(/[ \t]*\n\s*/g, '\n')
    let trimmed = place.before === '' || place.before.endsWith('\n') ? text.replace(/^[ \t]+/, '') : text
    if (place.after === '' || /^[\r\n]/.test(place.after)) trimmed = trimmed.replace(/[ \t]+$/, '')
    const escaped = escapeDefinedLabels(this.escaper.escape(trimmed, place), this.labels)
    return prefix && !oneLine ? escaped.replace(/\n/g, `\n${prefix}`) : escaped
  }

  /** The constructs a segment's text is in, and what is around it in the output. */
  private placeOf(segment: Segment): {before: string; after: string; stack: ConstructName[]; oneLine: boolean} {
    const {source} = this.document
    const around = {
      before: source.slice(Math.max(0, segment.start - 8), segment.start),
      after: source.slice(segment.end, segment.end + 2)
    }
    switch (segment.kind) {
      case 'heading':
        return {before: around.before, after: '', stack: ['headingAtx', 'phrasing'], oneLine: true}
      case 'tableCell':
        return {...around, stack: ['table', 'tableCell', 'phrasing'], oneLine: true}
      case 'containerTitle':
        // `:::note[Title]`: a directive's label, whose `]` would end it; `::: tip Title`: the rest of the line.
        return {
          ...around,
          stack: source[segment.start - 1] === '[' ? ['phrasing', 'label'] : ['phrasing'],
          oneLine: true
        }
      default:
        // A `line` is one line of a paragraph of UI-like lines: it stays one.
        return {before: '\n', after: around.after, stack: ['paragraph', 'phrasing'], oneLine: segment.kind === 'line'}
    }
  }
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Line breaks in a construct that is one line (a title, an alt) become spaces. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\n\s*/g, ' ')
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
