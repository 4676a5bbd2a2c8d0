/**
 * languages/resolve: an endonym as a page writes it (`Français (Afrique)`, `Bahasa Indonesia`,
 * `بالعربية`) → a BCP 47 tag, through CLDR display names (`Intl.DisplayNames` in each candidate
 * locale). No endonym table is written by hand: the candidates are CLDR's available locales.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

interface AvailableLocales {
  availableLocales: {full: string[]; modern?: string[]}
}

/**
 * Fold the ways pages write a language's name onto CLDR's form: case, Unicode normalization,
 * full-width parentheses, the Indonesian/Malay "Bahasa …" ("language …") prefix and the Arabic
 * "بال…" ("in …") form of `العربية`.
 */
export function normalizeLanguageName(name: string): string {
  let folded = name
    .normalize('NFC')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
  folded = folded.replace(/^bahasa\s+/, '')
  if (/^بال/.test(folded)) folded = folded.slice(1)
  return folded.replace(/\s*\(\s*/g, ' (').replace(/\s*\)/g, ')')
}

let nameIndex: Map<string, string> | undefined

/** normalized endonym → tag, over CLDR's available locales (built once, on first use). */
function endonymIndex(): Map<string, string> {
  if (nameIndex) return nameIndex
  const {availableLocales} = require('cldr-core/availableLocales.json') as AvailableLocales
  const tags = Intl.getCanonicalLocales(
    availableLocales.full.filter((tag) => tag !== 'root' && Intl.DisplayNames.supportedLocalesOf([tag]).length > 0)
  )
  // Shorter tags first, so `English` resolves to `en`, not to a regional variant.
  tags.sort((a, b) => a.length - b.length || a.localeCompare(b))
  nameIndex = new Map()
  for (const tag of tags) {
    for (const languageDisplay of ['dialect', 'standard'] as const) {
      const name = new Intl.DisplayNames([tag], {type: 'language', languageDisplay, fallback: 'none'}).of(tag)
      if (!name) continue
      const key = normalizeLanguageName(name)
      if (!nameIndex.has(key)) nameIndex.set(key, tag)
    }
  }
  return nameIndex
}

const regionIndexes = new Map<string, Map<string, string>>()

/** normalized region name in `language` → region code (ISO 3166 letters and UN M.49 numbers). */
function regionIndex(language: string): Map<string, string> {
  let index = regionIndexes.get(language)
  if (index) return index
  index = new Map()
  const names = new Intl.DisplayNames([language], {type: 'region', fallback: 'none'})
  const codes: string[] = []
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b))
  for (let number = 1; number < 1000; number++) codes.push(String(number).padStart(3, '0'))
  for (const code of codes) {
    let name: string | undefined
    try {
      name = names.of(code)
    } catch {
      continue
    }
    if (name && name !== code) {
      const key = normalizeLanguageName(name)
      if (!index.has(key)) index.set(key, code)
    }
  }
  regionIndexes.set(language, index)
  return index
}

const cache = new Map<string, string | undefined>()

/**
 * Resolve a language's name, written in that language, to a canonical BCP 47 tag;
 * `undefined` when it names no language. `Français (Afrique)` → `fr-002`.
 */
export function resolveLanguageName(name: string): string | undefined {
  // No endonym is this long; most list items of a document are, and need no folding to know it.
  if (name.length > 120) return undefined
  const key = normalizeLanguageName(name)
  if (key.length === 0 || key.length > 60) return undefined
  if (cache.has(key)) return cache.get(key)
  // Every short list item of every document is asked about: keep the cache from growing with them.
  if (cache.size > 10_000) cache.clear()
  let tag = endonymIndex().get(key)
  if (!tag) {
    // `Base (Region)`: the base names a language, the qualifier a region in that language.
    const qualified = /^(.+?) \((.+)\)$/.exec(key)
    const base = qualified ? endonymIndex().get(qualified[1]!) : undefined
    const region = base ? regionIndex(base).get(qualified![2]!) : undefined
    if (base && region) tag = Intl.getCanonicalLocales(`${new Intl.Locale(base).language}-${region}`)[0]
  }
  cache.set(key, tag)
  return tag
}

/** Whether a language is written right to left (its likely script is). */
const directions = new Map<string, boolean>()

export function isRightToLeft(tag: string): boolean {
  let rtl = directions.get(tag)
  if (rtl === undefined) directions.set(tag, (rtl = directionOf(tag)))
  return rtl
}

function directionOf(tag: string): boolean {
  const locale = new Intl.Locale(tag)
  const info = locale as unknown as {textInfo?: {direction?: string}; getTextInfo?: () => {direction?: string}}
  const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction
  if (direction) return direction === 'rtl'
  const script = locale.maximize().script ?? ''
  return ['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr'].includes(script)
}
