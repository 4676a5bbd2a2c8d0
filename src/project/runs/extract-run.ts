/**
 * project/runs/extract-run: one run of `extract`, an object whose methods are its steps: for each
 * document, write its source catalog when the source changed and sync each target catalog that
 * may have moved; then finish (commit, record the stamps the writes left, save the state and the
 * memory).
 */
import path from 'node:path'
import {syncCatalog, syncWouldKeep, type SyncResult} from '../../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../../catalog/store.js'
import type {Catalog} from '../../types.js'
import {toPosixRelative} from '../../util/paths.js'
import {readCatalog, readCatalogFile, type Project, type ProjectDocument, type ReadCatalogFile} from '../load.js'
import {FolderJoins, FolderListing, FolderStamps} from '../listing.js'
import {WriteBatch, within} from '../batch.js'
import {ExtractState, type ExtractedEntry} from '../state/extract-state.js'
import {planExtractTarget} from '../plan.js'
import {TranslationMemory, learntPairs} from '../memory.js'
import type {ExtractOptions, ExtractResult, ExtractedLanguage} from '../extract.js'

/** A document whose source catalog this run wrote, or whose target catalogs it synced (`languages`, with what each taught the memory). */
interface TouchedDocument {
  namespace: string
  entry: ExtractedEntry
  /** Set when the source catalog was written. */
  sourceCatalogFile: string | undefined
  languages: string[]
  pairs: string[][]
}

/** One document as this run goes through it. */
interface DocumentRun {
  document: ProjectDocument
  entry: ExtractedEntry
  touched: TouchedDocument
  /** The source texts by key, when the source changed (the document was parsed). */
  texts: Catalog | undefined
  /** Neither the source nor its catalog moved since the last extract. */
  sourceUnchanged: boolean
  /**
   * The source catalog on disk is already what this run writes, and no run here recorded it (a
   * fresh clone, a lost cache, a pull of another's extract): the extract that wrote it synced the
   * target catalogs it left beside it.
   */
  writtenByAnotherExtract: boolean
}

/** The learnt pairs of a catalog with no translation (most of a cold run's), shared. */
const noPairs: string[] = []

export class ExtractRun {
  private readonly batch: WriteBatch
  private readonly locales: string
  private readonly listing: FolderListing
  private readonly state: ExtractState
  private readonly memory: TranslationMemory
  private readonly extracted = new Map<string, ExtractedEntry | string>()
  private readonly totals: Map<string, ExtractedLanguage>
  /**
   * What this run wrote and synced, a record a document: the stamps of the files written are known
   * once the batch is committed (a cold run writes a hundred thousand files: a record, and a
   * closure, a file was a quarter of the main thread's live heap).
   */
  private readonly touchedDocuments: TouchedDocument[] = []
  private changed = false
  /** Catalog folders in which no file was created, removed or renamed since the last extract. */
  private readonly folders: FolderStamps
  private readonly joins = new FolderJoins()

  constructor(
    private readonly project: Project,
    private readonly targets: readonly string[],
    private readonly options: ExtractOptions
  ) {
    const {host, root} = project
    this.batch = new WriteBatch(host, root, {stamps: true})
    this.locales = path.join(root, project.config.localesDir)
    this.listing = new FolderListing(host)
    this.state = new ExtractState(host, root)
    const {session} = options
    this.memory = session?.memory ?? new TranslationMemory(project, this.listing)
    if (session?.memory) this.memory.continueWith(project, this.listing, options.reportedCatalogs ?? [])
    else if (session) session.memory = this.memory
    const zero = {synced: 0, added: 0, stale: 0, obsolete: 0, pruned: 0, stamped: 0, fromMemory: 0}
    this.totals = new Map(targets.map((language) => [language, {language, ...zero}]))
    this.folders = new FolderStamps(host, this.state.folders)
  }

  run(): Promise<ExtractResult> {
    return within(this.batch, async () => {
      for (const [index, document] of this.project.documents.entries()) {
        // A project loaded streaming has documents still being segmented: the first ones are
        // synced and written while the others are parsed.
        await document.ready
        await this.batch.ready()
        this.options.progress?.('extract', index + 1, this.project.documents.length)
        this.extractDocument(document)
      }
      await this.project.segmented
      return this.finish()
    })
  }

