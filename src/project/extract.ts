/**
 * project/extract: regenerate the source-language catalog of each changed source and sync
 * its target catalogs (new → missing, changed → stale, removed → obsolete until `--prune`).
 *
 * A namespace whose source did not change is skipped unread, except for target catalogs in a
 * folder where files were created, removed or renamed. A catalog edited in place needs no sync
 * until its source changes: the sync then stamps new translations against the source text the
 * translator saw, which is the source catalog this command last wrote.
 */
import path from 'node:path'
import {toPosixRelative} from '../util/paths.js'
import {syncCatalog, syncWouldKeep} from '../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../catalog/store.js'
import type {Catalog} from '../types.js'
import {readCatalog, readCatalogFile, type Project, type ReadCatalogFile} from './load.js'
import {FolderJoins, FolderListing, FolderStamps} from './listing.js'
import {WriteBatch, within} from './batch.js'
import {ExtractState, type ExtractedEntry} from './state/extract-state.js'
import {planExtractTarget} from './plan.js'
import {TranslationMemory, learntPairs} from './memory.js'
import type {Progress} from './progress.js'

export interface ExtractOptions {
  /** Remove obsolete translations (kept by default). */
  prune?: boolean
  /** Sync only these target languages (default: all of the project's). */
  languages?: readonly string[]
  progress?: Progress
  /** What a watcher keeps between its extracts, and the catalogs (`language/namespace`) it reported since the last one. */
  session?: ExtractSession
  reportedCatalogs?: Iterable<string>
}

export interface ExtractSession {
  memory?: TranslationMemory
}

/** What one language's catalogs went through in this run (catalogs not synced are not counted). */
export interface ExtractedLanguage {
  language: string
  /** Catalogs read and synced by this run. */
  synced: number
  added: number
  stale: number
  obsolete: number
  pruned: number
  stamped: number
  /** Segments filled from the same source text translated elsewhere (translation memory). */
  fromMemory: number
}

export interface ExtractResult {
  sourceLanguage: string
  documents: number
  segments: number
  /** Files written, relative to the project root. */
  written: string[]
  languages: ExtractedLanguage[]
}

/** A document whose source catalog this run wrote, or whose target catalogs it synced (`languages`, with what each taught the memory). */
interface TouchedDocument {
  namespace: string
  entry: ExtractedEntry
  /** Set when the source catalog was written. */
  sourceCatalogFile: string | undefined
  languages: string[]
  pairs: string[][]
}

/** The learnt pairs of a catalog with no translation (most of a cold run's), shared. */
const noPairs: string[] = []

