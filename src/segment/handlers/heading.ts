import type {Heading} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {tokenize, hasTranslatableText} from '../inline.js'
import {segmentFromTokens} from '../build.js'

/** `# Title` and setext headings: one segment for the heading's content. */
export function heading(node: Heading, context: HandlerContext): Segment[] {
  const segment = segmentFromTokens('heading', tokenize(node.children, context.source, {next: 1}), context.source, context.lines)
  return segment && hasTranslatableText(segment.text) ? [segment] : []
}
