import type {Paragraph, PhrasingContent} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {InlineToken, Segment} from '../../types.js'
import {tokenize, tokensToText, hasTranslatableText} from '../inline.js'
import {renumberTokens, segmentFromTokens} from '../build.js'
import {splitLines, looksLikeUiLines} from '../lines.js'

/**
 * A paragraph: one segment, or one per line when its soft-broken lines are UI strings or bullets.
 * A paragraph directly in a list item is a `listItem` segment.
 */
export function paragraph(node: Paragraph, context: HandlerContext): Segment[] {
  const tokens = withoutTrailingAttributes(
    withoutAlertMarker(
      tokenize(withoutTagLines(node.children, context.source), context.source, {next: 1}),
      node,
      context
    ),
    node
  )
  const lines = splitLines(tokens, context.source)
  if (lines && looksLikeUiLines(lines.map((line) => ({text: tokensToText(line.tokens), bullet: line.bullet})))) {
    const segments: Segment[] = []
    for (const line of lines) {
      const segment = segmentFromTokens('line', renumberTokens(line.tokens), context.source, context.lines)
      if (segment && hasTranslatableText(segment.text))
        segments.push(line.bullet ? {...segment, marker: line.bullet} : segment)
    }
    return segments
  }
  // A container's title (`::: tip Title`) and a directive's label (`:::note[Title]`) are paragraphs in mdast.
  const kind =
    node.data?.containerTitle || (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel
      ? 'containerTitle'
      : context.parent?.type === 'listItem'
        ? 'listItem'
        : 'paragraph'
  const segment = segmentFromTokens(kind, tokens, context.source, context.lines)
  return segment && hasTranslatableText(segment.text) ? [segment] : []
}

/** The type marker of a GitHub alert, `> [!NOTE]`, alone on its line (GitHub, VitePress, and many sites). */
const alertMarker = /^\[![A-Za-z]+\][ \t]*(?:\r?\n[ \t>]*|$)/

/**
 * The first paragraph of a blockquote that starts with an alert's marker: the marker is kept as
 * it is, outside the segment, and the alert's text is the segment. (No maintained micromark
 * extension reads alerts; GitHub and VitePress find the marker in the quote's first text, as here.)
 */
function withoutAlertMarker(tokens: InlineToken[], node: Paragraph, context: HandlerContext): InlineToken[] {
  const first = tokens[0]
  if (first?.type !== 'text' || context.parent?.type !== 'blockquote' || context.parent.children[0] !== node)
    return tokens
  const marker = alertMarker.exec(context.source.slice(first.start, first.end))
  if (!marker) return tokens
  const start = first.start + marker[0].length
  if (start >= first.end) return tokens.slice(1)
  // The value has no `>` of the quote's lines: the marker and the blanks after it are cut off it alone.
  return [
    {...first, start, value: first.value.replace(/^\[![A-Za-z]+\][ \t]*(?:\r?\n[ \t]*)?/, '')},
    ...tokens.slice(1)
  ]
}

/**
 * An attribute block ending the paragraph (markdown-it-attrs, `::: details Title {open}`,
 * `Text {.note}`) applies to the block only there: it stays outside the segment, where neither a
 * translator's word order nor pseudo-localization's brackets can move it.
 */
function withoutTrailingAttributes(tokens: InlineToken[], node: Paragraph): InlineToken[] {
  const last = node.children.at(-1)
  const token = tokens.at(-1)
  if (
    last?.type !== 'keptInline' ||
    !last.value.startsWith('{') ||
    token?.type !== 'atom' ||
    token.start !== last.position?.start.offset
  )
    return tokens
  return tokens.slice(0, -1)
}

/**
 * The paragraph's content without the template tags that stand alone on its last lines
 * (kramdown's `{: .note}` attribute list, a shortcode): they stay on their own lines, outside
 * the segment, where a translation written on one line would have pulled them onto its line.
 */
function withoutTagLines(children: PhrasingContent[], source: string): PhrasingContent[] {
  let end = children.length
  while (end > 1) {
    const last = children[end - 1]!
    const start = last.position?.start.offset
    if (last.type !== 'templateSyntax' || start === undefined) break
    const lineStart = source.lastIndexOf('\n', start - 1) + 1
    if (
      source
        .slice(lineStart, start)
        .trim()
        .replace(/^[>\s]*/, '') !== ''
    )
      break
    end--
  }
  return end === children.length ? children : children.slice(0, end)
}
