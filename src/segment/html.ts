/**
 * segment/html: raw HTML in markdown, read with parse5 (through hast-util-from-html, with the
 * positions of tags and attributes). Shared by the `html` handler (what a translator is offered)
 * and the structure check (what a translation must not change). The parser loads on the first
 * html node that could hold prose: most html nodes (`<br>`, `</div>`, `<kbd>`) never need it.
 */
import type {Element, Nodes as HastNodes, Root as HastRoot} from 'hast'
import {lazyModule} from '../util/lazy.js'

const fromHtml = lazyModule<typeof import('hast-util-from-html')>('hast-util-from-html')

/** Parse an html node's value as a fragment; parse5 recovers from any input, it never throws. */
export function parseHtml(value: string): HastRoot {
  return fromHtml().fromHtml(value, {fragment: true, verbose: true})
}

/** Elements whose content is code or raw text, never prose: their subtree is never offered. */
export const codeElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'pre',
  'code',
  'textarea',
  'template',
  'svg',
  'math',
  'samp',
  'iframe',
  'object',
  'noscript'
])

/** Code elements that sit inside prose: a run keeps them as atoms (`<n/>`). */
const inlineCode = new Set(['code', 'samp', 'svg', 'math'])

/**
 * Phrasing elements (HTML's "phrasing content" that carries text): inside a run of prose they
 * become numbered tags. Unknown (custom) elements count as phrasing when all they hold is.
 */
const phrasingElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'button',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'input',
  'ins',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'font',
  'picture',
  'source',
  'video',
  'audio',
  'meter',
  'progress',
  'output',
  'select',
  'option'
])

/** Elements that are blocks: text inside them is a segment of its own, never part of a run around them. */
const blockElements = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'col',
  'colgroup',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul'
])

/** Whether an element sits inside a run of prose (phrasing, with only phrasing inside). */
export function isPhrasing(node: Element): boolean {
  if (inlineCode.has(node.tagName)) return true
  if (codeElements.has(node.tagName)) return false
  if (blockElements.has(node.tagName)) return false
  if (!phrasingElements.has(node.tagName) && node.children.length === 0) return false
  return node.children.every((child) => child.type !== 'element' || isPhrasing(child))
}

/**
 * Attributes whose values are never prose, whatever `proseAttributes` says: URLs, selectors,
 * styles, data and event handlers. The structure check keeps their values.
 */
export function isNeverProse(name: string): boolean {
  return /^(?:src|srcset|href|class|id|style|data-.*|on.*)$/.test(name)
}

/** The attribute test per list of prose attributes (one list per project, a new set per document). */
const attributeTests = new Map<string, RegExp>()

/**
 * The cheap test before parsing: text after a tag (`>` then a non-space before any `<`), or a
 * prose attribute's name followed by `=`. Raw-text blocks (`<script setup>`, `<style>`, `<pre>`)
 * are skipped whole.
 */
export function mayHoldProse(value: string, prose: ReadonlySet<string>): boolean {
  if (/^\s*<(?:script|style|pre|textarea)\b/i.test(value)) return false
  if (/>\s*[^\s<]/.test(value)) return true
  const list = [...prose].join(' ')
  let test = attributeTests.get(list)
  if (!test) {
    const names = [...prose].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    test = names.length > 0 ? new RegExp(`\\s(?:${names.join('|')})\\s*=`, 'i') : /(?!)/
    if (attributeTests.size > 16) attributeTests.clear()
    attributeTests.set(list, test)
  }
  return test.test(value)
}

/** An attribute's name and the range of its quoted value, read from its source (`name="value"`). */
export function quotedValue(written: string): {name: string; open: number; quote: string} | undefined {
  const match = /^([^\s=]+)\s*=\s*(["'])/.exec(written)
  if (!match || written[written.length - 1] !== match[2]) return undefined
  return {name: match[1]!.toLowerCase(), open: match[0].length, quote: match[2]!}
}

/**
 * The shape of an html node for the structure check: its elements, attribute names, the values
 * of attributes that are never prose, comments and the content of code elements; the text and
 * prose attributes a translation changes are left out. Values without anything to translate
 * are kept as written. The html handler offers no more than this leaves out.
 */
export function htmlShape(value: string): string {
  // Any attribute may be prose (the setting is the project's): only tags alone are kept as written.
  if (/^\s*<(?:script|style|pre|textarea)\b/i.test(value) || !/>\s*[^\s<]|=/.test(value)) return value
  // The html nodes of a localized page are mostly its source's, word for word: shaped once.
  const known = shapes.get(value)
  if (known !== undefined) return known
  if (shapes.size >= 4096) shapes.clear()
  let shape = ''
  const visit = (node: HastNodes, code: boolean): void => {
    if (node.type === 'comment') shape += `<!--${node.value}-->`
    else if (node.type === 'text') {
      if (code) shape += node.value
    } else if (node.type === 'element') {
      const written = node.data?.position?.properties ?? {}
      const attributes = Object.keys(written).map((property) => {
        const name = /^[^\s=]+/.exec(sourceOf(value, written[property]))?.[0]?.toLowerCase() ?? property
        return isNeverProse(name) ? `${name}=${JSON.stringify(node.properties[property])}` : name
      })
      shape += `<${[node.tagName, ...attributes].join(' ')}>`
      for (const child of node.children) visit(child, code || codeElements.has(node.tagName))
      shape += `</${node.tagName}>`
    } else if ('children' in node) for (const child of node.children) visit(child, code)
  }
  visit(parseHtml(value), false)
  shapes.set(value, shape)
  return shape
}

const shapes = new Map<string, string>()

function sourceOf(
  value: string,
  position: {start: {offset?: number}; end: {offset?: number}} | null | undefined
): string {
  return position ? value.slice(position.start.offset ?? 0, position.end.offset ?? 0) : ''
}
