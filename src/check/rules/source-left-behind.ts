import type {Check} from '../types.js'
import {plainText, sentences, words, identifyLanguage, baseLanguage} from '../util/text.js'

/** Words a run must have to count as a sentence left in the source language. */
const minimumWords = 5
/** Consecutive source words that, copied verbatim, are a sentence left behind. */
const copiedRun = 8

/** A partial translation: sentences still in the source language. */
export const sourceLeftBehind: Check = {
  meta: {
    id: 'source-left-behind',
    severity: 'error',
    description: 'A translation still carries whole sentences of the source language.',
    docs: 'Each sentence of the translation (`Intl.Segmenter`) with at least five words is identified with ELD, an n-gram language detector; a sentence confidently in the source language is reported. A run of eight or more consecutive source words copied verbatim is reported too. Catches partial translations that an equality check misses.',
    messages: {
      sourceSentence: 'a sentence is still in the source language ({{language}}): "{{sentence}}"',
      copiedWords: '{{count}} consecutive source words are copied: "{{run}}"'
    }
  },
  scope: 'entry',
  check({entry, language, sourceLanguage}) {
    if (entry.status !== 'current' && entry.status !== 'stale') return []
    const source = baseLanguage(sourceLanguage)
    if (baseLanguage(language) === source) return []
    const translation = plainText(entry.translation)
    for (const sentence of sentences(translation, language)) {
      if (words(sentence, language).length < minimumWords) continue
      if (identifyLanguage(sentence) === source) return [{messageId: 'sourceSentence', data: {language: sourceLanguage, sentence}}]
    }
    const sourceWords = words(plainText(entry.source), sourceLanguage).map((word) => word.toLowerCase())
    const translated = ` ${words(translation, language).map((word) => word.toLowerCase()).join(' ')} `
    for (let start = 0; start + copiedRun <= sourceWords.length; start++) {
      const run = sourceWords.slice(start, start + copiedRun).join(' ')
      if (translated.includes(` ${run} `)) return [{messageId: 'copiedWords', data: {count: copiedRun, run}}]
    }
    return []
  }
}
