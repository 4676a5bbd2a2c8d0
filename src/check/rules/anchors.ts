import type {Nodes} from 'mdast'
import type {Check} from '../types.js'
import {segmentDocument} from '../../segment/index.js'
import {parseMarkdown} from '../../segment/parse.js'
import {forLastSource} from '../util/memo.js'

/** The `#fragment`s a document links to within itself (links, images and definitions). */
function fragments(markdown: string): Set<string> {
  const found = new Set<string>()
  const walk = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'definition') && node.url.startsWith('#') && node.url.length > 1) {
      try {
        found.add(decodeURIComponent(node.url.slice(1)))
      } catch {
        found.add(node.url.slice(1))
      }
    }
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(parseMarkdown(markdown))
  return found
}

const ids = (markdown: string) => new Set((segmentDocument(markdown).headings ?? []).map(({id}) => id))

/** The source's ids, found once for all its languages. */
const sourceIds = forLastSource(ids)

/** Links to a heading of the same page still reach it in the localized page. */
export const anchors: Check = {
  meta: {
    id: 'anchors',
    severity: 'error',
    description: 'A `#fragment` link that reaches a heading of the source page reaches one of the localized page too.',
    docs: 'Generators give a heading without an explicit id the slug of its text (github-slugger: VitePress, Docusaurus, GitHub, Astro), so a translated heading gets another id and every `[…](#install)` link to it breaks. Each fragment that names a heading (or an explicit `{#id}`) of the source must name one of the localized document. Fix it for the whole project with `"headingIds": "pin"` (every translated heading keeps its source id), or give the heading an explicit `{#id}` in the source. Links broken in the source already are not reported.',
    messages: {unreached: 'the link to `#{{fragment}}` reaches a heading in the source but none in this translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#{{fragment}}}`'}
  },
  scope: 'document',
  check({source, localized}) {
    if (!localized.includes('#')) return []
    const wanted = [...fragments(localized)]
    if (wanted.length === 0) return []
    const inSource = sourceIds(source)
    const inLocalized = ids(localized)
    return wanted.filter((fragment) => inSource.has(fragment) && !inLocalized.has(fragment)).map((fragment) => ({messageId: 'unreached', data: {fragment}}))
  }
}
