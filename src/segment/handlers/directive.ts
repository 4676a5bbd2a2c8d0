import type {LeafDirective} from 'mdast-util-directive'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {tokenize, hasTranslatableText} from '../inline.js'
import {segmentFromTokens} from '../build.js'

/** A leaf directive (`::youtube[Video of the talk]{#id}`): its label is a segment, like a title. */
export function leafDirective(node: LeafDirective, context: HandlerContext): Segment[] {
  const segment = segmentFromTokens(
    'containerTitle',
    tokenize(node.children, context.source, {next: 1}),
    context.source,
    context.lines
  )
  return segment && hasTranslatableText(segment.text) ? [segment] : []
}
