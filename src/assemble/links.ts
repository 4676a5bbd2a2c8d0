/**
 * assemble/links: link and image URLs of a localized document rewritten to the language's pages
 * (`{"from": "/en/", "to": "/{lang}/"}`, the convention of Astro's and many i18n sites), spliced
 * into the document so every other byte stays.
 */
import type {Nodes} from 'mdast'
import {parseMarkdown} from '../segment/parse.js'

export interface LinkRewrite {
  /** A URL prefix of the source's links (`/en/`, `https://example.com/en/`). */
  from: string
  /** What replaces it; `{lang}` is the document's language (`/{lang}/`). */
  to: string
}

/** `markdown` with the URLs of its links, images and definitions that start with a `from` rewritten. */
export function rewriteLinks(markdown: string, language: string, rewrites: readonly LinkRewrite[]): string {
  if (rewrites.length === 0 || !rewrites.some(({from}) => markdown.includes(from))) return markdown
  const edits: Array<{start: number; end: number; text: string}> = []
  const walk = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      const rewrite = rewrites.find(({from}) => node.url.startsWith(from))
      if (rewrite) {
        const {start, end} = {start: node.position.start.offset, end: node.position.end.offset}
        // The destination is written after the text (`[text](url)`, `[label]: url`): the last
        // occurrence in the node's source. A URL written with escapes or entities is not found
        // verbatim and is left as it is.
        const at = markdown.lastIndexOf(node.url, end)
        if (at >= start) edits.push({start: at, end: at + rewrite.from.length, text: rewrite.to.replaceAll('{lang}', language)})
      }
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(parseMarkdown(markdown))
  edits.sort((a, b) => a.start - b.start)
  let result = ''
  let cursor = 0
  for (const edit of edits) {
    if (edit.start < cursor) continue
    result += markdown.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return result + markdown.slice(cursor)
}
