import {translated, type Check} from '../types.js'
import {stripTags} from '../../segment/tags.js'

/** Constructs a translation must not add. */
const dangers: Array<{name: string; pattern: RegExp}> = [
  {name: 'raw HTML', pattern: /<\/?[a-zA-Z][\w:-]*[\s/>]|<!--/g},
  {name: 'a script or event handler', pattern: /<script|\bon[a-z]+\s*=|javascript:(?!\s|$)/gi},
  {name: 'a markdown link or image', pattern: /\]\(|\]\[|^\[[^\]]+\]:/gm},
  {name: 'a URL', pattern: /\bhttps?:\/\/|\bwww\.|\bmailto:/gi}
]

function count(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length
}

/** No HTML, script or link that the source did not have. */
export const markupSafety: Check = {
  meta: {
    id: 'markup-safety',
    severity: 'error',
    description: 'A translation introduces no raw HTML, script, link or URL that its source segment did not have.',
    docs: 'Translations come from people and tools outside the docs team. `build` escapes what a translation types so it stays text, but a translation that tries to add HTML (`<img onerror=…>`), a `javascript:` URL, a markdown link or a bare URL (which GFM would turn into a link) is reported here so a reviewer sees it.',
    appliesTo: translated,
    messages: {added: 'adds {{construct}} that the source does not have'}
  },
  scope: 'entry',
  check({entry}) {
    const source = stripTags(entry.source)
    const translation = stripTags(entry.translation)
    return dangers
      .filter(({pattern}) => count(translation, pattern) > count(source, pattern))
      .map(({name}) => ({messageId: 'added', data: {construct: name}}))
  }
}
