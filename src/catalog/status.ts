/**
 * catalog/status: the status of every key of one language's catalog against the source segments:
 * current, stale, missing or obsolete. What coverage, checks and the builder read.
 */
import type {Catalog, CatalogEntry, CatalogMeta, Segment} from '../types.js'
import {isCurrent as stampIsCurrent, machineDraftOf} from './stamp.js'

/**
 * Status rows in document order, obsolete keys last; current or stale as `catalog/stamp` says
 * (without a meta at all, every translation is current); a machine draft nobody reviewed says so
 * (`machine`).
 */
export function catalogStatus(
  segments: readonly Segment[],
  catalog: Catalog,
  meta: CatalogMeta = {version: 1, entries: {}}
): CatalogEntry[] {
  const rows: CatalogEntry[] = []
  const live = new Set<string>()
  for (const segment of segments) {
    live.add(segment.key)
    const translation = Object.hasOwn(catalog, segment.key) ? catalog[segment.key]! : ''
    const recorded = Object.hasOwn(meta.entries, segment.key) ? meta.entries[segment.key] : undefined
    const isCurrent = stampIsCurrent(recorded, segment.text, translation)
    const machine = machineDraftOf(recorded, translation)
    rows.push({
      key: segment.key,
      status: translation === '' ? 'missing' : isCurrent ? 'current' : 'stale',
      source: segment.text,
      translation,
      previousSource: translation !== '' && !isCurrent ? recorded!.source : undefined,
      kind: segment.kind,
      line: segment.line,
      ...(recorded?.urls && translation !== '' ? {urls: recorded.urls} : {}),
      ...(machine ? {machine} : {})
    })
  }
  for (const [key, translation] of Object.entries(catalog)) {
    if (live.has(key) || translation === '') continue
    rows.push({key, status: 'obsolete', source: '', translation, previousSource: meta.entries[key]?.source})
  }
  return rows
}
