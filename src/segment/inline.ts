/**
 * segment/inline: mdast phrasing content → inline tokens → the tagged text a translator sees.
 *
 * Containers (emphasis, strong, delete, links) become `<n>…</n>`, everything a translator must
 * not touch (inline code, images, HTML, breaks, math, footnote references, autolinks) becomes `<n/>`.
 * Tags are numbered from 1 in document order, so every tag of a segment has its own number.
 */
import type {PhrasingContent} from 'mdast'
import type {InlineToken} from '../types.js'

// JSX elements and text directives with content hold text: `<kbd>Ctrl</kbd>` is `<1>Ctrl</1>`.
const containerTypes = new Set([
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement',
  'textDirective'
])

/** Counter shared by the tokens of one segment. */
export interface TagCounter {
  next: number
}

/** Turn phrasing nodes into tokens that point back into `source` by offset. */
export function tokenize(nodes: readonly PhrasingContent[], source: string, counter: TagCounter): InlineToken[] {
  const tokens: InlineToken[] = []
  for (const [index, node] of nodes.entries()) {
    let start = node.position?.start.offset
    let end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      // A node whose place in the source is unknown: keep the gap it sits in as it is written.
      const previous = tokens.at(-1)
      start = previous ? (previous.type === 'element' ? previous.close.end : previous.end) : undefined
      end = nodes.slice(index + 1).find((next) => next.position?.start.offset !== undefined)?.position?.start.offset
      if (start === undefined || end === undefined || end <= start || (previous?.type === 'atom' && previous.unplaced))
        continue
      tokens.push({type: 'atom', id: counter.next++, start, end, unplaced: true})
      continue
    }
    if (node.type === 'text') {
      tokens.push({type: 'text', value: node.value, start, end})
      continue
    }
    const children = 'children' in node ? (node.children as PhrasingContent[]) : []
    const first = children[0]?.position?.start.offset
    const last = children.at(-1)?.position?.end.offset
    // Autolinks (`<https://…>`, GFM literal `www.…`) are URLs: they never reach a translator.
    const isAutolink = node.type === 'link' && source[start] !== '['
    if (containerTypes.has(node.type) && !isAutolink && first !== undefined && last !== undefined) {
      const id = counter.next++
      // The label as written (escapes included) is the text of a collapsed or shortcut reference.
      const reference =
        node.type === 'linkReference' && node.referenceType !== 'full' ? `][${source.slice(first, last)}]` : undefined
      tokens.push({
        type: 'element',
        id,
        open: {start, end: first},
        close: {start: last, end},
        ...(reference ? {closeWhenTranslated: reference} : {}),
        children: tokenize(children, source, counter)
      })
      continue
    }
    if (isAutolink && node.type === 'link' && source[start] !== '<') {
      const text = source.slice(start, end).replace(/[\\[\]]/g, (character) => `\\${character}`)
      tokens.push({type: 'atom', id: counter.next++, start, end, replacement: `[${text}](<${node.url}>)`})
      continue
    }
    tokens.push({type: 'atom', id: counter.next++, start, end})
  }
  return tokens
}

/** The raw tagged text of tokens, line breaks included. */
function rawText(tokens: readonly InlineToken[]): string {
  let text = ''
  for (const token of tokens) {
    if (token.type === 'text') text += token.value
    else if (token.type === 'atom') text += `<${token.id}/>`
    else text += `<${token.id}>${rawText(token.children)}</${token.id}>`
  }
  return text
}

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u

/**
 * The text a translator sees. Soft line breaks are unwrapped: to a space, or to nothing between
 * two CJK characters (which are written without spaces), as mdpo does; reassembly reproduces the
 * original wrapping when the text is unchanged.
 */
export function tokensToText(tokens: readonly InlineToken[]): string {
  return rawText(tokens)
    .replace(
      /(.?)[ \t]*\r?\n[ \t]*(.?)/gu,
      (_, before: string, after: string) => before + (cjk.test(before) && cjk.test(after) ? '' : ' ') + after
    )
    .trim()
}

/** Whether a segment's text has anything to translate (a letter or a digit outside tags). */
export function hasTranslatableText(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text.replace(/<\/?\d+\/?>/g, ''))
}
