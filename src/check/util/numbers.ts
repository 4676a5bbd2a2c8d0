import {escapeRegExp} from '../../util/regexp.js'

/**
 * check/util/numbers: the numbers a text states, as values, in any locale.
 *
 * Digit shapes (Arabic-Indic, full-width, …), grouping and decimal separators come from
 * `Intl.NumberFormat`; magnitude words come from CLDR's compact notation
 * (`notation: 'compact'`), so `10 miliar`, `$10 billion`, `100 亿`, `100億`, `10 млрд` and
 * `10 mil milhões` all read as 10,000,000,000 without a word list per language.
 */

interface NumberSyntax {
  pattern: RegExp
  /** Every grouping separator the locale's numbers may use. */
  groups: RegExp
  group: string
  decimal: string
  /** Magnitude words, longest first, with their multiplier. */
  units: Array<[string, number]>
}

const syntaxes = new Map<string, NumberSyntax>()

/** Digits of other numbering systems → ASCII, through Intl.NumberFormat (built on first use). */
let digits: {map: Map<string, string>; pattern: RegExp} | undefined
function digitTable(): {map: Map<string, string>; pattern: RegExp} {
  if (digits) return digits
  const map = buildDigitMap()
  digits = {map, pattern: new RegExp(`[${[...map.keys()].join('')}]`, 'gu')}
  return digits
}

/** ASCII digits for any digits `text` writes in another numbering system. */
function asciiDigits(text: string): string {
  const {map, pattern} = digitTable()
  return text.replace(pattern, (digit) => map.get(digit)!)
}

function buildDigitMap(): Map<string, string> {
  const map = new Map<string, string>()
  for (const numberingSystem of ['arab', 'arabext', 'fullwide', 'deva', 'beng', 'thai', 'mymr', 'khmr']) {
    try {
      const format = new Intl.NumberFormat('en', {numberingSystem, useGrouping: false})
      for (let digit = 0; digit <= 9; digit++) map.set(format.format(digit), String(digit))
    } catch {
      // A numbering system this ICU does not know.
    }
  }
  for (let digit = 0; digit <= 9; digit++) map.delete(String(digit))
  return map
}

function syntaxFor(locale: string): NumberSyntax {
  let syntax = syntaxes.get(locale)
  if (syntax) return syntax
  let parts: Intl.NumberFormatPart[]
  try {
    parts = new Intl.NumberFormat(locale).formatToParts(1234567.5)
  } catch {
    parts = new Intl.NumberFormat('en').formatToParts(1234567.5)
  }
  const group = parts.find(({type}) => type === 'group')?.value ?? ','
  const decimal = parts.find(({type}) => type === 'decimal')?.value ?? '.'
  const units = new Map<string, number>()
  for (const compactDisplay of ['short', 'long'] as const) {
    const format = new Intl.NumberFormat(locale, {notation: 'compact', compactDisplay, maximumFractionDigits: 0})
    for (const exponent of [3, 4, 6, 8, 9, 12]) {
      for (const mantissa of [1, 2, 3, 5, 10, 11, 21, 100]) {
        const value = mantissa * 10 ** exponent
        const formatted = format.formatToParts(value)
        const integer = Number(
          formatted
            .filter(({type}) => type === 'integer' || type === 'group')
            .map(({value: text}) => asciiDigits(text))
            .join('')
            .replace(/\D/g, '')
        )
        const word = formatted
          .filter(({type}) => type === 'compact')
          .map(({value: text}) => text)
          .join('')
          .trim()
        // One-letter abbreviations (`K`, `M`) are too ambiguous in prose.
        if (!word || !integer || ([...word].length < 2 && !/\p{Script=Han}/u.test(word))) continue
        const unit = value / integer
        if (!Number.isInteger(Math.log10(unit))) continue
        // Long forms are words (`Billion` at a sentence start); short forms keep their case (`mM` is not `mm`).
        for (const form of compactDisplay === 'long' ? [word, word.toLowerCase()] : [word])
          if (!units.has(form)) units.set(form, unit)
      }
    }
  }
  const groups = [...new Set([group, ' ', '\u00a0', '\u202f'])].map(escapeRegExp).join('|')
  const pattern = new RegExp(`\\d+(?:(?:${groups})\\d{3}(?!\\d))*(?:${escapeRegExp(decimal)}\\d+)?`, 'gu')
  syntax = {
    pattern,
    groups: new RegExp(groups, 'gu'),
    group,
    decimal,
    units: [...units].sort((a, b) => b[0].length - a[0].length)
  }
  syntaxes.set(locale, syntax)
  return syntax
}

/** A number found in text. */
export interface FoundNumber {
  value: number
  /** The text it was read from, for messages. */
  text: string
}

/** Every number the text states, with magnitude words applied. */
export function extractNumbers(text: string, locale: string): FoundNumber[] {
  const syntax = syntaxFor(locale)
  const normalized = asciiDigits(text)
  const found: FoundNumber[] = []
  for (const match of normalized.matchAll(syntax.pattern)) {
    const raw = match[0]
    // Digits glued to Latin letters belong to a name (`EC2`, `2to3`, `5GHz`), not a quantity.
    if (
      /[A-Za-z]$/.test(normalized.slice(0, match.index)) ||
      /^[A-Za-z]/.test(normalized.slice(match.index + raw.length))
    )
      continue
    const numeric = raw.replace(syntax.groups, '').replace(syntax.decimal, '.')
    let value = Number(numeric)
    let shown = raw
    const after = normalized.slice(match.index + raw.length)
    const spacing = /^[ \u00a0\u202f]?/u.exec(after)![0]
    const rest = after.slice(spacing.length)
    for (const [word, unit] of syntax.units) {
      if (!rest.startsWith(word)) continue
      // An inflected form (`مليارات` for `مليار`, `millones`) is the same unit; a short form must end.
      const inflection = /\p{Script=Han}/u.test(word) ? '' : /^\p{L}*/u.exec(rest.slice(word.length))![0]
      if (inflection && word.length < 3) continue
      value *= unit
      shown += spacing + rest.slice(0, word.length + inflection.length)
      break
    }
    if (Number.isFinite(value)) found.push({value, text: shown})
  }
  // A magnitude word without digits (`mil milhões de dólares`, `مليار دولار`) states its own value.
  for (const [word, unit] of syntax.units) {
    if (word.length < 3 || /\p{Script=Han}/u.test(word)) continue
    const standalone = new RegExp(`(?<!\\p{N}[ \u00a0\u202f]?)(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'gu')
    for (const match of normalized.matchAll(standalone)) found.push({value: unit, text: match[0]})
  }
  return found
}

/**
 * The numbers of a translation read every way they may be written: with the target's separators,
 * with the source's (a translator keeping `3.11` in Spanish) and with `.` as the decimal mark
 * (version numbers).
 */
export function translationNumbers(text: string, language: string, sourceLanguage: string): FoundNumber[] {
  const found = extractNumbers(text, language)
  for (const locale of [sourceLanguage, 'en']) {
    for (const number of extractNumbers(text, locale))
      if (!found.some(({value}) => value === number.value)) found.push(number)
  }
  return found
}

/** Source numbers missing from a translation (each source number needs its own match). */
export function missingNumbers(source: FoundNumber[], translation: FoundNumber[]): FoundNumber[] {
  const available = [...translation]
  const missing: FoundNumber[] = []
  for (const number of source) {
    const index = available.findIndex(({value}) => Math.abs(value - number.value) <= Math.abs(number.value) * 1e-9)
    if (index === -1) missing.push(number)
    else available.splice(index, 1)
  }
  return missing
}
