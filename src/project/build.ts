/**
 * project/build: write `dist/locales/<tag>/<namespace>.json` (usable translations) and
 * `dist/docs/<tag>/<document>` for every language whose coverage reaches its minimum.
 *
 * Incremental: a language × document whose source hash and catalog stamps are as the record in
 * `dist/` says is neither read nor written (`plan`); a watcher (`node/watch`) says what changed,
 * and then nothing else is even stat-ed. Outputs of a language or document no longer built are
 * withdrawn.
 */
import path from 'node:path'
import {serializeCatalog} from '../catalog/store.js'
import {minCoverageFor} from '../config/normalize.js'
import {readCatalog, type Project, type ProjectDocument} from './load.js'
import {FolderJoins, FolderListing, FolderStamps} from './listing.js'
import {WriteBatch, within} from './batch.js'
import {OutputManifest, contentHash, type BuiltEntry} from './state.js'
import {LinkedPages, localizeEntry} from './localize.js'
import {planBuildEntry, planLanguage, planLinkedEntry, planReusedOutputs} from './plan.js'
import type {Progress} from './progress.js'

export interface BuildOptions {
  /**
   * Only these may have changed since the last build (a watcher's report): source files as
   * `source/…`, catalogs as `language/namespace`. Everything else is taken as the last build left
   * it, without a look at the file system.
   */
  changed?: {sources: ReadonlySet<string>; catalogs: ReadonlySet<string>}
  /** What a watcher keeps between rebuilds: the record of the outputs, loaded once and saved by the watcher. */
  session?: BuildSession
  progress?: Progress
  /** Localize many documents at once (on worker threads, in the Node host); else one by one here. */
  localizeMany?: LocalizeMany
}

/** One language × document as build writes and records it. */
export interface LocalizedOutput {
  markdown: string
  /** `dist/locales/<tag>/<namespace>.json`, serialized, and its content hash. */
  catalogText: string
  catalogHash: string
  documentHash: string
  /** Whether the document uses no translation at all. */
  untranslated: boolean
  counts: {total: number; translated: number}
  fallbacks: Array<{key: string; reason: string}>
  /** Stamps of the catalog and meta it was made from. */
  stamps: {catalog: string; meta: string}
  /** The other pages its links point into (`headingIds: "translate"`): it is rebuilt when they are. */
  linked?: string[]
}

export type LocalizeOutcome = {output: LocalizedOutput} | {error: Error}

/**
 * Localize many language × document pairs at once (ahead of the caller, within bounds): `outcome`
 * gives job `index`'s, asked for in order; `close` stops the work (also after a failure).
 */
export type LocalizeMany = (project: Project, jobs: ReadonlyArray<{language: string; document: ProjectDocument}>) => {outcome(index: number): Promise<LocalizeOutcome>; close(): Promise<void>}

/**
 * Read one language's catalog of a document and localize it as build writes it; `pages` holds the
 * language's translated headings of linked pages, known once per language (`headingIds: "translate"`).
 */
export function localizeOutput(project: Project, document: ProjectDocument, language: string, listing?: FolderListing, pages?: LinkedPages): LocalizedOutput {
  const read = readCatalog(project, language, document.namespace, listing)
  const {localized, linked} = localizeEntry(project, document, language, read, pages)
  const catalogText = serializeCatalog(localized.catalog)
  return {
    markdown: localized.markdown,
    catalogText,
    catalogHash: contentHash(catalogText),
    documentHash: contentHash(localized.markdown),
    untranslated: Object.keys(localized.catalog).length === 0,
    counts: {total: localized.counts.total, translated: localized.counts.translated},
    fallbacks: localized.fallbacks,
    stamps: read.stamps,
    ...(linked ? {linked} : {})
  }
}

/** The linked pages of `language` for `localizeOutput`, one set per language (`headingIds: "translate"` only). */
export function linkedPagesOf(project: Project, listing?: FolderListing): (language: string) => LinkedPages | undefined {
  const pages = new Map<string, LinkedPages>()
  return (language) => {
    if (project.config.headingIds !== 'translate' || language === project.sourceLanguage) return undefined
    let known = pages.get(language)
    if (!known) pages.set(language, (known = new LinkedPages(project, language, listing)))
    return known
  }
}

/** Pairs to localize from which worker threads pay for their start (each loads the project). */
export const localizeOnThreadsFrom = 2000

export interface BuildSession {
  manifest?: OutputManifest
  /** Whether the record changed since the watcher last saved it. */
  unsaved?: boolean
}

