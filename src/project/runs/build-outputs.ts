/**
 * project/runs/build-outputs: where a build's outputs of one language × document go, whether they
 * are still there, and how a pair's outputs are written and recorded: what every step of a
 * `BuildRun` (and a watcher's patch) shares.
 */
import path from 'node:path'
import type {Project, ProjectDocument} from '../load.js'
import {FolderJoins, FolderListing, FolderStamps} from '../listing.js'
import {WriteBatch} from '../batch.js'
import {OutputManifest, type BuiltEntry} from '../state/output-manifest.js'
import {planBuildEntry} from '../plan.js'
import type {BuildOptions, LocalizedOutput} from '../build.js'
import {notExported} from './build-localize.js'
import {placedFile, relativelyLinked} from '../place.js'

export type BuildPlan = ReturnType<typeof planBuildEntry>

export class BuildOutputs {
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
  /** Whether a page with no translation may be omitted (`omit`, `omit-unlinked`). */
  readonly omitUntranslated: boolean
  /** Human files at a layout's place that this build left alone (`existingPages: "keep"`). */
  readonly kept: Array<{language: string; file: string}> = []
  private linkedDocuments: Set<ProjectDocument> | undefined
  readonly exportCatalogs: boolean
  private readonly joins = new FolderJoins()
  /** Each document's folder and names, worked out once: the steps run for every language of every document. */
  private readonly places: Map<ProjectDocument, {folder: string; file: string; name: string}>

