import {translated, type Check} from '../types.js'
import {plainText, baseLanguage, isIdentifierLike, identifyLanguage} from '../util/text.js'
import {expectedScript} from '../util/script.js'
import {onlyCodeWords} from '../util/code-words.js'

/** A translation identical to its source, where there is evidence it was not translated. */
export const untranslated: Check = {
  meta: {
    id: 'untranslated',
    severity: 'error',
    description: 'A translation is identical to its source text where it should not be.',
    docs: "Copying the source into the translation hides a missing translation from coverage. It needs evidence: a language written in another script (Japanese `Plan` for English `Plan`), or, in the same script, at least `minimumWords` words (3) that the language identifier does not read as the target language. Short texts identical between related languages are normal (French `Installation`, German `Team`, `Enterprise`) and are not reported. Segments without letters (`0/400`, `01`), segments made only of glossary do-not-translate terms, names from code (`docker commit`, `qrCode`: at most three lower-case or identifier-shaped tokens) and texts whose every word the project also writes in its code (`Yarn` where a code block runs `yarn add`, `Markdoc` beside `@astrojs/markdoc`), formulas, and source texts listed in the config's `untranslated` allowlist may stay the same.",
    appliesTo: translated,
    judgesLanguage: true,
    defaultOptions: {minimumWords: 3},
    optionDocs: {minimumWords: 'in the same script, shorter texts identical to the source are taken as correct'},
    messages: {
      identical:
        'identical to the source text; if it is right as it is, add the source text to `untranslated` in md-l10n.config.json'
    }
  },
  scope: 'entry',
  check({entry, language, sourceLanguage, settings, options}) {
    if (entry.translation.trim() !== entry.source.trim()) return []
    if (baseLanguage(language) === baseLanguage(sourceLanguage)) return []
    if (settings.untranslated.has(entry.source.trim()) || isIdentifierLike(plainText(entry.source))) return []
    let rest = plainText(entry.source)
    for (const term of settings.glossary.doNotTranslate) rest = rest.split(term).join(' ')
    if (!/\p{L}/u.test(rest)) return []
    // A tool's name the project also writes in its code (`Yarn`, `yarn add`) is no evidence of prose.
    if (settings.codeWords && onlyCodeWords(rest, settings.codeWords)) return []
    if (expectedScript(language) === expectedScript(sourceLanguage)) {
      const words = rest.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length
      if (words < Number(options.minimumWords)) return []
      // Text the identifier reads as the target language, not the source's, was written for it.
      if (identifyLanguage(rest, baseLanguage(sourceLanguage)) === baseLanguage(language)) return []
    }
    return [{messageId: 'identical'}]
  }
}
