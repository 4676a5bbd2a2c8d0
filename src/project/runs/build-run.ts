/**
 * project/runs/build-run: one run of `build`, an object whose methods are its steps: plan each
 * language × document pair, localize what moved, write a language (and withdraw it when it falls
 * short of its minimum), withdraw what the project no longer has, finish (commit, record, report).
 * A watcher's rebuild of what it reported is `patchReported` (`build-patch`).
 */
import path from 'node:path'
import {minCoverageFor} from '../../config/normalize.js'
import {toPosixRelative} from '../../util/paths.js'
import type {Project, ProjectDocument} from '../load.js'
import {FolderJoins, FolderListing, FolderStamps} from '../listing.js'
import {WriteBatch, within} from '../batch.js'
import {OutputManifest, type BuiltEntry} from '../state/output-manifest.js'
import {planBuildEntry, planLanguage, planLinkedEntry, planReusedOutputs} from '../plan.js'
import type {BuildOptions, BuildResult, LocalizedOutput} from '../build.js'
import {linkedPagesOf, localizeAll, localizeOutput, notExported, type LocalizedOutputs} from './build-localize.js'
import {patchReported} from './build-patch.js'
import {copyAssets} from './assets.js'

type BuildPlan = ReturnType<typeof planBuildEntry>

/** Output document extensions a withdrawn entry may have had. */
const documentExtensions = ['.md', '.mdx', '.markdown']

/** One pair as planned: its record from the last build and what it needs now. */
interface PlannedPair {
  document: ProjectDocument
  id: string
  previous: BuiltEntry | undefined
  plan: BuildPlan
}

/** One pair of a language after its documents were localized or reused. */
interface LanguageEntry {
  document: ProjectDocument
  id: string
  previous?: BuiltEntry
  written?: BuiltEntry
}

export class BuildRun {
  readonly result: BuildResult = {languages: [], documents: 0, warnings: [], written: [], removed: []}
  /** Resolved: no trailing separator (`"outDir": "dist/"`), so the folders below it compare as strings. */
  readonly outDir: string
  readonly docsDir: string
  readonly exportsDir: string
  readonly locales: string
  /** Settings that change what a build writes: another value rebuilds everything. */
  readonly settings: string
  readonly manifest: OutputManifest
  readonly listing: FolderListing
  /** Folders in which no file came or went since the last build: what existed then exists now. */
  readonly folders: FolderStamps
  readonly batch: WriteBatch
  readonly omitUntranslated: boolean
  readonly exportCatalogs: boolean
  readonly pagesOf: ReturnType<typeof linkedPagesOf>
  /** The project's documents, as a session remembers them to know whether a rebuild may patch. */
  readonly documentsKey: string | undefined
  /** Documents written or up to date, per language (`result.documents` is their sum). */
  readonly documentsOf = new Map<string, number>()
  private readonly joins = new FolderJoins()
  /** Each document's folder and names, worked out once: the steps run for every language of every document. */
  private readonly places: Map<ProjectDocument, {folder: string; file: string; name: string}>
  private step = 0
  private job = 0

  constructor(
    readonly project: Project,
    readonly languages: readonly string[],
    readonly options: BuildOptions
  ) {
    const {host, root, config} = project
    this.outDir = path.resolve(root, config.outDir)
    this.docsDir = path.join(this.outDir, 'docs')
    this.exportsDir = path.join(this.outDir, 'locales')
    this.locales = path.join(root, config.localesDir)
    this.settings = JSON.stringify([project.sourceLanguage, config.staleTranslations, config.frontMatterFields, config.untranslatedDocuments, config.headingIds, config.links, config.exportCatalogs])
    const {session} = options
    this.manifest = session?.manifest?.settings === this.settings ? session.manifest : new OutputManifest(host, this.outDir, this.settings)
    if (session) {
      session.manifest = this.manifest
      this.manifest.keepDecoded()
    }
    this.listing = new FolderListing(host)
    this.folders = new FolderStamps(host, this.manifest.folders)
    this.batch = new WriteBatch(host, root)
    this.omitUntranslated = config.untranslatedDocuments === 'omit'
    this.exportCatalogs = config.exportCatalogs
    this.pagesOf = linkedPagesOf(project, this.listing)
    this.documentsKey = session && project.documents.map(({namespace}) => namespace).join('\n')
    this.places = new Map(
      project.documents.map((document) => [
        document,
        {folder: path.posix.dirname(document.relativePath), file: `${path.sep}${path.posix.basename(document.relativePath)}`, name: `${path.sep}${path.posix.basename(document.namespace)}`}
      ])
    )
  }

