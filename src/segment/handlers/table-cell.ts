import type {TableCell} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {tokenize, hasTranslatableText} from '../inline.js'
import {segmentFromTokens} from '../build.js'
import {stripTags} from '../tags.js'

/** A GFM table cell: one segment per cell with words in it (a cell of numbers, `3` or `$0`, has nothing to translate). */
export function tableCell(node: TableCell, context: HandlerContext): Segment[] {
  const segment = segmentFromTokens(
    'tableCell',
    tokenize(node.children, context.source, {next: 1}),
    context.source,
    context.lines
  )
  return segment && hasTranslatableText(segment.text) && /\p{L}/u.test(stripTags(segment.text)) ? [segment] : []
}
