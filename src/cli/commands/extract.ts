/**
 * cli/commands/extract: re-read the sources, regenerate the source-language catalog and sync every
 * target catalog (new → missing, changed → stale, removed → obsolete until `--prune`).
 */
import path from 'node:path'
import {syncCatalog} from '../../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../../catalog/store.js'
import type {Catalog} from '../../types.js'
import {loadProject, readCatalog, targetLanguages} from '../project.js'
import {WriteBatch} from '../fs.js'
import type {Output} from '../io.js'

export interface ExtractOptions {
  prune?: boolean
  /** Sync only these target languages (default: all). */
  languages?: string[]
}

export async function extract(root: string, options: ExtractOptions, output: Output): Promise<boolean> {
  const project = loadProject(root)
  const batch = new WriteBatch(root)
  const locales = path.join(root, project.config.localesDir)
  const totals = new Map<string, {added: number; stale: number; obsolete: number; pruned: number; stamped: number}>()
  const targets = options.languages ?? targetLanguages(project)
  for (const document of project.documents) {
    const sourceCatalog: Catalog = {}
    for (const segment of document.segmented.segments) sourceCatalog[segment.key] = segment.text
    batch.write(path.join(locales, catalogPaths(project.sourceLanguage, document.namespace).catalog), serializeCatalog(sourceCatalog))
    const entries = document.segmented.segments.map(({key, text}) => ({key, text}))
    for (const language of targets) {
      const {catalog, meta} = readCatalog(project, language, document.namespace)
      const synced = syncCatalog(entries, catalog, meta, {prune: options.prune})
      const paths = catalogPaths(language, document.namespace)
      batch.write(path.join(locales, paths.catalog), serializeCatalog(synced.catalog))
      // A catalog with no translation yet needs no meta file.
      if (Object.keys(synced.meta.entries).length > 0 || Object.keys(meta.entries).length > 0) {
        batch.write(path.join(locales, paths.meta), serializeMeta(synced.meta))
      }
      const total = totals.get(language) ?? {added: 0, stale: 0, obsolete: 0, pruned: 0, stamped: 0}
      total.added += synced.added.length
      total.stale += synced.stale.length
      total.obsolete += synced.obsolete.length
      total.pruned += synced.pruned.length
      total.stamped += synced.stamped.length
      totals.set(language, total)
    }
  }
  const {written} = batch.commit()
  const segments = project.documents.reduce((sum, document) => sum + document.segmented.segments.length, 0)
  output.out(`extracted ${segments} segments from ${project.documents.length} document${project.documents.length === 1 ? '' : 's'} (${project.sourceLanguage}); ${written.length} file${written.length === 1 ? '' : 's'} written`)
  for (const [language, total] of totals) {
    const parts = Object.entries(total).filter(([, count]) => count > 0).map(([name, count]) => `${count} ${name}`)
    if (parts.length > 0) output.out(`  ${language}: ${parts.join(', ')}`)
  }
  project.cache?.save()
  return true
}
