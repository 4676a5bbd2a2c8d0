import {translated, type Check} from '../types.js'
import {plainText} from '../util/text.js'

/**
 * Letters per English letter, the median over aligned lines of the tldr-pages corpus
 * (`scripts/length-ratios.mjs`, 2026-11-27). Portuguese uses pt-BR's 1.08 for both variants: the
 * pt-PT sample (981 lines) is dominated by a few repeated lines and gives a flat 0.84. Vietnamese
 * is not in the corpus: estimated from its syllable-per-word writing as close to Spanish.
 */
export const lengthFactors: Record<string, number> = {
  en: 1,
  ar: 0.83,
  es: 1.18,
  fr: 1.14,
  id: 1.28,
  ja: 0.63,
  pt: 1.08,
  ru: 1.05,
  uk: 1.09,
  vi: 1.2,
  'zh-Hans': 0.35,
  'zh-Hant': 0.32,
  zh: 0.35
}

function factor(tag: string): number | undefined {
  const locale = new Intl.Locale(tag)
  if (locale.language === 'zh') return lengthFactors[`zh-${locale.maximize().script}`]
  return lengthFactors[tag] ?? lengthFactors[locale.language]
}

function letters(text: string): number {
  return [...plainText(text)].filter((character) => /[\p{L}\p{N}]/u.test(character)).length
}

/** Translation length within the language's expected band. */
export const length: Check = {
  meta: {
    id: 'length',
    severity: 'warning',
    description:
      "A translation's length is outside the band expected for its language pair (a truncated or padded translation).",
    docs: "The expected ratio of letters is the target's factor over the source's, each measured against English on the aligned tldr-pages corpus (Chinese 0.35, Japanese 0.63, Indonesian 1.28, …). A translation shorter than `low` (0.4×) or longer than `high` (2.5×) that ratio is reported, for source segments of at least `minimumLetters` (20) letters. The band is the corpus's 1st–99th percentile spread, doubled for two non-English sides.",
    appliesTo: translated,
    judgesLanguage: true,
    defaultOptions: {low: 0.4, high: 2.5, minimumLetters: 20},
    optionDocs: {
      low: 'shortest accepted ratio, as a share of the expected one',
      high: 'longest accepted ratio, as a multiple of the expected one',
      minimumLetters: 'source segments with fewer letters are not judged'
    },
    messages: {ratio: 'is {{ratio}}× the source length where about {{expected}}× is expected'}
  },
  scope: 'entry',
  check({entry, language, sourceLanguage, options}) {
    const low = Number(options.low)
    const high = Number(options.high)
    const sourceLetters = letters(entry.source)
    const target = factor(language)
    const origin = factor(sourceLanguage)
    if (sourceLetters < Number(options.minimumLetters) || !target || !origin) return []
    const expected = target / origin
    const ratio = letters(entry.translation) / sourceLetters
    if (ratio >= expected * low && ratio <= expected * high) return []
    return [{messageId: 'ratio', data: {ratio: ratio.toFixed(2), expected: expected.toFixed(2)}}]
  }
}
