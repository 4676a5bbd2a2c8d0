/**
 * cli/commands/extract: regenerate the source-language catalog of each changed source and sync
 * its target catalogs (new → missing, changed → stale, removed → obsolete until `--prune`).
 *
 * A namespace whose source did not change is skipped unread, except for target catalogs in a
 * folder where files were created, removed or renamed. A catalog edited in place needs no sync
 * until its source changes: the sync then stamps new translations against the source text the
 * translator saw, which is the source catalog this command last wrote.
 */
import path from 'node:path'
import {syncCatalog} from '../../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../../catalog/store.js'
import type {Catalog} from '../../types.js'
import {loadProject, readCatalog, targetLanguages} from '../project.js'
import {FolderJoins, FolderListing, FolderStamps, WriteBatch} from '../fs.js'
import {ExtractState, type ExtractedEntry, type ExtractedTarget} from '../cache.js'
import type {Output} from '../io.js'

export interface ExtractOptions {
  prune?: boolean
  /** Sync only these target languages (default: all). */
  languages?: string[]
}

type Totals = {added: number; stale: number; obsolete: number; pruned: number; stamped: number}

export async function extract(root: string, options: ExtractOptions, output: Output): Promise<boolean> {
  const project = await loadProject(root)
  const batch = new WriteBatch(root, {stamps: true})
  const locales = path.join(root, project.config.localesDir)
  const listing = new FolderListing()
  const state = new ExtractState(root)
  const extracted = new Map<string, ExtractedEntry | string>()
  const totals = new Map<string, Totals>()
  const totalOf = (language: string) => {
    let total = totals.get(language)
    if (!total) totals.set(language, (total = {added: 0, stale: 0, obsolete: 0, pruned: 0, stamped: 0}))
    return total
  }
  // Stamps of the files this run writes are recorded once the batch is committed.
  const stampsToRecord: Array<{file: string; record: (stamp: string) => void}> = []
  let changed = false
  // Catalog folders in which no file was created, removed or renamed since the last extract.
  const folders = new FolderStamps(state.folders)
  const targets = options.languages ?? targetLanguages(project)
  const joins = new FolderJoins()
  for (const [index, document] of project.documents.entries()) {
    output.progress?.('extract', index + 1, project.documents.length)
    const previous = state.get(document.namespace)
    const sourceCatalogFile = path.join(locales, catalogPaths(project.sourceLanguage, document.namespace).catalog)
    // The source catalog is extract's own output: in a folder that did not move, it is as written.
    const sourceCatalog = previous?.sourceHash === document.sourceHash && folders.unchanged(path.dirname(sourceCatalogFile)) ? previous.sourceCatalog : listing.stamp(sourceCatalogFile)
    const entry: ExtractedEntry = {sourceHash: document.sourceHash, sourceCatalog, targets: new Map()}
    folders.see(path.dirname(sourceCatalogFile))
    let touched = false
    // Neither the source nor its catalog moved since the last extract: the document is not even
    // parsed, and only target catalogs in folders where files came or went are looked at.
    const sourceUnchanged = !options.prune && previous?.sourceHash === entry.sourceHash && previous.sourceCatalog === entry.sourceCatalog
    if (sourceUnchanged) for (const [language, target] of previous.targets) entry.targets.set(language, target)
    else {
      touched = true
      const texts: Catalog = {}
      for (const segment of document.segmented.segments) texts[segment.key] = segment.text
      batch.write(sourceCatalogFile, serializeCatalog(texts))
      stampsToRecord.push({file: sourceCatalogFile, record: (stamp) => (entry.sourceCatalog = stamp)})
    }
    const namespaceFolder = path.posix.dirname(document.namespace)
    for (const language of targets) {
      const folder = joins.of(locales, language, namespaceFolder)
      folders.see(folder)
      const before = sourceUnchanged ? entry.targets.get(language) : undefined
      const keepAsItWas = (target: ExtractedTarget) => {
        totalOf(language).stale += target.stale
        totalOf(language).obsolete += target.obsolete
      }
      // No file came or went in the folder: the catalog needs no sync before its source changes.
      if (before && folders.unchanged(folder)) {
        keepAsItWas(before)
        continue
      }
      const paths = catalogPaths(language, document.namespace)
      const catalogFile = path.join(locales, paths.catalog)
      const metaFile = path.join(locales, paths.meta)
      if (before && before.catalog === listing.stamp(catalogFile) && before.meta === listing.stamp(metaFile)) {
        keepAsItWas(before)
        continue
      }
      touched = true
      const {catalog, meta, stamps: read} = readCatalog(project, language, document.namespace, listing)
      const target = {catalog: read.catalog, meta: read.meta, stale: 0, obsolete: 0}
      const entries = document.segmented.segments.map(({key, text}) => ({key, text}))
      const result = syncCatalog(entries, catalog, meta, {prune: options.prune, previousSource: document.previousSource})
      batch.write(catalogFile, serializeCatalog(result.catalog))
      stampsToRecord.push({file: catalogFile, record: (stamp) => (target.catalog = stamp)})
      // A catalog with no translation yet needs no meta file.
      if (Object.keys(result.meta.entries).length > 0 || Object.keys(meta.entries).length > 0) {
        batch.write(metaFile, serializeMeta(result.meta))
        stampsToRecord.push({file: metaFile, record: (stamp) => (target.meta = stamp)})
      }
      target.stale = result.stale.length
      target.obsolete = result.obsolete.length
      entry.targets.set(language, target)
      const total = totalOf(language)
      total.added += result.added.length
      total.stale += result.stale.length
      total.obsolete += result.obsolete.length
      total.pruned += result.pruned.length
      total.stamped += result.stamped.length
    }
    // A namespace nothing happened to is kept in its stored form.
    const stored = state.encoded(document.namespace)
    if (touched || stored === undefined) {
      changed = true
      extracted.set(document.namespace, entry)
    } else extracted.set(document.namespace, stored)
  }
  const {written, stamps} = batch.commit()
  // A file left as it was (same content) keeps the stamp read before the run.
  for (const {file, record} of stampsToRecord) {
    const stamp = stamps.get(file)
    if (stamp !== undefined) record(stamp)
  }
  // This run's writes moved the folders they wrote to: record them as they are now.
  for (const [folder, stamp] of folders.afterRun()) {
    if (state.folders.get(folder) !== stamp) changed = true
    state.folders.set(folder, stamp)
  }
  if (changed || extracted.size !== state.size) {
    state.replace(extracted)
    state.save()
  }
  const segments = project.documents.reduce((sum, document) => sum + document.segmentCount, 0)
  output.out(`extracted ${segments} segments from ${project.documents.length} document${project.documents.length === 1 ? '' : 's'} (${project.sourceLanguage}); ${written.length} file${written.length === 1 ? '' : 's'} written`)
  for (const [language, total] of totals) {
    const parts = Object.entries(total).filter(([, count]) => count > 0).map(([name, count]) => `${count} ${name}`)
    if (parts.length > 0) output.out(`  ${language}: ${parts.join(', ')}`)
  }
  project.cache?.save()
  return true
}
