import type {Image, ImageReference} from 'mdast'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {hasTranslatableText} from '../inline.js'
import {titleSegment} from './title.js'

/**
 * An image's alt text (`![alt](url)`), and its title. The alt is found in the source as the
 * bracketed label after `![`, balanced as CommonMark requires, so it is replaced in place.
 */
export function image(node: Image | ImageReference, context: HandlerContext): Segment[] {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return []
  const segments: Segment[] = []
  const labelEnd = closingBracket(context.source, start + 2, end)
  const alt = node.alt ?? ''
  if (labelEnd !== undefined && hasTranslatableText(alt) && labelEnd > start + 2) {
    // In `![alt][]` and `![alt]` the alt is also the reference label: a translated alt is written
    // as a full reference, `![Texte][alt]`, so the segment runs to the end of the image.
    const shortReference = node.type === 'imageReference' && node.referenceType !== 'full'
    segments.push({
      key: '',
      kind: 'alt',
      text: alt,
      start: start + 2,
      end: shortReference ? end : labelEnd,
      line: context.lines.line(start),
      tokens: [],
      ...(shortReference ? {referenceLabel: context.source.slice(start + 2, labelEnd)} : {})
    })
  }
  if (node.type === 'image') segments.push(...titleSegment(node, start, end, context))
  return segments
}

/** Offset of the `]` that closes a label opened just before `from`. */
function closingBracket(source: string, from: number, limit: number): number | undefined {
  let depth = 0
  for (let index = from; index < limit; index++) {
    const character = source[index]
    if (character === '\\') index++
    else if (character === '[') depth++
    else if (character === ']') {
      if (depth === 0) return index
      depth--
    }
  }
  return undefined
}
