import type {Nodes} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {InputError} from '../../util/errors.js'

/**
 * A container (`::: tip Title`, markdown-it) or container directive (`:::note[Title]`): its fence
 * lines, name and attributes never reach a translator; its title is a paragraph child and its
 * content is segmented as any content. A container the document never closes is refused: its
 * generator would take the rest of the page into it.
 */
export function container(node: Nodes, context: HandlerContext): Segment[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  const text = context.source.slice(start, end).replace(/\r?\n$/, '')
  const lastLineStart = text.lastIndexOf('\n') + 1
  const opening = text.split(/\r?\n/, 1)[0]!.trim()
  const closing = /^[ \t]*(:{3,})[ \t]*$/.exec(text.slice(lastLineStart))
  // The last line closes this container when it is a long enough fence and no child holds it (an inner container's fence).
  const children = 'children' in node ? node.children : []
  const childEnd = Math.max(0, ...children.map((child) => child.position?.end.offset ?? 0))
  const closed =
    lastLineStart > 0 &&
    closing !== null &&
    closing[1]!.length >= /^:+/.exec(opening)![0].length &&
    childEnd <= start + lastLineStart
  if (!closed) {
    throw new InputError(
      `container \`${opening}\` is never closed: add a \`${/^:+/.exec(opening)![0]}\` line after its content`,
      context.file,
      context.lines.line(start)
    )
  }
  return []
}