  /** The catalog paths of `catalogPaths`, joined onto the folder already joined (a run joins a hundred thousand). */
  private targetFiles(language: string, namespace: string): {folder: string; catalog: string; meta: string} {
    const folder = this.joins.of(this.locales, language, path.posix.dirname(namespace))
    const file = `${folder}${path.sep}${path.posix.basename(namespace)}`
    return {folder, catalog: `${file}.json`, meta: `${file}.meta.json`}
  }

  private extractDocument(document: ProjectDocument): void {
    const run = this.writeSourceCatalog(document)
    let touched = !run.sourceUnchanged
    for (const language of this.targets) touched = this.syncTarget(run, language) || touched
    const {namespace} = document
    // A namespace nothing happened to is kept in its stored form.
    const stored = this.state.encoded(namespace)
    if (run.touched.sourceCatalogFile !== undefined || run.touched.languages.length > 0)
      this.touchedDocuments.push(run.touched)
    // This run is done with the document's segments: held for every document, they would be most of its heap.
    document.releaseSegments?.()
    if (touched || stored === undefined) {
      this.changed = true
      this.extracted.set(namespace, run.entry)
    } else this.extracted.set(namespace, stored)
  }

  /**
   * The document's source catalog, written when its source or the catalog moved. When neither
   * did, the document is not even parsed, and only target catalogs in folders where files came or
   * went are looked at.
   */
  private writeSourceCatalog(document: ProjectDocument): DocumentRun {
    const {folders, listing, options} = this
    const previous = this.state.get(document.namespace)
    const sourceCatalogFile = path.join(
      this.locales,
      catalogPaths(this.project.sourceLanguage, document.namespace).catalog
    )
    // The source catalog is extract's own output: in a folder that did not move, it is as written.
    const unmoved = previous?.sourceHash === document.sourceHash && folders.unchanged(path.dirname(sourceCatalogFile))
    const sourceCatalog = unmoved ? previous.sourceCatalog : listing.stamp(sourceCatalogFile)
    const entry: ExtractedEntry = {sourceHash: document.sourceHash, sourceCatalog, targets: new Map()}
    folders.see(path.dirname(sourceCatalogFile))
    const touched: TouchedDocument = {
      namespace: document.namespace,
      entry,
      sourceCatalogFile: undefined,
      languages: [],
      pairs: []
    }
    const sourceUnchanged =
      !options.prune && previous?.sourceHash === entry.sourceHash && previous.sourceCatalog === entry.sourceCatalog
    if (sourceUnchanged) {
      for (const [language, target] of previous.targets) entry.targets.set(language, target)
      return {document, entry, touched, texts: undefined, sourceUnchanged, writtenByAnotherExtract: false}
    }
    const texts: Catalog = {}
    for (const segment of document.segmented.segments) texts[segment.key] = segment.text
    const sourceCatalogText = serializeCatalog(texts)
    const writtenByAnotherExtract = !options.prune && document.previousSourceText === sourceCatalogText
    this.batch.write(sourceCatalogFile, sourceCatalogText, {readBefore: {text: document.previousSourceText}})
    touched.sourceCatalogFile = sourceCatalogFile
    return {document, entry, touched, texts, sourceUnchanged, writtenByAnotherExtract}
  }

  /** Sync one target catalog of the document if it may have moved; returns whether it was read and synced. */
  private syncTarget(run: DocumentRun, language: string): boolean {
    const {document, entry} = run
    const {folder, catalog: catalogFile, meta: metaFile} = this.targetFiles(language, document.namespace)
    this.folders.see(folder)
    let metaStamp: string | undefined
    const plan = planExtractTarget({
      before: run.sourceUnchanged ? entry.targets.get(language) : undefined,
      writtenByAnotherExtract: run.writtenByAnotherExtract,
      folderUnchanged: () => this.folders.unchanged(folder),
      catalogStamp: () => this.listing.stamp(catalogFile),
      metaStamp: () => (metaStamp ??= this.listing.stamp(metaFile))
    })
    if (plan === 'keep') return false
    let known: ReadCatalogFile | undefined
    if (plan === 'keys') {
      known = readCatalogFile(this.project, language, document.namespace)
      // Kept, and recorded as found for the next run to see whether it moved.
      if (known && syncWouldKeep(run.texts!, known.catalog)) {
        entry.targets.set(language, {catalog: known.stamp, meta: metaStamp ?? this.listing.stamp(metaFile)})
        return false
      }
    }
    this.sync(run, language, {catalogFile, metaFile}, known)
    return true
  }