  run(): Promise<BuildResult> {
    return within(this.batch, async () => {
      const {changed} = this.options
      const patched = changed !== undefined && patchReported(this, changed)
      if (!patched) await this.buildAll()
      // A watcher reports no assets: a patched rebuild leaves them as they are.
      const assetsMoved = !patched && copyAssets(this.project, this.languages, this.result.languages, this.docsDir, this.manifest, this.batch, this.listing)
      return this.finish(patched, assetsMoved)
    })
  }

  /** A file the last build left in a folder that did not move is still there (its path is only made when the folder moved). */
  present(folder: string, file: () => string, known: boolean): boolean {
    return (known && this.folders.unchanged(folder)) || this.listing.has(file())
  }

  folderIn(base: string, language: string, document: ProjectDocument): string {
    return this.joins.of(base, language, this.places.get(document)!.folder)
  }

  fileIn(folder: string, document: ProjectDocument, extension: string): string {
    return `${folder}${this.places.get(document)!.name}${extension}`
  }

  /** The output folders of one pair, seen (for their stamps). */
  outputFoldersOf(language: string, document: ProjectDocument): {documentFolder: string; catalogFolder: string} {
    const documentFolder = this.folderIn(this.docsDir, language, document)
    const catalogFolder = this.folderIn(this.exportsDir, language, document)
    this.folders.see(documentFolder)
    this.folders.see(catalogFolder)
    return {documentFolder, catalogFolder}
  }

  documentFileIn(documentFolder: string, document: ProjectDocument): string {
    return `${documentFolder}${this.places.get(document)!.file}`
  }

  /** The output folders and files of one pair. */
  outputsOf(language: string, document: ProjectDocument) {
    const {documentFolder, catalogFolder} = this.outputFoldersOf(language, document)
    return {documentFolder, catalogFolder, documentFile: this.documentFileIn(documentFolder, document), catalogFile: this.fileIn(catalogFolder, document, '.json')}
  }

  /** Write one pair's outputs (an output the last build wrote with the same content is not read or written again); returns its record. */
  write(language: string, document: ProjectDocument, output: LocalizedOutput, keep: boolean, before: BuiltEntry | undefined): BuiltEntry {
    const {documentFile, catalogFile, documentFolder, catalogFolder} = this.outputsOf(language, document)
    // A page with no translation at all is left to the site's own fallback, when asked.
    const omitted = this.omitUntranslated && language !== this.project.sourceLanguage && output.untranslated
    const catalogHash = omitted ? '' : this.exportCatalogs ? output.catalogHash : notExported
    if (omitted) this.batch.remove(catalogFile)
    // Not exported: an export of a build before the setting changed (it had no record then) goes.
    else if (!this.exportCatalogs) {
      if (before === undefined && this.listing.has(catalogFile)) this.batch.remove(catalogFile)
    } else if (before?.catalogHash !== catalogHash || !this.present(catalogFolder, () => catalogFile, before !== undefined)) {
      this.batch.write(catalogFile, output.catalogText, {handOver: true})
    }
    const documentHash = keep && !omitted ? output.documentHash : undefined
    if (documentHash === undefined) this.batch.remove(documentFile)
    else if (before?.documentHash !== documentHash || !this.present(documentFolder, () => documentFile, before?.documentHash !== undefined)) {
      this.batch.write(documentFile, output.markdown, {handOver: true})
    }
    const warnings = output.fallbacks.map((fallback) => `${fallback.key}\t${fallback.reason}`)
    const linked = output.linked ? {linked: output.linked} : {}
    return {sourceHash: document.sourceHash, ...output.stamps, ...linked, total: output.counts.total, translated: output.counts.translated, kept: keep, warnings, catalogHash, documentHash}
  }

