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
  /** What replaces it; `{lang}` and `{locale}` are the document's language, as the site names it (`/{lang}/`). */
  to: string
}

/** `markdown` with the URLs of its links, images and definitions that start with a `from` rewritten. */
export function rewriteLinks(markdown: string, language: string, rewrites: readonly LinkRewrite[]): string {
  if (rewrites.length === 0 || !rewrites.some(({from}) => markdown.includes(from))) return markdown
  return replaceUrls(markdown, (url) => {
    const rewrite = rewrites.find(({from}) => url.startsWith(from))
    return (
      rewrite && {
        length: rewrite.from.length,
        text: rewrite.to.replaceAll('{lang}', language).replaceAll('{locale}', language)
      }
    )
  })
}

/**
 * `markdown` with its `#fragment` links pointed at the ids their headings now have
 * (`headingIds: "translate"`: the generator slugs the translated heading): `retarget` gives a
 * link's new URL, or `undefined` to leave it.
 */
export function rewriteFragments(markdown: string, retarget: (url: string) => string | undefined): string {
  if (!markdown.includes('#')) return markdown
  return replaceUrls(markdown, (url) => {
    const next = url.includes('#') ? retarget(url) : undefined
    return next === undefined || next === url ? undefined : {length: url.length, text: next}
  })
}

/** Splice `replace`'s answer over the start of each link, image and definition URL it answers for. */
function replaceUrls(markdown: string, replace: (url: string) => {length: number; text: string} | undefined): string {
  const edits: Array<{start: number; end: number; text: string}> = []
  const walk = (node: Nodes) => {
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      const replacement = replace(node.url)
      if (replacement) {
        const {start, end} = {start: node.position.start.offset, end: node.position.end.offset}
        // The destination is written after the text (`[text](url)`, `[label]: url`): the last
        // occurrence in the node's source. A URL written with escapes or entities is not found
        // verbatim and is left as it is.
        const at = markdown.lastIndexOf(node.url, end)
        if (at >= start) edits.push({start: at, end: at + replacement.length, text: replacement.text})
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
