/**
 * check/util/text: text helpers shared by checks: sentences, words, language identification.
 */
import {lazyModule} from '../../util/lazy.js'
import {stripTags} from '../../segment/tags.js'

const languageIdentifier = lazyModule<typeof import('eld/medium')>('eld/medium')

/** Plain text of a segment: tags, placeholders and nesting removed. */
export function plainText(text: string): string {
  return withoutMath(stripTags(text).replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, ' '))
}

/**
 * Text without TeX math (`$$…$$`, and `$…$` with no space inside its dollars, as remark-math and
 * pandoc read it): a formula is neither prose nor a script, even where the site has math off.
 */
export function withoutMath(text: string): string {
  if (!text.includes('$')) return text
  return text.replace(/\$\$[\s\S]+?\$\$|(?<![\\$\w])\$(?=\S)[^$\n]*?\S\$(?![\w$])/g, ' ')
}

/** Sentences of a text (`Intl.Segmenter`, in the text's language). */
export function sentences(text: string, language: string): string[] {
  return [...new Intl.Segmenter(language, {granularity: 'sentence'}).segment(text)]
    .map(({segment}) => segment.trim())
    .filter(Boolean)
}

/** Word-like segments of a text (`Intl.Segmenter`). */
export function words(text: string, language: string): string[] {
  return [...new Intl.Segmenter(language, {granularity: 'word'}).segment(text)]
    .filter(({isWordLike}) => isWordLike)
    .map(({segment}) => segment)
}

/** Languages a detector cannot tell apart, folded together (Indonesian and Malay). */
const equivalent: Record<string, string> = {ms: 'id', zlm: 'id', nb: 'no', nn: 'no'}

/** The ISO 639-1 language of a tag, folded as the detector sees it: `pt-BR` → `pt`. */
export function baseLanguage(tag: string): string {
  const language = new Intl.Locale(tag).language
  return equivalent[language] ?? language
}

/** Margin by which a detected language must beat the one expected before it is believed. */
const margin = 0.03

/**
 * Identify a text's language with ELD (an n-gram detector from npm) against the language it
 * should be in: the detected language when the detector is reliable and it beats `expected` by a
 * clear margin (Russian vs Ukrainian, Spanish vs Portuguese), else `undefined`.
 */
export function identifyLanguage(text: string, expected: string): string | undefined {
  const result = languageIdentifier().eld.detect(text)
  if (!result.language || !result.isReliable()) return undefined
  const detected = equivalent[result.language] ?? result.language
  if (detected === expected) return undefined
  const scores = result.getScores() as Record<string, number>
  const expectedScore = Math.max(
    0,
    ...Object.entries(scores)
      .filter(([language]) => (equivalent[language] ?? language) === expected)
      .map(([, score]) => score)
  )
  return scores[result.language]! - expectedScore >= margin ? detected : undefined
}

/** Quotation pairs of the world's typographies. */
const quotePattern =
  /"([^"\n]+)"|“([^”\n]+)”|«([^»\n]+)»|„([^“”\n]+)[“”]|「([^」\n]+)」|『([^』\n]+)』|《([^》\n]+)》|〈([^〉\n]+)〉/gu

/** The texts inside quotation marks (titles, quoted words). */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(quotePattern)].map((match) =>
    match
      .slice(1)
      .find((group) => group !== undefined)!
      .trim()
  )
}

/** A text without its quotations and its capitalized Latin words (names, brands, kept titles). */
export function withoutNamesAndQuotes(text: string): string {
  return text.replace(quotePattern, ' ').replace(/\b[A-Z][\p{L}\p{N}'’.-]*/gu, ' ')
}

/**
 * Whether a text reads as a name from code (a command, a file, an identifier): at most three
 * tokens, each lower case, or with digits, `-`, `_`, `.`, `/`, or an inner capital (`qrCode`).
 * Such a text legitimately stays the same in every language.
 */
export function isIdentifierLike(text: string): boolean {
  const tokens = text.trim().split(/\s+/)
  if (tokens.length === 0 || tokens.length > 3 || tokens[0] === '') return false
  // A single upper-case command (`CHDIR`, `DIR`).
  if (tokens.length === 1 && /^[A-Z][A-Z0-9_]+$/.test(tokens[0]!)) return true
  return tokens.every(
    (token) =>
      /^[a-z0-9][a-z0-9._/+:-]*$/.test(token) ||
      (/^[A-Za-z0-9._/+:-]+$/.test(token) && /[0-9_./-]|[a-z][A-Z]/.test(token))
  )
}