  /** What one language × document needs: its inputs moved since the last build, or not. */
  planPair(language: string, document: ProjectDocument, previous: BuiltEntry | undefined, reportedChanged: boolean | undefined): BuildPlan {
    const catalogFolder = this.folderIn(this.locales, language, document)
    this.folders.see(catalogFolder)
    return planBuildEntry({
      previous,
      sourceHash: document.sourceHash,
      isSource: language === this.project.sourceLanguage,
      reportedChanged,
      // Catalogs exist as a rule: one `stat` each, no listing. A translator edits a catalog in
      // place; a meta file is md-l10n's own, which it only creates or replaces by a rename, so
      // while its folder's stamp holds, it is as the last build saw it (half the stats of a warm build).
      catalogStamp: () => this.project.host.stamp(this.fileIn(catalogFolder, document, '.json')),
      metaStamp: (recorded) => (this.folders.unchanged(catalogFolder) ? recorded : this.listing.stamp(this.fileIn(catalogFolder, document, '.meta.json')))
    })
  }

  reportWarnings(language: string, document: ProjectDocument, entry: BuiltEntry): void {
    for (const warning of entry.warnings) {
      const [key, reason] = warning.split('\t') as [string, string]
      this.result.warnings.push({file: `${this.project.config.localesDir}/${language}/${document.namespace}.json`, language, namespace: document.namespace, key, reason})
    }
  }

  /**
   * First what each pair needs, then the localizing, all at once on worker threads when there is
   * much of it, while the outputs are written here.
   */
  private async buildAll(): Promise<void> {
    const plans = this.languages.map((language) => this.planLanguagePairs(language))
    const jobs = plans.flatMap((entries, index) => entries.filter(({plan}) => plan !== 'reuse').map(({document}) => ({language: this.languages[index]!, document})))
    const localized = localizeAll(this.project, jobs, this.listing, this.options.localizeMany, this.pagesOf)
    try {
      for (const [index, language] of this.languages.entries()) await this.writeLanguage(language, plans[index]!, localized)
    } finally {
      await localized.close()
    }
    this.withdraw()
  }

  /** One language's pairs, planned; a page whose links point into a page that is rebuilt, appears or goes is rebuilt too. */
  private planLanguagePairs(language: string): PlannedPair[] {
    const {changed} = this.options
    const own = this.project.documents.map((document) => {
      const id = `${language}/${document.namespace}`
      const previous = this.manifest.get(id)
      return {document, id, previous, plan: this.planPair(language, document, previous, changed && changed.catalogs.has(id))}
    })
    const byNamespace = new Map(own.map(({document, plan}) => [document.namespace, plan]))
    return own.map((entry) => ({...entry, plan: planLinkedEntry({plan: entry.plan, linked: entry.previous?.linked, planOf: (namespace) => byNamespace.get(namespace)})}))
  }

  /**
   * Localize and write one language. Whether it is emitted depends on its coverage over all
   * documents: the documents are written as they are localized (memory stays flat) and withdrawn
   * if it falls short.
   */
  private async writeLanguage(language: string, pairs: readonly PlannedPair[], localized: LocalizedOutputs): Promise<void> {
    const minimum = minCoverageFor(this.project.config, language)
    const steps = this.languages.length * this.project.documents.length
    let total = 0
    let translated = 0
    const entries: LanguageEntry[] = []
    for (const {document, id, previous, plan} of pairs) {
      this.options.progress?.(`build ${language}`, ++this.step, steps)
      if (plan === 'reuse') {
        total += previous!.total
        translated += previous!.translated
        entries.push({document, id, previous})
        continue
      }
      await this.batch.ready()
      const written = this.write(language, document, await localized.output(this.job++), true, previous)
      total += written.total
      translated += written.translated
      entries.push({document, id, written})
    }
    const {percent, emitted: keep} = planLanguage({isSource: language === this.project.sourceLanguage, translated, total, minimum})
    for (const entry of entries) this.recordEntry(language, entry, keep)
    this.result.languages.push({language, translated, total, percent, minimum, emitted: keep})
  }

