import {translated, type Check} from '../types.js'
import {plainText, baseLanguage, isIdentifierLike} from '../util/text.js'

/** A translation identical to its source. */
export const untranslated: Check = {
  meta: {
    id: 'untranslated',
    severity: 'error',
    description: 'A translation is identical to its source text where it should not be.',
    docs: 'Copying the source into the translation hides a missing translation from coverage. Segments without letters (`0/400`, `01`), segments made only of glossary do-not-translate terms, and names from code (`docker commit`, `qrCode`: at most three lower-case or identifier-shaped tokens) and source texts listed in the config\'s `untranslated` allowlist (names, product labels) may stay the same.',
    appliesTo: translated,
    messages: {identical: 'identical to the source text'}
  },
  scope: 'entry',
  check({entry, language, sourceLanguage, settings}) {
    if (entry.translation.trim() !== entry.source.trim()) return []
    if (baseLanguage(language) === baseLanguage(sourceLanguage)) return []
    if (settings.untranslated.has(entry.source.trim()) || isIdentifierLike(plainText(entry.source))) return []
    let rest = plainText(entry.source)
    for (const term of settings.glossary.doNotTranslate) rest = rest.split(term).join(' ')
    if (!/\p{L}/u.test(rest)) return []
    return [{messageId: 'identical'}]
  }
}
