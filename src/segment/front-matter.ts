/**
 * segment/front-matter: the configured front-matter fields as segments: top-level ones (`title`,
 * `description`) and nested ones by path (`hero.tagline`, `features.*.title`).
 */
import type {Segment} from '../types.js'
import type {FrontMatterBlock} from './parse.js'
import type {LineIndex} from './build.js'

/** Whether a field's path matches a configured one, where `*` stands for any key or index (`features.*.title`). */
function matches(pattern: string, path: string): boolean {
  const wanted = pattern.split('.')
  const parts = path.split('.')
  return wanted.length === parts.length && wanted.every((part, index) => part === '*' || part === parts[index])
}

export function frontMatterSegments(block: FrontMatterBlock, fields: readonly string[], lines: LineIndex): Segment[] {
  const segments: Segment[] = []
  const paths = [...block.fields.keys()]
  const chosen = fields.flatMap((pattern) =>
    pattern.includes('*') ? paths.filter((path) => matches(pattern, path)) : [pattern]
  )
  for (const field of new Set(chosen)) {
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
