import type {Nodes} from 'mdast'
import type {Check, Report} from '../types.js'
import {segmentDocument} from '../../segment/index.js'
import {parseMarkdown} from '../../segment/parse.js'
import {forLastSource} from '../util/memo.js'

/** The URLs of a document's links and definitions, in document order. */
function linkUrls(markdown: string): string[] {
  const urls: string[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'link' || node.type === 'definition') urls.push(node.url)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(parseMarkdown(markdown))
  return urls
}

function fragmentOf(url: string): string {
  const fragment = url.slice(url.indexOf('#') + 1)
  try {
    return decodeURIComponent(fragment)
  } catch {
    return fragment
  }
}

const ids = (markdown: string) => new Set((segmentDocument(markdown).headings ?? []).map(({id}) => id))

/** The source's ids, found once for all its languages. */
const sourceIds = forLastSource(ids)

/** Links to a heading of the same page, or of another page of the project, still reach it in the localized page. */
export const anchors: Check = {
  meta: {
    id: 'anchors',
    severity: 'error',
    description:
      'A `#fragment` link that reaches a heading of the source page (or of another page of the project) reaches one of the localized page too.',
    docs: [
      'Generators give a heading without an explicit id the slug of its text (github-slugger: VitePress, Docusaurus, GitHub, Astro), so a translated heading gets another id and every `[…](#install)` link to it breaks. Each fragment that names a heading (or an explicit `{#id}`) of the source must name one of the localized document. Fix it for the whole project with `"headingIds": "pin"` (every translated heading keeps its source id) or `"translate"` (build points every such link at the translated heading), or give the heading an explicit `{#id}` in the source. Links broken in the source already are not reported.',
      '',
      'Links into another page of the project are followed the same way, to that page’s translation in the same language as build writes it: relative links (`setup.md#install`, `../guide/setup.md#install`, `./setup#install`, resolved against the linking page’s folder) and links under a `links` prefix (`/en/guide/setup/#install` with `{"from": "/en/"}`, the rest read as the page’s path in the source folder). Other site-absolute links are not followed: where a generator serves a page (its base path, a `slug` or `permalink` in front matter) is not in the project’s settings.',
      '',
      'A link build rewrites to the language’s page (`links`) is reported when that page is not written for the language (`"untranslatedDocuments": "omit"` and it has no translation). A language below its `minCoverage` is withdrawn whole, its linking pages with it, so nothing is left to report there.'
    ].join('\n'),
    messages: {
      unreached:
        'the link to `#{{fragment}}` reaches a heading in the source but none in this translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#{{fragment}}}`',
      unreachedElsewhere:
        'the link to `{{url}}` reaches a heading of `{{file}}` in the source but none in its translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#{{fragment}}}` in `{{file}}`',
      unbuilt:
        'the link to `{{url}}` is rewritten to this language’s page, but build does not write `{{file}}` in this language (it has no translation and `untranslatedDocuments` is `"omit"`); translate `{{file}}`, or set `"untranslatedDocuments": "copy"`'
    }
  },
  scope: 'document',
  check({source, localized, spliced, linked}) {
    if (!linked && !localized.includes('#')) return []
    const written = linkUrls(localized)
    // Rewritten URLs stay in place, so the links before and after the rewrite pair up in order
    // (were they to differ, `structure` reports it).
    const before = spliced === undefined ? written : linkUrls(spliced)
    const paired = before.length === written.length
    const reports = new Map<string, Report>()
    let own: {source: Set<string>; localized: Set<string>} | undefined
    written.forEach((url, index) => {
      const sourceUrl = paired ? before[index]! : url
      if (sourceUrl.startsWith('#')) {
        own ??= {source: sourceIds(source), localized: ids(localized)}
        const fragment = fragmentOf(sourceUrl)
        if (own.source.has(fragment) && !own.localized.has(fragmentOf(url)))
          reports.set(`#${fragment}`, {messageId: 'unreached', data: {fragment}})
        return
      }
      const target = linked?.resolve(sourceUrl)
      if (!target) return
      if (target.rewritten && !target.built)
        reports.set(sourceUrl, {messageId: 'unbuilt', data: {url: sourceUrl, file: target.file}})
      else if (
        target.fragment !== '' &&
        target.sourceIds.has(target.fragment) &&
        !target.localizedIds.has(url.includes('#') ? fragmentOf(url) : '')
      ) {
        reports.set(sourceUrl, {
          messageId: 'unreachedElsewhere',
          data: {url: sourceUrl, file: target.file, fragment: target.fragment}
        })
      }
    })
    return [...reports.values()]
  }
}
