/**
 * check/util/text: text helpers shared by checks: sentences, words, language identification.
 */
import {eld} from 'eld/medium'
import {stripTags} from '../../segment/tags.js'

/** Plain text of a segment: tags, placeholders and nesting removed. */
export function plainText(text: string): string {
  return stripTags(text).replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, ' ')
}

/** Sentences of a text (`Intl.Segmenter`, in the text's language). */
export function sentences(text: string, language: string): string[] {
  return [...new Intl.Segmenter(language, {granularity: 'sentence'}).segment(text)].map(({segment}) => segment.trim()).filter(Boolean)
}

/** Word-like segments of a text (`Intl.Segmenter`). */
export function words(text: string, language: string): string[] {
  return [...new Intl.Segmenter(language, {granularity: 'word'}).segment(text)].filter(({isWordLike}) => isWordLike).map(({segment}) => segment)
}

/** Languages a detector cannot tell apart, folded together (Indonesian and Malay). */
const equivalent: Record<string, string> = {ms: 'id', zlm: 'id', nb: 'no', nn: 'no'}

/** The ISO 639-1 language of a tag, folded as the detector sees it: `pt-BR` → `pt`. */
export function baseLanguage(tag: string): string {
  const language = new Intl.Locale(tag).language
  return equivalent[language] ?? language
}

/**
 * Identify a text's language with ELD (an n-gram detector from npm); `undefined` when the
 * detector is not confident. Used on sentences of at least a few words only.
 */
export function identifyLanguage(text: string): string | undefined {
  const result = eld.detect(text)
  if (!result.language || !result.isReliable()) return undefined
  const scores = result.getScores() as Record<string, number>
  const ranked = Object.values(scores).sort((a, b) => b - a)
  // Require a clear margin over the runner-up (Spanish vs Portuguese, Russian vs Ukrainian).
  if (ranked.length > 1 && ranked[0]! - ranked[1]! < 0.03) return undefined
  return equivalent[result.language] ?? result.language
}

/** Quotation pairs of the world's typographies. */
const quotePattern = /"([^"\n]+)"|“([^”\n]+)”|«([^»\n]+)»|„([^“”\n]+)[“”]|「([^」\n]+)」|『([^』\n]+)』|《([^》\n]+)》|〈([^〉\n]+)〉/gu

/** The texts inside quotation marks (titles, quoted words). */
export function quotedSpans(text: string): string[] {
  return [...text.matchAll(quotePattern)].map((match) => match.slice(1).find((group) => group !== undefined)!.trim())
}

/** A text without its quotations and its capitalized Latin words (names, brands, kept titles). */
export function withoutNamesAndQuotes(text: string): string {
  return text.replace(quotePattern, ' ').replace(/\b[A-Z][\p{L}\p{N}'’.-]*/gu, ' ')
}
