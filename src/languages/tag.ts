/**
 * languages/tag: validate and canonicalize BCP 47 tags (`Intl.getCanonicalLocales`). A tag also
 * names a folder, so anything that could leave it (`../x`) is rejected by the same check.
 */
import {InputError} from '../util/errors.js'

/** Pseudo-locales are valid BCP 47 (`qps-ploc`, `en-XA`), and useful targets. */
export function canonicalTag(tag: unknown, file?: string, setting = 'language'): string {
  if (typeof tag !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(tag)) {
    throw new InputError(`\`${setting}\` has ${JSON.stringify(tag)}, expected a BCP 47 language tag such as "pt-BR"`, file)
  }
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0]!
    // Pseudo-locales keep their customary spelling: `qps-ploc`, not the script-cased `qps-Ploc`.
    return /^qps-/i.test(tag) && canonical.toLowerCase() === tag.toLowerCase() ? tag.toLowerCase() : canonical
  } catch {
    throw new InputError(`\`${setting}\` has "${tag}", which is not a valid BCP 47 language tag`, file)
  }
}
