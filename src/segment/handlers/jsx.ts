import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx'
import type {HandlerContext} from '../context.js'
import type {Segment} from '../../types.js'
import {hasTranslatableText} from '../inline.js'
import {defaultProseAttributes} from '../../dialects/types.js'

const defaultAttributes: ReadonlySet<string> = new Set(defaultProseAttributes)

/**
 * An MDX JSX element (`<TabItem value="npm" label="Use npm">`): its prose attributes, each a
 * segment of its quoted value. The element's name, its other attributes and expression values
 * (`label={…}`) never reach a translator; its children are segmented as any content.
 */
export function jsxElement(node: MdxJsxFlowElement | MdxJsxTextElement, context: HandlerContext): Segment[] {
  const prose = context.proseAttributes ?? defaultAttributes
  const segments: Segment[] = []
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !prose.has(attribute.name) || typeof attribute.value !== 'string')
      continue
    const start = attribute.position?.start.offset
    const end = attribute.position?.end.offset
    if (start === undefined || end === undefined || !hasTranslatableText(attribute.value)) continue
    const written = context.source.slice(start, end)
    const open = written.search(/["']/)
    const quote = written[open]
    if (open === -1 || written[written.length - 1] !== quote) continue
    segments.push({
      key: '',
      kind: 'attribute',
      text: attribute.value,
      start: start + open + 1,
      end: end - 1,
      line: context.lines.line(start),
      tokens: [],
      quote
    })
  }
  return segments
}
