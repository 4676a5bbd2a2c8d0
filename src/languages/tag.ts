/**
 * languages/tag: validate and canonicalize BCP 47 tags (`Intl.getCanonicalLocales`), and refuse
 * what is well-formed but names no language (`English` is a valid-looking tag, `english`): CLDR
 * must know the language, or it must be a pseudo-locale. A tag also names a folder, so anything
 * that could leave it (`../x`) is rejected by the same check. A rejected name gets the tag it
 * probably meant ("English" → `en`), from CLDR display names.
 */
import {InputError} from '../util/errors.js'
import {resolveLanguageName} from './resolve.js'

const englishNames = new Intl.DisplayNames(['en'], {type: 'language', fallback: 'none'})

/** Pseudo-locales are valid BCP 47 (`qps-ploc`, `en-XA`), and useful targets. */
export function isPseudoLocale(tag: string): boolean {
  return /^qps(-|$)/i.test(tag) || /-(XA|XB)$/i.test(tag)
}

/** The tag a language name probably means: an endonym (`Français`) or an English name (`French`). */
export function suggestTag(name: string): string | undefined {
  const byEndonym = resolveLanguageName(name)
  if (byEndonym) return byEndonym
  const wanted = name.trim().toLowerCase()
  for (const code of commonLanguages) if (englishNames.of(code)?.toLowerCase() === wanted) return code
  return undefined
}

// The languages whose English names a suggestion is looked up among (CLDR's modern coverage).
const commonLanguages =
  'af am ar az be bg bn bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms my nb ne nl pa pl ps pt ro ru si sk sl sq sr sv sw ta te th tr uk ur uz vi yue zh zu'.split(
    ' '
  )

export function canonicalTag(tag: unknown, file?: string, setting = 'language'): string {
  const hint = (value: string) => {
    const suggestion = suggestTag(value)
    return suggestion ? ` (did you mean \`${suggestion}\`?)` : ''
  }
  if (typeof tag !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(tag)) {
    const suggestion = typeof tag === 'string' ? hint(tag) : ''
    throw new InputError(
      `\`${setting}\` has ${JSON.stringify(tag)}, expected a BCP 47 language tag such as "pt-BR"${suggestion}`,
      file
    )
  }
  let canonical: string
  try {
    canonical = Intl.getCanonicalLocales(tag)[0]!
  } catch {
    throw new InputError(`\`${setting}\` has "${tag}", which is not a valid BCP 47 language tag${hint(tag)}`, file)
  }
  // Pseudo-locales keep their customary spelling: `qps-ploc`, not the script-cased `qps-Ploc`.
  if (isPseudoLocale(tag))
    return /^qps-/i.test(tag) && canonical.toLowerCase() === tag.toLowerCase() ? tag.toLowerCase() : canonical
  if (englishNames.of(new Intl.Locale(canonical).language) === undefined) {
    throw new InputError(
      `\`${setting}\` has "${tag}", which names no language CLDR knows${hint(tag)}; expected a BCP 47 tag such as "fr" or "pt-BR"`,
      file
    )
  }
  return canonical
}
