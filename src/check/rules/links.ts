import {translated, type Check, type Report} from '../types.js'
import {parseTags, type TagNode} from '../../segment/tags.js'
import {inlineCodes} from '../../interchange/codes.js'
import {markupUrl} from '../../assemble/link-urls.js'

/** What a container tag wraps: its text, folded, and the atoms inside it. */
interface Wrapped {
  text: string
  atoms: Set<number>
}

function wrapped(
  nodes: readonly TagNode[],
  found = new Map<number, Wrapped>(),
  open: Wrapped[] = []
): Map<number, Wrapped> {
  for (const node of nodes) {
    if (node.type === 'text') for (const outer of open) outer.text += node.value
    else if (node.type === 'atom') for (const outer of open) outer.atoms.add(node.id)
    else {
      const inner = {text: '', atoms: new Set<number>()}
      found.set(node.id, inner)
      wrapped(node.children, found, [...open, inner])
    }
  }
  for (const value of found.values())
    value.text = value.text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()
  return found
}

/**
 * A link tag keeps pointing where its text points: `<n>` of the translation wraps what the
 * source's `<n>` wraps, not what another link of the source wraps. Build writes the source's URL
 * of `<n>` around whatever the translation put in `<n>`, so two swapped tags swap the targets.
 */
export const links: Check = {
  meta: {
    id: 'links',
    severity: 'error',
    description: 'Each link tag of the translation wraps the text its source tag wraps, not the text of another link.',
    docs: "A link travels as a numbered tag: `Read <1>the guide</1> before <2>the API</2>.` is built with the source's URL of `<1>` around whatever the translation puts in `<1>`. A translation that writes `Lisez <1>l’API</1> avant <2>le guide</2>` has its links swapped, and the `tags` check cannot see it. This check reports a link tag that wraps what another link of the source wraps, to another URL: the same inline code or image, or the same text (a name left untranslated).",
    appliesTo: translated,
    messages: {
      elsewhere:
        '`<{{tag}}>` wraps what the source’s `<{{other}}>` wraps (`{{otherUrl}}`), but build links it to `{{url}}`'
    }
  },
  scope: 'entry',
  check({entry, segment, sourceDocument}) {
    if (!segment || sourceDocument === undefined) return []
    const urls = new Map<number, string>()
    for (const code of inlineCodes(segment, sourceDocument).values()) {
      const url = code.kind === 'element' && code.type === 'link' ? markupUrl(code.markup) : undefined
      if (url !== undefined) urls.set(code.id, url)
    }
    if (urls.size < 2) return []
    let source: Map<number, Wrapped>
    let translation: Map<number, Wrapped>
    try {
      source = wrapped(parseTags(entry.source))
      translation = wrapped(parseTags(entry.translation))
    } catch {
      return []
    }
    const reports: Report[] = []
    for (const [tag, url] of urls) {
      const theirs = translation.get(tag)
      const own = source.get(tag)
      if (!theirs || !own) continue
      const other = [...urls].find(
        ([id, otherUrl]) => id !== tag && otherUrl !== url && identifies(theirs, own, source.get(id))
      )
      if (other) reports.push({messageId: 'elsewhere', data: {tag, url, other: other[0], otherUrl: other[1]}})
    }
    return reports
  }
}

/** Whether what a translated tag wraps is another source tag's (an atom of it, or its very text) rather than its own. */
function identifies(theirs: Wrapped, own: Wrapped, other: Wrapped | undefined): boolean {
  if (!other) return false
  const atom = [...theirs.atoms].some((id) => other.atoms.has(id) && !own.atoms.has(id))
  const text = other.text !== '' && theirs.text === other.text && own.text !== other.text
  return atom || text
}
