/**
 * check/util/script: which writing system a text uses, and Simplified vs Traditional Chinese
 * characters through OpenCC's conversion dictionaries (opencc-js).
 */
import {lazyModule} from '../../util/lazy.js'

const openCC = lazyModule<typeof import('opencc-js')>('opencc-js')

/** The script a language is written in (`Intl.Locale#maximize`): `Hans`, `Jpan`, `Cyrl`, … */
export function expectedScript(tag: string): string | undefined {
  return new Intl.Locale(tag).maximize().script
}

const scriptLetters: Record<string, RegExp> = {
  Hans: /\p{Script=Han}/u,
  Hant: /\p{Script=Han}/u,
  Jpan: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  Kore: /[\p{Script=Hangul}\p{Script=Han}]/u,
  Arab: /\p{Script=Arabic}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Latn: /\p{Script=Latin}/u,
  Grek: /\p{Script=Greek}/u,
  Hebr: /\p{Script=Hebrew}/u,
  Thai: /\p{Script=Thai}/u,
  Deva: /\p{Script=Devanagari}/u
}

/**
 * Words of a text (`Intl.Segmenter`) and how many are in `script`. Words, not letters: one Han
 * character is a word where a Latin word has many letters, so letters would weigh scripts unfairly.
 */
export function scriptShare(text: string, script: string, language: string): {words: number; inScript: number} {
  const pattern = scriptLetters[script]
  let words = 0
  let inScript = 0
  for (const {segment, isWordLike} of new Intl.Segmenter(language, {granularity: 'word'}).segment(text)) {
    if (!isWordLike || !/\p{L}/u.test(segment)) continue
    words++
    if (!pattern || pattern.test(segment)) inScript++
  }
  return {words, inScript}
}

let toSimplified: ((text: string) => string) | undefined
let toTraditional: ((text: string) => string) | undefined

/**
 * Characters both standards write the same way in common words, which OpenCC's one-to-one
 * character tables still convert (台 of 台灣, 布 of 宣布, 了 of 了解, 里 of 公里…): never reported.
 */
const sharedCharacters = new Set([...'台布了里借后面干只系制准冲么着群划志症注咸征郁适松范朴'])

/** Characters of `text` that exist only in Traditional Chinese (found by converting to Simplified). */
export function traditionalOnly(text: string): string[] {
  const simplify = (toSimplified ??= openCC().Converter({from: 't', to: 'cn'}))
  const found = new Set<string>()
  for (const character of new Set(text)) {
    if (!/\p{Script=Han}/u.test(character) || sharedCharacters.has(character)) continue
    if (simplify(character) !== character) found.add(character)
  }
  return [...found]
}

/** Characters of `text` that exist only in Simplified Chinese (changed by conversion to Traditional, and kept by conversion back). */
export function simplifiedOnly(text: string): string[] {
  const simplify = (toSimplified ??= openCC().Converter({from: 't', to: 'cn'}))
  const traditionalize = (toTraditional ??= openCC().Converter({from: 'cn', to: 't'}))
  const found = new Set<string>()
  for (const character of new Set(text)) {
    if (!/\p{Script=Han}/u.test(character) || sharedCharacters.has(character)) continue
    if (traditionalize(character) !== character && simplify(character) === character) found.add(character)
  }
  return [...found]
}
