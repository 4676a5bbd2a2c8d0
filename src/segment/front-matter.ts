/**
 * segment/front-matter: the configured front-matter fields (`title`, `description`) as segments.
 */
import type {Segment} from '../types.js'
import type {FrontMatterBlock} from './parse.js'
import type {LineIndex} from './build.js'

export function frontMatterSegments(block: FrontMatterBlock, fields: readonly string[], lines: LineIndex): Segment[] {
  const segments: Segment[] = []
  for (const field of fields) {
    const found = block.fields.get(field)
    if (!found || typeof found.value !== 'string' || found.value.trim().length === 0) continue
    segments.push({
      key: '',
      kind: 'frontMatter',
      field,
      text: found.value,
      start: found.start,
      end: found.end,
      line: lines.line(found.start),
      tokens: []
    })
  }
  return segments
}
