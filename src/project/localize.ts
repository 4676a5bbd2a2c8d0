/**
 * project/localize: one language × document as `build` emits it, the one place that decides
 * which translations are usable. Build, coverage, check and the `outdated` flag all read this, so
 * coverage counts exactly what build writes.
 */
import {catalogStatus} from '../catalog/status.js'
import {localizeDocument, type LocalizedDocument} from '../assemble/localize.js'
import type {Catalog, CatalogEntry, CatalogMeta} from '../types.js'
import type {Project, ProjectDocument} from './load.js'

export interface LocalizedEntry {
  /** Every key's status against the source, as the catalog says. */
  rows: CatalogEntry[]
  localized: LocalizedDocument
  /** The rows as coverage counts them: a translation build cannot use counts as missing. */
  counted: CatalogEntry[]
}

export function localizeEntry(project: Project, document: ProjectDocument, language: string, read: {catalog: Catalog; meta: CatalogMeta}): LocalizedEntry {
  const rows = catalogStatus(document.segmented.segments, read.catalog, read.meta)
  const localized = localizeDocument(document.segmented, rows, {language, sourceLanguage: project.sourceLanguage, staleTranslations: project.config.staleTranslations, headingIds: project.config.headingIds})
  const unusable = new Set(localized.fallbacks.map(({key}) => key))
  const counted = unusable.size === 0 ? rows : rows.map((row) => (unusable.has(row.key) ? {...row, status: 'missing' as const} : row))
  return {rows, localized, counted}
}