export function extractProject(project: Project, targets: readonly string[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const {host, root} = project
  const batch = new WriteBatch(host, root, {stamps: true})
  return within(batch, async () => {
    const locales = path.join(root, project.config.localesDir)
    const listing = new FolderListing(host)
    const state = new ExtractState(host, root)
    const {session} = options
    const memory = session?.memory ?? new TranslationMemory(project, listing)
    if (session?.memory) memory.continueWith(project, listing, options.reportedCatalogs ?? [])
    else if (session) session.memory = memory
    const extracted = new Map<string, ExtractedEntry | string>()
    const totals = new Map<string, ExtractedLanguage>(targets.map((language) => [language, {language, synced: 0, added: 0, stale: 0, obsolete: 0, pruned: 0, stamped: 0, fromMemory: 0}]))
    // What this run wrote and synced, a record a document: the stamps of the files written are
    // known once the batch is committed (a cold run writes a hundred thousand files: a record, and a
    // closure, a file was a quarter of the main thread's live heap).
    const touchedDocuments: TouchedDocument[] = []
    let changed = false
    // Catalog folders in which no file was created, removed or renamed since the last extract.
    const folders = new FolderStamps(host, state.folders)
    const joins = new FolderJoins()
    // The catalog paths of `catalogPaths`, joined onto the folder already joined (a run joins a hundred thousand).
    const targetFiles = (language: string, namespace: string) => {
      const folder = joins.of(locales, language, path.posix.dirname(namespace))
      const file = `${folder}${path.sep}${path.posix.basename(namespace)}`
      return {folder, catalog: `${file}.json`, meta: `${file}.meta.json`}
    }
    for (const [index, document] of project.documents.entries()) {
      // A project loaded streaming has documents still being segmented: the first ones are synced
      // and written while the others are parsed.
      await document.ready
      await batch.ready()
      options.progress?.('extract', index + 1, project.documents.length)
      const previous = state.get(document.namespace)
      const sourceCatalogFile = path.join(locales, catalogPaths(project.sourceLanguage, document.namespace).catalog)
      // The source catalog is extract's own output: in a folder that did not move, it is as written.
      const sourceCatalog = previous?.sourceHash === document.sourceHash && folders.unchanged(path.dirname(sourceCatalogFile)) ? previous.sourceCatalog : listing.stamp(sourceCatalogFile)
      const entry: ExtractedEntry = {sourceHash: document.sourceHash, sourceCatalog, targets: new Map()}
      folders.see(path.dirname(sourceCatalogFile))
      let touched = false
      const touchedDocument: TouchedDocument = {namespace: document.namespace, entry, sourceCatalogFile: undefined, languages: [], pairs: []}
      let texts: Catalog | undefined
      // The source catalog on disk is already what this run writes, and no run here recorded it
      // (a fresh clone, a lost cache, a pull of another's extract): the extract that wrote it synced
      // the target catalogs it left beside it.
      let writtenByAnotherExtract = false
      // Neither the source nor its catalog moved since the last extract: the document is not even
      // parsed, and only target catalogs in folders where files came or went are looked at.
      const sourceUnchanged = !options.prune && previous?.sourceHash === entry.sourceHash && previous.sourceCatalog === entry.sourceCatalog
      if (sourceUnchanged) for (const [language, target] of previous.targets) entry.targets.set(language, target)
      else {
        touched = true
        texts = {}
        for (const segment of document.segmented.segments) texts[segment.key] = segment.text
        const sourceCatalogText = serializeCatalog(texts)
        writtenByAnotherExtract = !options.prune && document.previousSourceText === sourceCatalogText
        batch.write(sourceCatalogFile, sourceCatalogText, {readBefore: {text: document.previousSourceText}})
        touchedDocument.sourceCatalogFile = sourceCatalogFile
      }
      for (const language of targets) {
        const {folder, catalog: catalogFile, meta: metaFile} = targetFiles(language, document.namespace)
        folders.see(folder)
        const before = sourceUnchanged ? entry.targets.get(language) : undefined
        let metaStamp: string | undefined
        const plan = planExtractTarget({
          before,
          writtenByAnotherExtract,
          folderUnchanged: () => folders.unchanged(folder),
          catalogStamp: () => listing.stamp(catalogFile),
          metaStamp: () => (metaStamp ??= listing.stamp(metaFile))
        })
        if (plan === 'keep') continue
        let known: ReadCatalogFile | undefined
        if (plan === 'keys') {
          known = readCatalogFile(project, language, document.namespace)
          // Kept, and recorded as found for the next run to see whether it moved.
          if (known && syncWouldKeep(texts!, known.catalog)) {
            entry.targets.set(language, {catalog: known.stamp, meta: metaStamp ?? listing.stamp(metaFile)})
            continue
          }
        }
        touched = true
        const {catalog, meta, stamps: read, texts: onDisk} = readCatalog(project, language, document.namespace, listing, known)
        const target = {catalog: read.catalog, meta: read.meta}
        const entries = document.segmented.segments.map(({key, text}) => ({key, text}))
        const result = syncCatalog(entries, catalog, meta, {prune: options.prune, previousSource: document.previousSource})
        const remembered = memory.fill(language, result, entries)
        memory.learn(language, document.namespace, result.catalog, result.meta.entries)
        // The texts just read go with the writes: the batch need not read the files again to
        // compare (a fresh clone's first extract reads every catalog and changes none).
        batch.write(catalogFile, serializeCatalog(result.catalog), {readBefore: {text: onDisk.catalog}})
        // A catalog with no translation yet needs no meta file.
        if (Object.keys(result.meta.entries).length > 0 || Object.keys(meta.entries).length > 0) {
          batch.write(metaFile, serializeMeta(result.meta), {readBefore: {text: onDisk.meta}})
        }
        entry.targets.set(language, target)
        // What the next run's reading of these files would learn (its source catalog is the one this run wrote).
        const pairs = learntPairs(result.catalog, result.meta.entries, texts ?? document.previousSource)
        touchedDocument.languages.push(language)
        touchedDocument.pairs.push(pairs.length > 0 ? pairs : noPairs)
        const total = totals.get(language)!
        total.synced++
        total.fromMemory += remembered.length
        total.added += result.added.length
        total.stale += result.stale.length
        total.obsolete += result.obsolete.length
        total.pruned += result.pruned.length
        total.stamped += result.stamped.length
      }
      // A namespace nothing happened to is kept in its stored form.
      const stored = state.encoded(document.namespace)
      if (touchedDocument.sourceCatalogFile !== undefined || touchedDocument.languages.length > 0) touchedDocuments.push(touchedDocument)
      // This run is done with the document's segments: held for every document, they would be most of its heap.
      document.releaseSegments?.()
      if (touched || stored === undefined) {
        changed = true
        extracted.set(document.namespace, entry)
      } else extracted.set(document.namespace, stored)
    }
    await project.segmented
    const {written, stamps} = batch.commit()
    const cacheBatch = new WriteBatch(host, root)
    // A file left as it was (same content) keeps the stamp read before the run.
    for (const {namespace, entry, sourceCatalogFile, languages, pairs} of touchedDocuments) {
      if (sourceCatalogFile !== undefined) entry.sourceCatalog = stamps.get(sourceCatalogFile) ?? entry.sourceCatalog
      for (const [index, language] of languages.entries()) {
        const files = targetFiles(language, namespace)
        const target = entry.targets.get(language)!
        target.catalog = stamps.get(files.catalog) ?? target.catalog
        target.meta = stamps.get(files.meta) ?? target.meta
        memory.remember(language, namespace, `${target.catalog}\t${target.meta}\t${entry.sourceCatalog}`, pairs[index]!)
      }
    }
    // This run's writes moved the folders they wrote to: record them as they are now.
    for (const [folder, stamp] of folders.afterRun()) {
      if (state.folders.get(folder) !== stamp) changed = true
      state.folders.set(folder, stamp)
    }
    if (changed || extracted.size !== state.size) {
      state.replace(extracted)
      state.save(cacheBatch)
    }
    project.cache?.save(cacheBatch)
    // A watcher saves its memory once edits settle (twelve languages' memories are megabytes each).
    if (!session) memory.save(cacheBatch)
    cacheBatch.commit()
    project.cache?.removeOthers()
    return {
      sourceLanguage: project.sourceLanguage,
      documents: project.documents.length,
      segments: project.documents.reduce((sum, document) => sum + document.segmentCount, 0),
      written: written.map((file) => toPosixRelative(root, file)),
      languages: [...totals.values()]
    }
  })
}
