import type {Definition, Image, Link} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {hasTranslatableText} from '../inline.js'

const closers: Record<string, string> = {'"': '"', "'": "'", ')': '('}

/**
 * The title of a link, image or definition (`[a](url "title")`, `[a]: url 'title'`). A title is
 * always the last thing in its construct, so it is found by scanning back from the end.
 */
export function titleSegment(
  node: Link | Image | Definition,
  start: number,
  end: number,
  context: HandlerContext
): Segment[] {
  if (!node.title || !hasTranslatableText(node.title)) return []
  const {source} = context
  let close = end - 1
  if (node.type !== 'definition') {
    if (source[close] !== ')') return []
    close--
  }
  while (close > start && /\s/.test(source[close]!)) close--
  const opener = closers[source[close]!]
  if (!opener) return []
  let open = close - 1
  while (open > start && !(source[open] === opener && source[open - 1] !== '\\')) open--
  if (open <= start) return []
  return [
    {
      key: '',
      kind: 'title',
      text: node.title,
      start: open + 1,
      end: close,
      line: context.lines.line(open),
      tokens: [],
      quote: source[close]
    }
  ]
}

/** Links and definitions contribute their titles. */
export function link(node: Link | Definition, context: HandlerContext): Segment[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  return titleSegment(node, start, end, context)
}
