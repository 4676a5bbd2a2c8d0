/**
 * assemble/localize: one document in one language, from its segments and catalog status rows:
 * the localized markdown, the translations it used (for i18next backends) and its front matter.
 */
import type {Catalog, CatalogEntry, SegmentedDocument} from '../types.js'
import {assembleDocument} from './index.js'
import {isRightToLeft} from '../languages/resolve.js'
import {hashRepeatedText} from '../util/hash.js'
import {isUsable, type StalePolicy} from '../catalog/stamp.js'

export interface LocalizeOptions {
  language: string
  sourceLanguage: string
  /** Use stale translations (default) or fall back to the source text for them. */
  staleTranslations?: StalePolicy
  /** `pin` translated headings to their source heading's id (`{#id}`); default `keep`. */
  headingIds?: 'keep' | 'pin' | 'translate'
  /** Use unreviewed machine drafts (default; the page says `machineTranslated: true`) or fall back to the source text for them. */
  machineTranslations?: 'use' | 'fallback'
}

export interface LocalizedDocument {
  markdown: string
  /** The translations the document uses, for `dist/locales/<tag>/<namespace>.json`. */
  catalog: Catalog
  /**
   * Segments translated, stale (used or not) and missing (or unusable), in this document;
   * `machine`: of the translated ones, the unreviewed machine drafts it uses.
   */
  counts: {total: number; translated: number; stale: number; missing: number; machine: number}
  /** Translations not used because their tags do not match the source's. */
  fallbacks: Array<{key: string; reason: string}>
}

/**
 * Localize a document. The source language gets the source back byte for byte. Other languages
 * get `lang`, `dir: rtl` when right to left, `sourceVersion` (a hash of the source document, for
 * an "outdated translation" banner) and `outdated: true` when any segment is stale, missing, or
 * falls back to its source because its translation's tags do not match; `machineTranslated: true`
 * when it uses an unreviewed machine draft (for a disclosure banner).
 */
export function localizeDocument(
  document: SegmentedDocument,
  rows: readonly CatalogEntry[],
  options: LocalizeOptions
): LocalizedDocument {
  const byKey = new Map(rows.map((row) => [row.key, row]))
  const counts = {total: document.segments.length, translated: 0, stale: 0, missing: 0, machine: 0}
  const machineFallback = options.machineTranslations === 'fallback'
  const isSource = options.language === options.sourceLanguage
  const usable = new Map<string, string>()
  const machine = new Set<string>()
  for (const segment of document.segments) {
    const row = byKey.get(segment.key)
    if (isSource) {
      counts.translated++
      usable.set(segment.key, segment.text)
      continue
    }
    // A machine draft published as the source (`machineTranslations: "fallback"`) counts as missing.
    const unpublished = row?.machine !== undefined && machineFallback
    if (!row || row.status === 'missing' || unpublished) counts.missing++
    else if (row.status === 'stale') counts.stale++
    else counts.translated++
    if (row && !unpublished && isUsable(row.status, options.staleTranslations)) {
      usable.set(segment.key, row.translation)
      if (row.machine) machine.add(segment.key)
    }
  }
  const assemble = (lagging: boolean, machineTranslated: boolean) =>
    assembleDocument(document, (segment) => (isSource ? undefined : usable.get(segment.key)), {
      urls: isSource ? undefined : (segment) => (usable.has(segment.key) ? byKey.get(segment.key)?.urls : undefined),
      headingIds: isSource || options.headingIds === 'translate' ? 'keep' : options.headingIds,
      frontMatter: isSource
        ? undefined
        : {
            lang: options.language,
            dir: isRightToLeft(options.language) ? 'rtl' : undefined,
            sourceVersion: hashRepeatedText(document.source),
            outdated: lagging ? true : undefined,
            machineTranslated: machineTranslated ? true : undefined
          }
    })
  const lagging = counts.stale + counts.missing > 0
  const usedMachine = machine.size > 0
  let result = assemble(lagging, usedMachine)
  const fallbacks = result.fallbacks.map(({segment, reason}) => ({key: segment.key, reason}))
  for (const {key} of fallbacks) {
    usable.delete(key)
    machine.delete(key)
  }
  // A translation whose tags do not match is replaced by its source: the page lags behind too
  // (and uses no machine draft when its only ones fell back).
  if ((!lagging && fallbacks.length > 0) || usedMachine !== machine.size > 0)
    result = assemble(lagging || fallbacks.length > 0, machine.size > 0)
  counts.machine = machine.size
  counts.missing += fallbacks.length
  counts.translated -= fallbacks.filter(({key}) => byKey.get(key)?.status === 'current').length
  counts.stale -= fallbacks.filter(({key}) => byKey.get(key)?.status === 'stale').length
  return {markdown: result.markdown, catalog: Object.fromEntries(usable), counts, fallbacks}
}