export interface BuiltLanguage {
  language: string
  translated: number
  total: number
  /** Percent of segments translated (not rounded). */
  percent: number
  minimum: number
  /** Whether its documents were written (the source language's always are). */
  emitted: boolean
}

/** A translation build could not use (its tags do not match the source's): the source text is used. */
export interface BuildWarning {
  /** The catalog, relative to the project root. */
  file: string
  language: string
  namespace: string
  key: string
  reason: string
}

export interface BuildResult {
  languages: BuiltLanguage[]
  /** Documents written or up to date in the output folder. */
  documents: number
  warnings: BuildWarning[]
  /** Files written and removed, relative to the project root. */
  written: string[]
  removed: string[]
}

/** Output document extensions a withdrawn entry may have had. */
const documentExtensions = ['.md', '.mdx', '.markdown']

/** Build `languages` (default: all of the project's); the outputs of the project's other languages stay as they are. */
export function buildProject(project: Project, languages: readonly string[] = project.languages, options: BuildOptions = {}): Promise<BuildResult> {
  const {host, root} = project
  const {changed} = options
  const outDir = path.join(root, project.config.outDir)
  const locales = path.join(root, project.config.localesDir)
  const settings = JSON.stringify([project.sourceLanguage, project.config.staleTranslations, project.config.frontMatterFields, project.config.untranslatedDocuments, project.config.headingIds, project.config.links])
  const {session} = options
  const manifest = session?.manifest?.settings === settings ? session.manifest : new OutputManifest(host, outDir, settings)
  if (session) {
    session.manifest = manifest
    manifest.keepDecoded()
  }
  const listing = new FolderListing(host)
  // Folders in which no file came or went since the last build: what existed then exists now.
  const folders = new FolderStamps(host, manifest.folders)
  // A file the last build left in a folder that did not move is still there.
  const present = (folder: string, file: string, known: boolean) => (known && folders.unchanged(folder)) || listing.has(file)
  const batch = new WriteBatch(host, root)
  return within(batch, async () => {
    const joins = new FolderJoins()
    const folderIn = (base: string, language: string, document: ProjectDocument) => joins.of(base, language, path.posix.dirname(document.relativePath))
    const fileIn = (folder: string, document: ProjectDocument, extension: string) => `${folder}${path.sep}${path.posix.basename(document.namespace)}${extension}`
    const docsDir = path.join(outDir, 'docs')
    const exportsDir = path.join(outDir, 'locales')
    const result: BuildResult = {languages: [], documents: 0, warnings: [], written: [], removed: []}
    const steps = languages.length * project.documents.length
    const omitUntranslated = project.config.untranslatedDocuments === 'omit'
    let step = 0
    const pagesOf = linkedPagesOf(project, listing)
    const outputsOf = (language: string, document: ProjectDocument) => {
      const documentFolder = folderIn(docsDir, language, document)
      const catalogFolder = folderIn(exportsDir, language, document)
      folders.see(documentFolder)
      folders.see(catalogFolder)
      return {
        documentFolder,
        catalogFolder,
        documentFile: `${documentFolder}${path.sep}${path.posix.basename(document.relativePath)}`,
        catalogFile: fileIn(catalogFolder, document, '.json')
      }
    }
    const write = (language: string, document: ProjectDocument, output: LocalizedOutput, keep: boolean, before: BuiltEntry | undefined): BuiltEntry => {
      const {documentFile, catalogFile, documentFolder, catalogFolder} = outputsOf(language, document)
      // A page with no translation at all is left to the site's own fallback, when asked.
      const omitted = omitUntranslated && language !== project.sourceLanguage && output.untranslated
      const catalogHash = omitted ? '' : output.catalogHash
      // An output the last build wrote with the same content is not read or written again.
      if (omitted) batch.remove(catalogFile)
      else if (before?.catalogHash !== catalogHash || !present(catalogFolder, catalogFile, before !== undefined)) batch.write(catalogFile, output.catalogText)
      const documentHash = keep && !omitted ? output.documentHash : undefined
      if (documentHash === undefined) batch.remove(documentFile)
      else if (before?.documentHash !== documentHash || !present(documentFolder, documentFile, before?.documentHash !== undefined)) batch.write(documentFile, output.markdown)
      const warnings = output.fallbacks.map((fallback) => `${fallback.key}\t${fallback.reason}`)
      return {sourceHash: document.sourceHash, ...output.stamps, ...(output.linked ? {linked: output.linked} : {}), total: output.counts.total, translated: output.counts.translated, kept: keep, warnings, catalogHash, documentHash}
    }
    // First what each language × document needs (its inputs moved, or not), then the localizing,
    // all at once on worker threads when there is much of it, while the outputs are written here.
    const plans = languages.map((language) => {
      const own = project.documents.map((document) => {
        const id = `${language}/${document.namespace}`
        const previous = manifest.get(id)
        const catalogFolder = folderIn(locales, language, document)
        folders.see(catalogFolder)
        const plan = planBuildEntry({
          previous,
          sourceHash: document.sourceHash,
          isSource: language === project.sourceLanguage,
          reportedChanged: changed && changed.catalogs.has(id),
          // Catalogs exist as a rule: one `stat` each, no listing. A translator edits a catalog in
          // place; a meta file is md-l10n's own, which it only creates or replaces by a rename, so
          // while its folder's stamp holds, it is as the last build saw it (half the stats of a warm build).
          catalogStamp: () => host.stamp(fileIn(catalogFolder, document, '.json')),
          metaStamp: (recorded) => (folders.unchanged(catalogFolder) ? recorded : listing.stamp(fileIn(catalogFolder, document, '.meta.json')))
        })
        return {document, id, previous, plan}
      })
      // A page whose links point into a page that is rebuilt, appears or goes is rebuilt too.
      const byNamespace = new Map(own.map(({document, plan}) => [document.namespace, plan]))
      return own.map((entry) => ({...entry, plan: planLinkedEntry({plan: entry.plan, linked: entry.previous?.linked, planOf: (namespace) => byNamespace.get(namespace)})}))
    })
    const jobs = plans.flatMap((entries, index) => entries.filter(({plan}) => plan !== 'reuse').map(({document}) => ({language: languages[index]!, document})))
    const localized = localizeAll(project, jobs, listing, options.localizeMany, pagesOf)
    try {
      await writeLanguages()
    } finally {
      await localized.close()
    }
    async function writeLanguages() {
      let job = 0
      for (const [languageIndex, language] of languages.entries()) {
        const minimum = minCoverageFor(project.config, language)
        // Whether the language is emitted depends on its coverage over all documents: the documents
        // are written as they are localized (memory stays flat) and withdrawn if it falls short.
        let total = 0
        let translated = 0
        const entries: Array<{document: ProjectDocument; id: string; previous?: BuiltEntry; written?: BuiltEntry}> = []
        for (const {document, id, previous, plan} of plans[languageIndex]!) {
          options.progress?.(`build ${language}`, ++step, steps)
          if (plan === 'reuse') {
            total += previous!.total
            translated += previous!.translated
            entries.push({document, id, previous})
            continue
          }
          await batch.ready()
          const written = write(language, document, await localized.output(job++), true, previous)
          total += written.total
          translated += written.translated
          entries.push({document, id, written})
        }
        const {percent, emitted: keep} = planLanguage({isSource: language === project.sourceLanguage, translated, total, minimum})
        for (const {document, id, previous, written} of entries) {
          const {documentFile, catalogFile, documentFolder, catalogFolder} = outputsOf(language, document)
          const entry = written ?? previous!
          if (keep && (!omitUntranslated || entry.catalogHash !== '')) result.documents++
          for (const warning of entry.warnings) {
            const [key, reason] = warning.split('\t') as [string, string]
            result.warnings.push({file: `${project.config.localesDir}/${language}/${document.namespace}.json`, language, namespace: document.namespace, key, reason})
          }
          if (written) {
            if (!keep) batch.remove(documentFile)
            manifest.record(id, keep ? written : {...written, kept: false, documentHash: undefined})
            continue
          }
          // An omitted page (no translation, `untranslatedDocuments: "omit"`) has no outputs to look for.
          const outputs = planReusedOutputs({
            wasKept: previous!.kept,
            keep,
            outputsPresent: () => (previous!.catalogHash === '' || present(catalogFolder, catalogFile, true)) && (!keep || previous!.catalogHash === '' || present(documentFolder, documentFile, true))
          })
          if (outputs === 'keep') manifest.record(id)
          else manifest.record(id, write(language, document, localizeOutput(project, document, language, listing, pagesOf(language)), keep, previous))
        }
        result.languages.push({language, translated, total, percent, minimum, emitted: keep})
      }
    }
    // What the last build wrote for a language or document no longer in the project goes; the
    // outputs of languages this build was not asked for stay.
    const namespaces = new Set(project.documents.map(({namespace}) => namespace))
    for (const id of manifest.unrecorded()) {
      const [language, ...rest] = id.split('/')
      const namespace = rest.join('/')
      if (project.languages.includes(language!) && !languages.includes(language!) && namespaces.has(namespace)) {
        manifest.record(id)
        continue
      }
      batch.remove(path.join(exportsDir, language!, `${namespace}.json`))
      for (const extension of documentExtensions) batch.remove(path.join(docsDir, language!, `${namespace}${extension}`))
    }
    const assetsMoved = copyAssets(project, languages, result.languages, docsDir, manifest, batch, listing)
    const {written, removed} = batch.commit()
    // A language withdrawn whole leaves no empty folders behind.
    for (const folder of new Set(removed.map((file) => path.dirname(file)))) if (host.list(folder)?.length === 0) host.removeFolder(folder)
    const folderStamps = folders.afterRun()
    const moved = assetsMoved || [...folderStamps].some(([folder, stamp]) => manifest.folders.get(folder) !== stamp)
    for (const [folder, stamp] of folderStamps) manifest.folders.set(folder, stamp)
    const cacheBatch = new WriteBatch(host, root)
    if (manifest.finish() || moved) {
      if (session) session.unsaved = true
      else manifest.save(cacheBatch)
    }
    project.cache?.save(cacheBatch)
    cacheBatch.commit()
    project.cache?.removeOthers()
    const relative = (file: string) => path.relative(root, file).split(path.sep).join('/')
    result.written = written.map(relative)
    result.removed = removed.map(relative)
    return result
  })
}

