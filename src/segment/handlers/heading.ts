import type {Heading} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {InlineToken, Segment} from '../../types.js'
import {tokenize, hasTranslatableText} from '../inline.js'
import {segmentFromTokens} from '../build.js'
import {trailingAttributes} from '../heading-ids.js'

/**
 * `# Title` and setext headings: one segment for the heading's content. An attribute list after
 * it (`{#id}`) stays outside the segment: in a caller's tree it is the end of the last text.
 */
export function heading(node: Heading, context: HandlerContext): Segment[] {
  const tokens = withoutAttributes(tokenize(node.children, context.source, {next: 1}))
  const segment = segmentFromTokens('heading', tokens, context.source, context.lines)
  if (!segment || !hasTranslatableText(segment.text)) return []
  const anchor = context.headingAnchors?.get(node)
  return [anchor ? {...segment, anchor} : segment]
}

function withoutAttributes(tokens: InlineToken[]): InlineToken[] {
  const last = tokens.at(-1)
  if (last?.type !== 'text') return tokens
  const match = trailingAttributes.exec(last.value)
  if (!match) return tokens
  const value = last.value.slice(0, match.index)
  return value.length === 0
    ? tokens.slice(0, -1)
    : [...tokens.slice(0, -1), {...last, value, end: last.end - (last.value.length - value.length)}]
}
