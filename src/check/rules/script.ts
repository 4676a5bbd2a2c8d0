import {translated, type Check, type Report} from '../types.js'
import {
  plainText,
  sentences,
  identifyLanguage,
  baseLanguage,
  withoutNamesAndQuotes,
  isIdentifierLike
} from '../util/text.js'
import {expectedScript, scriptShare, simplifiedOnly, traditionalOnly} from '../util/script.js'

/** Words a text needs before its script share is judged. */
const minimumWords = 4
/** Letters a sentence needs before its language is identified. */
const minimumSentenceLetters = 60

/** Text written in the target's script and language. */
export const script: Check = {
  meta: {
    id: 'script',
    severity: 'error',
    description:
      "The translation is written in the target language's script and language: Simplified vs Traditional Chinese, Japanese with kana, Arabic script, Cyrillic, and the right language among those sharing a script.",
    docs: "The expected script comes from `Intl.Locale#maximize` (`zh-Hans` → Hans, `ja` → Jpan, `ar` → Arab, `uk` → Cyrl). At least a third of the words of a translation must be in it, not counting capitalized Latin words and quotations (names, brands and titles kept in their original language), formulas (`$…$`) or code and other atoms (numbered tags). `zh-Hans` may not use Traditional-only characters and `zh-Hant` no Simplified-only ones, found with OpenCC's dictionaries (opencc-js). Japanese sentences of Han characters must contain kana (else they read as Chinese). For other languages each long sentence is identified with ELD and must be in the target language (Russian vs Ukrainian, Spanish vs Portuguese); sentences in the source language are left to `source-left-behind`.",
    appliesTo: translated,
    judgesLanguage: true,
    messages: {
      wrongScript: 'only {{share}}% of its words are in the {{script}} script',
      traditional: 'uses Traditional-only characters in Simplified Chinese: {{characters}}',
      simplified: 'uses Simplified-only characters in Traditional Chinese: {{characters}}',
      noKana: 'a Japanese sentence has no kana and reads as Chinese: "{{sentence}}"',
      wrongLanguage: 'a sentence reads as {{found}}, not {{expected}}: "{{sentence}}"'
    }
  },
  scope: 'entry',
  check({entry, language, sourceLanguage}) {
    const text = plainText(entry.translation)
    // A name from code kept as it is (`docker commit`) has no script to judge.
    if (isIdentifierLike(text)) return []
    const target = expectedScript(language)
    const reports: Report[] = []
    if (target) {
      // Names, brands and quoted titles may stay in Latin letters in any script.
      const {words, inScript} = scriptShare(target === 'Latn' ? text : withoutNamesAndQuotes(text), target, language)
      // Under a third: technical terms left in English are common, whole sentences in another script are not.
      if (words >= minimumWords && inScript * 3 < words) {
        reports.push({messageId: 'wrongScript', data: {share: Math.round((inScript / words) * 100), script: target}})
      }
    }
    if (target === 'Hans') {
      const characters = traditionalOnly(text)
      if (characters.length > 0) reports.push({messageId: 'traditional', data: {characters: characters.join(' ')}})
    } else if (target === 'Hant') {
      const characters = simplifiedOnly(text)
      if (characters.length > 0) reports.push({messageId: 'simplified', data: {characters: characters.join(' ')}})
    } else if (target === 'Jpan') {
      for (const sentence of sentences(text, language)) {
        const han = [...sentence].filter((character) => /\p{Script=Han}/u.test(character)).length
        if (han >= 10 && !/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sentence))
          reports.push({messageId: 'noKana', data: {sentence}})
      }
    } else if (target === 'Latn' || target === 'Cyrl') {
      const expected = baseLanguage(language)
      const source = baseLanguage(sourceLanguage)
      for (const sentence of sentences(text, language)) {
        if ([...sentence].filter((character) => /\p{L}/u.test(character)).length < minimumSentenceLetters) continue
        const found = identifyLanguage(sentence, expected)
        if (found && found !== expected && found !== source) {
          const name = (tag: string) => new Intl.DisplayNames(['en'], {type: 'language'}).of(tag) ?? tag
          reports.push({messageId: 'wrongLanguage', data: {found: name(found), expected: name(expected), sentence}})
        }
      }
    }
    return reports
  }
}