/** A `LocalizeMany` pool that localizes each job on this thread when its outcome is asked for. */
export function localizeHere(project: Project, jobs: ReadonlyArray<{language: string; document: ProjectDocument}>, listing?: FolderListing, pagesOf = linkedPagesOf(project, listing)): ReturnType<LocalizeMany> {
  return {
    async outcome(index) {
      const {document, language} = jobs[index]!
      try {
        return {output: localizeOutput(project, document, language, listing, pagesOf(language))}
      } catch (error) {
        return {error: error as Error}
      }
    },
    close: async () => {}
  }
}

/**
 * Start localizing `jobs` (on `localizeMany` when there are many, else here, each when asked for):
 * the output of job `index`, which throws the job's error, and `close`.
 */
function localizeAll(project: Project, jobs: ReadonlyArray<{language: string; document: ProjectDocument}>, listing: FolderListing, localizeMany: LocalizeMany | undefined, pagesOf: (language: string) => LinkedPages | undefined): {output(index: number): Promise<LocalizedOutput>; close(): Promise<void>} {
  const pool = localizeMany && jobs.length >= localizeOnThreadsFrom ? localizeMany(project, jobs) : localizeHere(project, jobs, listing, pagesOf)
  return {
    async output(index) {
      const outcome = await pool.outcome(index)
      if ('error' in outcome) throw outcome.error
      return outcome.output
    },
    close: () => pool.close()
  }
}

