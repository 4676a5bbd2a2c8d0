/**
 * catalog/stamp: the one owner of "which source text was this translation made from": the meta
 * stamp a translation gets, whether a recorded stamp still matches the source (current or stale),
 * and whether a translation in a given status is used under the `staleTranslations` policy; the
 * stamp of a machine draft and whether a translation still is one.
 * Sync, status, the memory, import, build and the remark plugin all ask here.
 */
import type {CatalogEntryMeta, EntryStatus} from '../types.js'
import {hashRepeatedText, hashText} from '../util/hash.js'

/** What a build does with a stale translation: use it, or fall back to the source text. */
export type StalePolicy = 'use' | 'fallback'

/** The policies, in the order the config's message lists them. */
export const stalePolicies: readonly StalePolicy[] = ['use', 'fallback']

/** The stamp of `translation` as made from the source text `madeFrom`. */
export function stampTranslation(madeFrom: string, translation: string, origin?: 'memory'): CatalogEntryMeta {
  return {
    sourceHash: hashText(madeFrom),
    source: madeFrom,
    translationHash: hashText(translation),
    ...(origin ? {origin} : {})
  }
}

/** Whether `recorded` stamps exactly this translation (a translation edited since is not). */
export function stampsTranslation(
  recorded: CatalogEntryMeta | undefined,
  translation: string
): recorded is CatalogEntryMeta {
  return recorded !== undefined && recorded.translationHash === hashText(translation)
}

/** Whether a stamp was made from the current source text (hashed once per text a run: every language hashes it). */
export function madeFromCurrent(recorded: CatalogEntryMeta, sourceText: string): boolean {
  return recorded.sourceHash === hashRepeatedText(sourceText)
}

/**
 * Whether `translation` is current against `sourceText`: a translation with no stamp was written
 * for the text it sits beside until a sync says otherwise, and one edited since its stamp was
 * re-made by its translator (the next sync stamps it); else its stamp must match the source.
 */
export function isCurrent(recorded: CatalogEntryMeta | undefined, sourceText: string, translation: string): boolean {
  return !recorded || madeFromCurrent(recorded, sourceText) || recorded.translationHash !== hashText(translation)
}

/** Whether a translation in `status` is used in a localized document under `policy` (default `use`). */
export function isUsable(status: EntryStatus, policy: StalePolicy = 'use'): boolean {
  return status === 'current' || (status === 'stale' && policy !== 'fallback')
}

/** The stamp of a machine draft (`md-l10n translate`): made from `madeFrom` by this provider and model. */
export function stampMachineDraft(
  madeFrom: string,
  translation: string,
  provider: string,
  model: string
): CatalogEntryMeta {
  return {...stampTranslation(madeFrom, translation), origin: 'machine', provider, model}
}

/**
 * The provider and model of `translation` when it is a machine draft nobody reviewed: its stamp
 * says `machine` and it is the translation stamped (an edit makes it a person's).
 */
export function machineDraftOf(
  recorded: CatalogEntryMeta | undefined,
  translation: string
): {provider?: string; model?: string} | undefined {
  if (translation === '' || recorded?.origin !== 'machine' || !stampsTranslation(recorded, translation))
    return undefined
  return {provider: recorded.provider, model: recorded.model}
}