  private sync(
    run: DocumentRun,
    language: string,
    files: {catalogFile: string; metaFile: string},
    known: ReadCatalogFile | undefined
  ): void {
    const {document, entry} = run
    const {
      catalog,
      meta,
      stamps: read,
      texts: onDisk
    } = readCatalog(this.project, language, document.namespace, this.listing, known)
    const entries = document.segmented.segments.map(({key, text}) => ({key, text}))
    const result = syncCatalog(entries, catalog, meta, {
      prune: this.options.prune,
      previousSource: document.previousSource
    })
    const remembered = this.memory.fill(language, result, entries)
    this.memory.learn(language, document.namespace, result.catalog, result.meta.entries)
    // The texts just read go with the writes: the batch need not read the files again to compare
    // (a fresh clone's first extract reads every catalog and changes none).
    this.batch.write(files.catalogFile, serializeCatalog(result.catalog), {readBefore: {text: onDisk.catalog}})
    // A catalog with no translation yet needs no meta file.
    if (Object.keys(result.meta.entries).length > 0 || Object.keys(meta.entries).length > 0) {
      this.batch.write(files.metaFile, serializeMeta(result.meta), {readBefore: {text: onDisk.meta}})
    }
    entry.targets.set(language, {catalog: read.catalog, meta: read.meta})
    // What the next run's reading of these files would learn (its source catalog is the one this run wrote).
    const pairs = learntPairs(result.catalog, result.meta.entries, run.texts ?? document.previousSource)
    run.touched.languages.push(language)
    run.touched.pairs.push(pairs.length > 0 ? pairs : noPairs)
    this.count(language, result, remembered.length)
  }

  private count(language: string, result: SyncResult, fromMemory: number): void {
    const total = this.totals.get(language)!
    total.synced++
    total.fromMemory += fromMemory
    total.added += result.added.length
    total.stale += result.stale.length
    total.obsolete += result.obsolete.length
    total.pruned += result.pruned.length
    total.stamped += result.stamped.length
  }

  /** Commit, record the stamps the writes left, save the state, the caches and the memory. */
  private finish(): ExtractResult {
    const {project, state} = this
    const {written, stamps} = this.batch.commit()
    this.recordStamps(stamps)
    // This run's writes moved the folders they wrote to: record them as they are now.
    for (const [folder, stamp] of this.folders.afterRun()) {
      if (state.folders.get(folder) !== stamp) this.changed = true
      state.folders.set(folder, stamp)
    }
    const cacheBatch = new WriteBatch(project.host, project.root)
    if (this.changed || this.extracted.size !== state.size) {
      state.replace(this.extracted)
      state.save(cacheBatch)
    }
    project.cache?.save(cacheBatch)
    // A watcher saves its memory once edits settle (twelve languages' memories are megabytes each).
    if (!this.options.session) this.memory.save(cacheBatch)
    cacheBatch.commit()
    project.cache?.removeOthers()
    return {
      sourceLanguage: project.sourceLanguage,
      documents: project.documents.length,
      segments: project.documents.reduce((sum, document) => sum + document.segmentCount, 0),
      written: written.map((file) => toPosixRelative(project.root, file)),
      languages: [...this.totals.values()]
    }
  }

  /** A file left as it was (same content) keeps the stamp read before the run. */
  private recordStamps(stamps: ReadonlyMap<string, string>): void {
    for (const {namespace, entry, sourceCatalogFile, languages, pairs} of this.touchedDocuments) {
      if (sourceCatalogFile !== undefined) entry.sourceCatalog = stamps.get(sourceCatalogFile) ?? entry.sourceCatalog
      for (const [index, language] of languages.entries()) {
        const files = this.targetFiles(language, namespace)
        const target = entry.targets.get(language)!
        target.catalog = stamps.get(files.catalog) ?? target.catalog
        target.meta = stamps.get(files.meta) ?? target.meta
        this.memory.remember(
          language,
          namespace,
          `${target.catalog}\t${target.meta}\t${entry.sourceCatalog}`,
          pairs[index]!
        )
      }
    }
  }
}
