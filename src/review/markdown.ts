/**
 * review/markdown: markdown → sanitized hast, for the previews and for the inline markup of one
 * segment. remark-parse (with the segmenter's GFM and math) → remark-rehype → rehype-sanitize
 * (GitHub's schema, which is what readers of a rendered page on a forge see); raw HTML in the
 * markdown is dropped by remark-rehype and anything left that could run is removed by the schema.
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import remarkRehype from 'remark-rehype'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import {visit, SKIP} from 'unist-util-visit'
import type {Element, ElementContent, Root} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {h} from 'hastscript'
import {readFrontMatter} from '../segment/parse.js'
import {parseTags} from '../segment/tags.js'
import {SegmentRenderer} from '../assemble/render.js'
import type {Segment, SegmentedDocument} from '../types.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath, {singleDollarTextMath: false})

/** One processor per id prefix: footnote ids of two previews on one page must not collide. */
const transformers = new Map<string, ReturnType<typeof transformerFor>>()

function transformerFor(prefix: string) {
  // remark-rehype prefixes the ids it makes and the links to them alike; the sanitizer would
  // prefix the ids again (not the links), and no other id gets this far (raw HTML is dropped).
  return unified()
    .use(remarkRehype, {clobberPrefix: prefix})
    .use(rehypeSanitize, {...defaultSchema, clobberPrefix: ''})
    .use(placeholderImages)
    .use(prefixFootnoteLabel, prefix)
}

/** remark-rehype names the footnotes' heading `footnote-label` whatever the prefix: two previews would share it. */
function prefixFootnoteLabel(prefix: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.properties.id === 'footnote-label') node.properties.id = `${prefix}footnote-label`
      const described = node.properties.ariaDescribedBy
      if (Array.isArray(described))
        node.properties.ariaDescribedBy = described.map((id) =>
          id === 'footnote-label' ? `${prefix}footnote-label` : id
        )
      else if (described === 'footnote-label') node.properties.ariaDescribedBy = `${prefix}footnote-label`
    })
  }
}

/**
 * Images become their alt text and address: the review site fetches nothing, and a remote image
 * in a preview would be a request leaving the reviewer's machine.
 */
function placeholderImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return
      const alt = String(node.properties.alt ?? '')
      const source = String(node.properties.src ?? '')
      parent.children[index] = h('span.image', {title: source}, [`🖼 ${alt || 'image'}`])
      return SKIP
    })
  }
}

/** Markdown (no front matter) → sanitized hast children; `prefix` namespaces the ids it makes. */
export function markdownToHast(markdown: string, prefix = 'preview-'): ElementContent[] {
  let transformer = transformers.get(prefix)
  if (!transformer) transformers.set(prefix, (transformer = transformerFor(prefix)))
  const tree = transformer.runSync(parser.parse(markdown) as MdastRoot) as Root
  return tree.children.filter((node): node is ElementContent => node.type !== 'doctype')
}

/** A whole document as readers see it: its front matter left out (its fields are segments). */
export function documentPreview(markdown: string, prefix: string): ElementContent[] {
  const bom = markdown.startsWith('\uFEFF') ? 1 : 0
  const frontMatter = readFrontMatter(markdown, bom)
  return markdownToHast(markdown.slice(frontMatter ? frontMatter.end : bom), prefix)
}

/**
 * The link reference definitions of a document (`[label]: url`), as written: a segment rendered
 * on its own needs them for `[text][label]` to stay a link.
 */
export function linkDefinitions(markdown: string): string {
  const tree = parser.parse(markdown) as MdastRoot
  const definitions: string[] = []
  visit(tree, 'definition', (node) => {
    const {start, end} = node.position ?? {}
    if (start?.offset !== undefined && end?.offset !== undefined)
      definitions.push(markdown.slice(start.offset, end.offset).trim())
  })
  return definitions.join('\n')
}

/** Kinds whose text carries inline markup; the others (alt, title, front matter) are plain text. */
const inlineKinds = new Set<Segment['kind']>(['heading', 'paragraph', 'listItem', 'tableCell', 'line'])

export interface InlineRendering {
  content: ElementContent[]
  /** Why a translation's markup could not be rendered (its tags do not match the source's). */
  unusable?: string
}

/**
 * One segment's text (the source's when `translation` is undefined) with its inline markup
 * rendered: the numbered tags become the emphasis, links and code they stand for, rebuilt from
 * the source's markup as `build` does. Text without tags stays a text node: nothing in it is
 * read as markup.
 */
export function renderSegment(
  document: SegmentedDocument,
  segment: Segment,
  translation: string | undefined,
  definitions: string
): InlineRendering {
  const text = translation ?? segment.text
  if (!inlineKinds.has(segment.kind)) return {content: [{type: 'text', value: text}]}
  if (translation !== undefined) {
    let tree
    try {
      tree = parseTags(translation)
    } catch (error) {
      return {content: [{type: 'text', value: translation}], unusable: (error as Error).message}
    }
    if (tree.every((node) => node.type === 'text')) return {content: [{type: 'text', value: translation}]}
  } else if (segment.tokens.every((token) => token.type === 'text')) return {content: [{type: 'text', value: text}]}
  const renderer = new SegmentRenderer(document, (asked) => (asked === segment ? translation : undefined))
  let markdown = renderer.renderSegment(segment)
  const fallback = renderer.fallbacks.find((entry) => entry.segment === segment)
  if (fallback) return {content: [{type: 'text', value: text}], unusable: fallback.reason}
  // Continuation lines carry their container's prefix (`> `): the segment is rendered outside it.
  if (segment.linePrefix)
    markdown = markdown
      .split('\n')
      .map((line, index) =>
        index > 0 && line.startsWith(segment.linePrefix!) ? line.slice(segment.linePrefix!.length) : line
      )
      .join('\n')
  const [first, ...rest] = markdownToHast(`${markdown}\n\n${definitions}`, 'segment-')
  const block = first as Element | undefined
  return {
    content:
      block?.type === 'element' && block.tagName === 'p' && rest.every((node) => node.type === 'text')
        ? block.children
        : [first, ...rest].filter((node) => node !== undefined)
  }
}