  /** Count, report and record one pair once its language's coverage is known. */
  private recordEntry(language: string, {document, id, previous, written}: LanguageEntry, keep: boolean): void {
    const entry = written ?? previous!
    if (keep && (!this.omitUntranslated || entry.catalogHash !== '')) {
      this.result.documents++
      this.documentsOf.set(language, (this.documentsOf.get(language) ?? 0) + 1)
    }
    this.reportWarnings(language, document, entry)
    if (written) {
      if (!keep) this.batch.remove(this.outputsOf(language, document).documentFile)
      this.manifest.record(id, keep ? written : {...written, kept: false, documentHash: undefined})
      return
    }
    // An omitted page (no translation, `untranslatedDocuments: "omit"`) has no outputs to look for.
    const {documentFolder, catalogFolder} = this.outputFoldersOf(language, document)
    const outputs = planReusedOutputs({
      wasKept: previous!.kept,
      keep,
      outputsPresent: () =>
        (previous!.catalogHash === '' || previous!.catalogHash === notExported || this.present(catalogFolder, () => this.fileIn(catalogFolder, document, '.json'), true)) &&
        (!keep || previous!.catalogHash === '' || this.present(documentFolder, () => this.documentFileIn(documentFolder, document), true))
    })
    if (outputs === 'keep') this.manifest.record(id)
    else this.manifest.record(id, this.write(language, document, localizeOutput(this.project, document, language, this.listing, this.pagesOf(language)), keep, previous))
  }

  /**
   * What the last build wrote for a language or document no longer in the project goes; the
   * outputs of languages this build was not asked for stay.
   */
  private withdraw(): void {
    const namespaces = new Set(this.project.documents.map(({namespace}) => namespace))
    for (const id of this.manifest.unrecorded()) {
      const [language, ...rest] = id.split('/') as [string, ...string[]]
      const namespace = rest.join('/')
      if (this.project.languages.includes(language) && !this.languages.includes(language) && namespaces.has(namespace)) {
        this.manifest.record(id)
        continue
      }
      this.batch.remove(path.join(this.exportsDir, language, `${namespace}.json`))
      for (const extension of documentExtensions) this.batch.remove(path.join(this.docsDir, language, `${namespace}${extension}`))
    }
  }

  /** Commit the outputs, remove emptied folders, save the record and the caches, name the files. */
  private finish(patched: boolean, assetsMoved: boolean): BuildResult {
    const {project, manifest, result} = this
    const {session} = this.options
    const {written, removed} = this.batch.commit()
    this.removeEmptiedFolders(removed)
    const folderStamps = this.folders.afterRun()
    const moved = assetsMoved || [...folderStamps].some(([folder, stamp]) => manifest.folders.get(folder) !== stamp)
    for (const [folder, stamp] of folderStamps) manifest.folders.set(folder, stamp)
    const cacheBatch = new WriteBatch(project.host, project.root)
    if ((patched ? manifest.patched() : manifest.finish()) || moved) {
      if (session) session.unsaved = true
      else manifest.save(cacheBatch)
    }
    project.cache?.save(cacheBatch)
    cacheBatch.commit()
    project.cache?.removeOthers()
    if (session) {
      const rows = new Map(result.languages.map((row) => [row.language, {...row, documents: this.documentsOf.get(row.language) ?? 0}]))
      session.built = {languages: this.languages.join('\n'), documents: this.documentsKey!, rows}
    }
    result.written = written.map((file) => toPosixRelative(project.root, file))
    result.removed = removed.map((file) => toPosixRelative(project.root, file))
    return result
  }

  /** A language withdrawn whole, or catalogs no longer exported, leave no empty folders behind. */
  private removeEmptiedFolders(removed: readonly string[]): void {
    const {host} = this.project
    const emptied = new Set(removed.map((file) => path.dirname(file)))
    for (const folder of emptied) {
      if (folder === this.outDir || !folder.startsWith(this.outDir + path.sep) || host.list(folder)?.length !== 0) continue
      host.removeFolder(folder)
      emptied.add(path.dirname(folder))
    }
  }
}
