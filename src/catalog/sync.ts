/**
 * catalog/sync: bring one target catalog in line with the current source segments, losing nothing.
 *
 * - a new segment is added as missing (`""`, the empty value translators fill in);
 * - a translation whose source text changed stays, and is stale (its meta keeps the old source);
 * - a translation whose segment is gone stays as obsolete until `prune`;
 * - a translation a translator wrote or edited since the last sync is stamped as made from the
 *   source text they saw: the source catalog of the last extract (`previousSource`) when it has
 *   the key, else the current text. So a reviewer clears a stale entry by editing it, and a
 *   translation written just before the source changed is stale, not silently current.
 */
import type {Catalog, CatalogMeta} from '../types.js'
import {madeFromCurrent, stampTranslation, stampsTranslation} from './stamp.js'

/** A live source segment, as the sync needs it. */
export interface SourceEntry {
  key: string
  text: string
}

export interface SyncResult {
  catalog: Catalog
  meta: CatalogMeta
  /** Keys added as missing. */
  added: string[]
  /** Keys whose translations were (re)stamped against the current source text. */
  stamped: string[]
  /** Keys whose translation was made from another source text. */
  stale: string[]
  /** Keys of translations whose segment is gone (kept unless pruned). */
  obsolete: string[]
  /** Keys removed by `prune`. */
  pruned: string[]
}

/**
 * Whether a sync of `catalog` against the live source keys would keep its keys and translations
 * as they are: every live key is translated (an empty one might be filled from the memory), and
 * every other key has a translation (kept as obsolete). It may still stamp translations, which
 * changes no status.
 */
export function syncWouldKeep(source: Readonly<Catalog>, catalog: Readonly<Catalog>): boolean {
  for (const key in source) if (!Object.hasOwn(catalog, key)) return false
  for (const key in catalog) if (catalog[key] === '') return false
  return true
}

/** Sync a target catalog; the inputs are not modified. */
export function syncCatalog(
  source: readonly SourceEntry[],
  catalog: Catalog,
  meta: CatalogMeta,
  options: {prune?: boolean; previousSource?: Readonly<Catalog>} = {}
): SyncResult {
  const result: SyncResult = {
    catalog: {},
    meta: {version: 1, entries: {}},
    added: [],
    stamped: [],
    stale: [],
    obsolete: [],
    pruned: []
  }
  const live = new Set<string>()
  for (const {key, text} of source) {
    live.add(key)
    const translation = Object.hasOwn(catalog, key) ? catalog[key]! : undefined
    if (translation === undefined || translation === '') {
      result.catalog[key] = ''
      if (translation === undefined) result.added.push(key)
      continue
    }
    result.catalog[key] = translation
    const previous = Object.hasOwn(meta.entries, key) ? meta.entries[key] : undefined
    const urls = previous?.urls
    if (!stampsTranslation(previous, translation)) {
      const seen =
        options.previousSource && Object.hasOwn(options.previousSource, key) ? options.previousSource[key]! : text
      // An edited translation keeps the language's URLs its links had.
      result.meta.entries[key] = {...stampTranslation(seen, translation), ...(urls ? {urls} : {})}
      result.stamped.push(key)
      if (seen !== text) result.stale.push(key)
      continue
    }
    result.meta.entries[key] = previous
    if (!madeFromCurrent(previous, text)) result.stale.push(key)
  }
  for (const [key, translation] of Object.entries(catalog)) {
    if (live.has(key)) continue
    if (options.prune || translation === '') {
      if (translation !== '') result.pruned.push(key)
      continue
    }
    result.catalog[key] = translation
    if (Object.hasOwn(meta.entries, key)) result.meta.entries[key] = meta.entries[key]!
    result.obsolete.push(key)
  }
  return result
}
