import type {TableCell} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {tokenize, hasTranslatableText} from '../inline.js'
import {segmentFromTokens} from '../build.js'

/** A GFM table cell: one segment per cell. */
export function tableCell(node: TableCell, context: HandlerContext): Segment[] {
  const segment = segmentFromTokens('tableCell', tokenize(node.children, context.source, {next: 1}), context.source, context.lines)
  return segment && hasTranslatableText(segment.text) ? [segment] : []
}