  constructor(
    readonly project: Project,
    readonly options: BuildOptions
  ) {
    const {host, root, config} = project
    this.outDir = path.resolve(root, config.outDir)
    this.docsDir = path.join(this.outDir, 'docs')
    this.exportsDir = path.join(this.outDir, 'locales')
    this.locales = path.join(root, config.localesDir)
    const site = [
      project.site.roots,
      config.locales,
      config.existingPages,
      project.site.linkFields,
      config.linkAttributes,
      project.site.routing
    ]
    this.settings = JSON.stringify([
      project.sourceLanguage,
      config.staleTranslations,
      config.frontMatterFields,
      config.untranslatedDocuments,
      config.headingIds,
      config.links,
      config.exportCatalogs,
      ...(project.site.roots.some(({layout}) => layout) ? site : []),
      ...(config.machineTranslations === 'use' ? [] : [{machineTranslations: config.machineTranslations}])
    ])
    const {session} = options
    this.manifest =
      session?.manifest?.settings === this.settings
        ? session.manifest
        : new OutputManifest(host, this.outDir, this.settings)
    if (session) {
      session.manifest = this.manifest
      this.manifest.keepDecoded()
    }
    this.listing = new FolderListing(host)
    this.folders = new FolderStamps(host, this.manifest.folders)
    this.batch = new WriteBatch(host, root)
    this.omitUntranslated = config.untranslatedDocuments !== 'copy'
    this.exportCatalogs = config.exportCatalogs
    const place = (document: ProjectDocument) => ({
      folder: path.posix.dirname(document.relativePath),
      file: `${path.sep}${path.posix.basename(document.relativePath)}`,
      name: `${path.sep}${path.posix.basename(document.namespace)}`
    })
    this.places = new Map(project.documents.map((document) => [document, place(document)]))
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

  /** Where a site layout puts the document in `language` (absolute), or `undefined` for the build layout. */
  placedOf(language: string, document: ProjectDocument): string | undefined {
    const placed = document.source?.root.layout ? placedFile(this.project, document, language) : undefined
    return placed === undefined ? undefined : path.join(this.project.root, placed)
  }

  /** Whether an untranslated page is omitted: `omit`, or `omit-unlinked` where no page links to it relatively. */
  private omits(document: ProjectDocument): boolean {
    const policy = this.project.config.untranslatedDocuments
    if (policy !== 'omit-unlinked') return policy === 'omit'
    this.linkedDocuments ??= relativelyLinked(this.project)
    return !this.linkedDocuments.has(document)
  }

  /** Whether the document's output in `language` is build's to remove: under a site layout, only what it wrote. */
  owns(language: string, document: ProjectDocument, entry: BuiltEntry | undefined): boolean {
    return this.placedOf(language, document) === undefined || entry?.documentHash !== undefined
  }

  /** The output folders of one pair, seen (for their stamps). */
  outputFoldersOf(language: string, document: ProjectDocument): {documentFolder: string; catalogFolder: string} {
    const placed = this.placedOf(language, document)
    const documentFolder = placed === undefined ? this.folderIn(this.docsDir, language, document) : path.dirname(placed)
    const catalogFolder = this.folderIn(this.exportsDir, language, document)
    this.folders.see(documentFolder)
    this.folders.see(catalogFolder)
    return {documentFolder, catalogFolder}
  }

  documentFileIn(documentFolder: string, document: ProjectDocument, language?: string): string {
    return (
      (language === undefined ? undefined : this.placedOf(language, document)) ??
      `${documentFolder}${this.places.get(document)!.file}`
    )
  }

  /** The output folders and files of one pair. */
  outputsOf(language: string, document: ProjectDocument) {
    const {documentFolder, catalogFolder} = this.outputFoldersOf(language, document)
    return {
      documentFolder,
      catalogFolder,
      documentFile: this.documentFileIn(documentFolder, document, language),
      catalogFile: this.fileIn(catalogFolder, document, '.json')
    }
  }

  /** Write one pair's outputs (an output the last build wrote with the same content is not read or written again); returns its record. */
  write(
    language: string,
    document: ProjectDocument,
    output: LocalizedOutput,
    keep: boolean,
    before: BuiltEntry | undefined
  ): BuiltEntry {
    const {documentFile, catalogFile, documentFolder, catalogFolder} = this.outputsOf(language, document)
    // A page with no translation at all is left to the site's own fallback, when asked.
    const omitted =
      this.omitUntranslated && language !== this.project.sourceLanguage && output.untranslated && this.omits(document)
    const placed = this.placedOf(language, document) !== undefined
    const catalogHash = omitted ? '' : this.exportCatalogs ? output.catalogHash : notExported
    if (omitted) this.batch.remove(catalogFile)
    // Not exported: an export of a build before the setting changed (it had no record then) goes.
    else if (!this.exportCatalogs) {
      if (before === undefined && this.listing.has(catalogFile)) this.batch.remove(catalogFile)
    } else if (
      before?.catalogHash !== catalogHash ||
      !this.present(catalogFolder, () => catalogFile, before !== undefined)
    ) {
      this.batch.write(catalogFile, output.catalogText, {handOver: true})
    }
    // Under a site layout the source language's pages are the sources (never written), and a file
    // build did not write there is a human's (kept unless `existingPages: "replace"`).
    const isSource = placed && language === this.project.sourceLanguage
    const human =
      placed &&
      !isSource &&
      keep &&
      !omitted &&
      before?.documentHash === undefined &&
      this.project.config.existingPages === 'keep' &&
      this.listing.has(documentFile)
    if (human) this.kept.push({language, file: documentFile})
    const documentHash = keep && !omitted && !isSource && !human ? output.documentHash : undefined
    if (documentHash === undefined) {
      if (!placed || before?.documentHash !== undefined) this.batch.remove(documentFile)
    } else if (
      before?.documentHash !== documentHash ||
      !this.present(documentFolder, () => documentFile, before?.documentHash !== undefined)
    ) {
      this.batch.write(documentFile, output.markdown, {handOver: true})
    }
    const warnings = output.fallbacks.map((fallback) => `${fallback.key}\t${fallback.reason}`)
    const linked = output.linked ? {linked: output.linked} : {}
    return {
      sourceHash: document.sourceHash,
      ...output.stamps,
      ...linked,
      total: output.counts.total,
      translated: output.counts.translated,
      kept: keep,
      warnings,
      catalogHash,
      documentHash
    }
  }

  /** What one language × document needs: its inputs moved since the last build, or not. */
  planPair(
    language: string,
    document: ProjectDocument,
    previous: BuiltEntry | undefined,
    reportedChanged: boolean | undefined
  ): BuildPlan {
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
      metaStamp: (recorded) =>
        this.folders.unchanged(catalogFolder)
          ? recorded
          : this.listing.stamp(this.fileIn(catalogFolder, document, '.meta.json'))
    })
  }
}
