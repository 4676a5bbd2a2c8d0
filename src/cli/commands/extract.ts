/**
 * cli/commands/extract: re-read the sources, regenerate the source-language catalog and sync every
 * target catalog (new → missing, changed → stale, removed → obsolete until `--prune`).
 */
import path from 'node:path'
import {syncCatalog} from '../../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../../catalog/store.js'
import type {Catalog} from '../../types.js'
import {loadProject, readCatalog, targetLanguages} from '../project.js'
import {WriteBatch, fileStamp} from '../fs.js'
import {ExtractState} from '../cache.js'
import {hashText} from '../../util/hash.js'
import type {Output} from '../io.js'

export interface ExtractOptions {
  prune?: boolean
  /** Sync only these target languages (default: all). */
  languages?: string[]
}

export async function extract(root: string, options: ExtractOptions, output: Output): Promise<boolean> {
  const project = await loadProject(root)
  const batch = new WriteBatch(root)
  const locales = path.join(root, project.config.localesDir)
  const totals = new Map<string, {added: number; stale: number; obsolete: number; pruned: number; stamped: number}>()
  const state = new ExtractState(root)
  const synced: Array<{id: string; namespace: string; language: string; sourceHash: string}> = []
  const counts = new Map<string, {stale: number; obsolete: number}>()
  // The source catalog's stamp is the same for every target language of a document: stat it once.
  const sourceStamps = new Map<string, string>()
  const inputsOf = (namespace: string, language: string, sourceHash: string) => {
    let sourceStamp = sourceStamps.get(namespace)
    if (sourceStamp === undefined) {
      sourceStamp = fileStamp(path.join(locales, catalogPaths(project.sourceLanguage, namespace).catalog))
      sourceStamps.set(namespace, sourceStamp)
    }
    const paths = catalogPaths(language, namespace)
    return [sourceHash, sourceStamp, fileStamp(path.join(locales, paths.catalog)), fileStamp(path.join(locales, paths.meta))].join('|')
  }
  const targets = options.languages ?? targetLanguages(project)
  for (const [index, document] of project.documents.entries()) {
    output.progress?.('extract', index + 1, project.documents.length)
    const sourceCatalog: Catalog = {}
    for (const segment of document.segmented.segments) sourceCatalog[segment.key] = segment.text
    batch.write(path.join(locales, catalogPaths(project.sourceLanguage, document.namespace).catalog), serializeCatalog(sourceCatalog))
    const entries = document.segmented.segments.map(({key, text}) => ({key, text}))
    const sourceHash = hashText(document.segmented.source)
    for (const language of targets) {
      const id = `${language}/${document.namespace}`
      const previous = state.entries.get(id)
      if (!options.prune && previous && previous.inputs === inputsOf(document.namespace, language, sourceHash)) {
        // Neither the source nor this catalog changed since the last extract: it is in sync.
        const total = totals.get(language) ?? {added: 0, stale: 0, obsolete: 0, pruned: 0, stamped: 0}
        total.stale += previous.stale
        total.obsolete += previous.obsolete
        totals.set(language, total)
        continue
      }
      synced.push({id, namespace: document.namespace, language, sourceHash})
      const {catalog, meta} = readCatalog(project, language, document.namespace)
      const result = syncCatalog(entries, catalog, meta, {prune: options.prune})
      const paths = catalogPaths(language, document.namespace)
      batch.write(path.join(locales, paths.catalog), serializeCatalog(result.catalog))
      // A catalog with no translation yet needs no meta file.
      if (Object.keys(result.meta.entries).length > 0 || Object.keys(meta.entries).length > 0) {
        batch.write(path.join(locales, paths.meta), serializeMeta(result.meta))
      }
      counts.set(id, {stale: result.stale.length, obsolete: result.obsolete.length})
      const total = totals.get(language) ?? {added: 0, stale: 0, obsolete: 0, pruned: 0, stamped: 0}
      total.added += result.added.length
      total.stale += result.stale.length
      total.obsolete += result.obsolete.length
      total.pruned += result.pruned.length
      total.stamped += result.stamped.length
      totals.set(language, total)
    }
  }
  const {written} = batch.commit()
  sourceStamps.clear()
  // Record what each synced catalog looks like now, so the next run can skip it if nothing moves.
  for (const {id, namespace, language, sourceHash} of synced) state.entries.set(id, {inputs: inputsOf(namespace, language, sourceHash), ...counts.get(id)!})
  state.save()
  const segments = project.documents.reduce((sum, document) => sum + document.segmented.segments.length, 0)
  output.out(`extracted ${segments} segments from ${project.documents.length} document${project.documents.length === 1 ? '' : 's'} (${project.sourceLanguage}); ${written.length} file${written.length === 1 ? '' : 's'} written`)
  for (const [language, total] of totals) {
    const parts = Object.entries(total).filter(([, count]) => count > 0).map(([name, count]) => `${count} ${name}`)
    if (parts.length > 0) output.out(`  ${language}: ${parts.join(', ')}`)
  }
  project.cache?.save()
  return true
}