/**
 * Copy the assets next to the sources beside each emitted language's documents (a file whose
 * source did not change since it was copied is left alone); withdraw those of languages that are
 * not emitted or no longer in the project. Returns whether the record of copies changed.
 */
function copyAssets(project: Project, built: readonly string[], languages: readonly BuiltLanguage[], docsDir: string, manifest: OutputManifest, batch: WriteBatch, listing: FolderListing): boolean {
  const {host, root, config} = project
  const sourceFolder = path.join(root, config.sourceDir)
  const assets = config.assets === 'copy' ? project.assets : []
  const stamps = new Map(assets.map((asset) => [asset, host.stamp(path.join(sourceFolder, asset))]))
  const kept = new Map<string, string>()
  let changed = false
  for (const {language, emitted} of languages) {
    if (!emitted) continue
    for (const asset of assets) {
      const output = path.join(docsDir, language, asset)
      const stamp = stamps.get(asset)!
      if (manifest.assets.get(output) !== stamp || !listing.has(output)) {
        batch.write(output, host.read(path.join(sourceFolder, asset))!.bytes)
        changed = true
      }
      kept.set(output, stamp)
    }
  }
  // Languages this build was not asked for keep their copies.
  for (const [output, stamp] of manifest.assets) {
    if (kept.has(output)) continue
    const language = path.relative(docsDir, output).split(path.sep)[0]!
    if (project.languages.includes(language) && !built.includes(language)) kept.set(output, stamp)
    else {
      batch.remove(output)
      changed = true
    }
  }
  manifest.assets.clear()
  for (const [output, stamp] of kept) manifest.assets.set(output, stamp)
  return changed
}

export function formatPercent(percent: number): string {
  return `${percent === 100 || percent === 0 ? percent : Math.floor(percent * 10) / 10}%`
}
