import type {Paragraph} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {tokenize, tokensToText, hasTranslatableText} from '../inline.js'
import {renumberTokens, segmentFromTokens} from '../build.js'
import {splitLines, looksLikeUiLines} from '../lines.js'

/**
 * A paragraph: one segment, or one per line when its soft-broken lines are UI strings or bullets.
 * A paragraph directly in a list item is a `listItem` segment.
 */
export function paragraph(node: Paragraph, context: HandlerContext): Segment[] {
  const tokens = tokenize(node.children, context.source, {next: 1})
  const lines = splitLines(tokens, context.source)
  if (lines && looksLikeUiLines(lines.map((line) => ({text: tokensToText(line.tokens), bullet: line.bullet})))) {
    const segments: Segment[] = []
    for (const line of lines) {
      const segment = segmentFromTokens('line', renumberTokens(line.tokens), context.source, context.lines)
      if (segment && hasTranslatableText(segment.text)) segments.push(line.bullet ? {...segment, marker: line.bullet} : segment)
    }
    return segments
  }
  // A container's title (`::: tip Title`) and a directive's label (`:::note[Title]`) are paragraphs in mdast.
  const kind = node.data?.containerTitle || (node.data as {directiveLabel?: boolean} | undefined)?.directiveLabel ? 'containerTitle' : context.parent?.type === 'listItem' ? 'listItem' : 'paragraph'
  const segment = segmentFromTokens(kind, tokens, context.source, context.lines)
  return segment && hasTranslatableText(segment.text) ? [segment] : []
}
