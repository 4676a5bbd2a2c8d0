import {translated, type Check, type Report} from '../types.js'
import {inlineCodes} from '../../interchange/codes.js'
import {markupUrl} from '../../assemble/link-urls.js'

/**
 * The language's own URLs a translation keeps (meta `urls`, recorded by `import --from` where the
 * translator linked the localized page of an external site): shown, so a team sees which links of
 * the language differ from the source's, and told apart from those the source no longer has.
 */
export const localizedLinks: Check = {
  meta: {
    id: 'localized-links',
    severity: 'warning',
    description:
      'Lists the links whose URL the language keeps in place of the source’s (a page the translator localized).',
    docs: "When `import --from` finds that a human translation links the same page in its own language (`https://developer.mozilla.org/fr/docs/…` where the source links `/en-US/docs/…`), it keeps the translator's URL in the meta (`urls`), and `build` writes it instead of the source's. This check shows each such URL, and says when the source no longer links the URL it replaced (the source was edited since: the language's URL is no longer written; review it).",
    appliesTo: translated,
    messages: {
      localized: 'build writes `{{url}}` (the language’s page) in place of the source’s `{{source}}`',
      gone: 'the language’s `{{url}}` replaced `{{source}}`, which the source no longer links: it is not written'
    }
  },
  scope: 'entry',
  check({entry, segment, sourceDocument}) {
    if (!entry.urls) return []
    const linked = new Set<string>()
    if (segment && sourceDocument !== undefined) {
      for (const code of inlineCodes(segment, sourceDocument).values()) {
        const url = code.type === 'link' || code.type === 'image' ? markupUrl(code.markup) : undefined
        if (url !== undefined) linked.add(url)
      }
    }
    const known = segment !== undefined && sourceDocument !== undefined
    return Object.entries(entry.urls).map(
      ([source, url]): Report => ({messageId: !known || linked.has(source) ? 'localized' : 'gone', data: {url, source}})
    )
  }
}
