import {translated, type Check, type Report} from '../types.js'
import {plainText, quotedSpans} from '../util/text.js'
import {escapeRegExp} from '../../util/regexp.js'

/** Whether the source mentions a term (as a whole word where the term is alphabetic). */
function mentions(text: string, term: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u').test(text)
}

/**
 * Whether a translation contains a rendering. Words may take inflections (Russian Альтмана,
 * Arabic لألتمان): each word of the rendering must appear with at most its last two letters changed.
 */
function contains(text: string, rendering: string): boolean {
  if (text.includes(rendering)) return true
  const parts = rendering.split(/\s+/)
  if (parts.length === 0 || /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(rendering)) return false
  return parts.every((part) => {
    const letters = [...part]
    const stem = letters.slice(0, Math.max(3, letters.length - 2)).join('')
    return text.toLowerCase().includes(stem.toLowerCase())
  })
}

/** The project glossary, enforced. */
export const glossary: Check = {
  meta: {
    id: 'glossary',
    severity: 'error',
    description:
      'Glossary terms in the source are rendered as the project glossary requires, and do-not-translate terms stay as they are.',
    docs: 'The glossary file (`l10n/glossary.json` by default) maps source terms to the rendering each language must use (or a list of accepted renderings) and lists terms that stay as written (`OpenAI`, `Gate`) in every language without a rendering of their own. Inflected forms are accepted (a word may change its last two letters), and a quotation kept verbatim (a title left in its original language) keeps its terms as they are.',
    appliesTo: translated,
    judgesLanguage: true,
    messages: {
      term: '`{{term}}` must be rendered as `{{rendering}}`',
      keep: '`{{term}}` must stay as it is'
    }
  },
  scope: 'entry',
  check({entry, language, settings}) {
    const translation = plainText(entry.translation)
    // A quotation the translation keeps verbatim (an English title) keeps its terms as they are.
    let source = plainText(entry.source)
    for (const span of quotedSpans(source)) if (translation.includes(span)) source = source.split(span).join(' ')
    const reports: Report[] = []
    const handled = new Set<string>()
    // Longest terms first, each taken out of the source once checked: `Altman` inside `Sam Altman` is
    // the longer term's business, not a second problem.
    const terms = Object.entries(settings.glossary.terms).sort(([a], [b]) => b.length - a.length)
    for (const [term, renderings] of terms) {
      const rendering = renderings[language]
      if (rendering === undefined || !mentions(source, term)) continue
      handled.add(term)
      source = source.split(term).join(' ')
      const accepted = Array.isArray(rendering) ? rendering : [rendering]
      if (!accepted.some((form) => contains(translation, form)))
        reports.push({messageId: 'term', data: {term, rendering: accepted.join('` or `')}})
    }
    for (const term of settings.glossary.doNotTranslate) {
      if (handled.has(term) || settings.glossary.terms[term]?.[language] !== undefined || !mentions(source, term))
        continue
      if (!translation.includes(term)) reports.push({messageId: 'keep', data: {term}})
    }
    return reports
  }
}
