import {translated, type Check} from '../types.js'
import {plainText, sentences, words, identifyLanguage, baseLanguage, withoutNamesAndQuotes} from '../util/text.js'

/** Ordinary words (names, quotations and asides removed) a sentence needs before it is identified. */
const minimumWords = 6
/** Lower-case words a copied run needs: a run of names or identifiers is not a sentence. */
const minimumPlainWordsInRun = 5
/** Consecutive source words that, copied verbatim, are a sentence left behind. */
const copiedRun = 8

/** A partial translation: sentences still in the source language. */
export const sourceLeftBehind: Check = {
  meta: {
    id: 'source-left-behind',
    severity: 'error',
    description: 'A translation still carries whole sentences of the source language.',
    docs: 'Each sentence of the translation (`Intl.Segmenter`) with at least six ordinary words (names, quotations and asides set aside) is identified with ELD, an n-gram language detector; a sentence confidently in the source language is reported. A run of eight consecutive source words (five of them ordinary lower-case words) copied verbatim is reported too. Catches partial translations that an equality check misses.',
    appliesTo: translated,
    judgesLanguage: true,
    messages: {
      sourceSentence: 'a sentence is still in the source language ({{language}}): "{{sentence}}"',
      copiedWords: '{{count}} consecutive source words are copied: "{{run}}"'
    }
  },
  scope: 'entry',
  check({entry, language, sourceLanguage}) {
    const source = baseLanguage(sourceLanguage)
    if (baseLanguage(language) === source) return []
    const translation = plainText(entry.translation)
    for (const sentence of sentences(translation, language)) {
      // Names, brands, quotations, asides and identifiers are shared across languages: judge the rest.
      const ordinary = withoutNamesAndQuotes(sentence).replace(/\([^)]*\)/g, ' ')
      if (words(ordinary, language).length < minimumWords) continue
      if (identifyLanguage(ordinary, baseLanguage(language)) === source)
        return [{messageId: 'sourceSentence', data: {language: sourceLanguage, sentence}}]
    }
    const sourceWords = words(plainText(entry.source), sourceLanguage)
    const translated = ` ${words(translation, language)
      .map((word) => word.toLowerCase())
      .join(' ')} `
    for (let start = 0; start + copiedRun <= sourceWords.length; start++) {
      const slice = sourceWords.slice(start, start + copiedRun)
      if (slice.filter((word) => /^\p{Ll}{2,}$/u.test(word)).length < minimumPlainWordsInRun) continue
      const run = slice.join(' ').toLowerCase()
      if (translated.includes(` ${run} `)) return [{messageId: 'copiedWords', data: {count: copiedRun, run}}]
    }
    return []
  }
}
