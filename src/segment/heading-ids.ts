/**
 * segment/heading-ids: explicit heading ids, `## Title {#id}` (VitePress, Docusaurus, mdBook,
 * Hugo, kramdown's `{: #id}`) and attribute lists (`## Title { #id .class }`, MkDocs), which never
 * reach a translator and are kept byte for byte. Found in the source text rather than by a
 * micromark extension: in MDX `{#id}` is an expression to the parser, so before parsing they are
 * blanked (as Docusaurus escapes them before its MDX parse), and in a caller's tree they are cut
 * off the heading's last text.
 */
import type {Heading} from 'mdast'
import type {HeadingAnchor} from '../types.js'

/**
 * An attribute list at the end of a heading line: `{#id}`, `{: #id}`, `{ #id .class key=value }`,
 * `{.class}`, or, in Docusaurus's MDX (which refuses `{#id}` as an expression), the escaped id its own
 * preprocessor writes, `\{#id}`, or the MDX comment `{/* #id *\/}` of its `write-heading-ids` (3.10).
 */
const attributes = String.raw`\{:?[ \t]*[#.][^\s{}]+(?:[ \t]+[^{}\r\n]*?)?[ \t]*\}|\\\{#[^\s{}\\]+\}|\{\/\*[ \t]*#[^\s{}*]+[ \t]*\*\/\}`

/** The attribute list ending a heading's content (with the blanks before it). */
export const trailingAttributes = new RegExp(String.raw`[ \t]+(${attributes})[ \t]*$`)

/** ATX heading lines (in blockquotes and list items too) that end with an attribute list. */
const headingLine = new RegExp(
  String.raw`^((?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*#{1,6}[ \t][^\r\n]*?[ \t])(${attributes})([ \t]*)$`,
  'gm'
)

/** The document with the attribute lists of its ATX headings blanked (offsets unchanged). */
export function blankHeadingAttributes(markdown: string): string {
  if (!markdown.includes('{')) return markdown
  return markdown.replace(
    headingLine,
    (_, before: string, list: string, after: string) => before + ' '.repeat(list.length) + after
  )
}

/** The explicit id of a heading, read from the source after its content. */
export function explicitHeadingId(node: Heading, source: string): string | undefined {
  const start = node.children[0]?.position?.start.offset ?? node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return undefined
  const lineEnd = source.slice(start, end).search(/\r?\n/)
  const match = trailingAttributes.exec(
    source.slice(start, lineEnd === -1 ? end : start + lineEnd).replace(/[ \t]#+[ \t]*$/, '')
  )
  return match ? /#([^\s{}.*]+)/.exec(match[1]!)?.[1] : undefined
}

export type {HeadingAnchor}
