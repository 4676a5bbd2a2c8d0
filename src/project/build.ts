/**
 * project/build: write `dist/docs/<tag>/<document>` and (`exportCatalogs`)
 * `dist/locales/<tag>/<namespace>.json` (usable translations) for every language whose coverage
 * reaches its minimum.
 *
 * Incremental: a language × document whose source hash and catalog stamps are as the record in
 * `dist/` says is neither read nor written (`plan`); a watcher (`node/watch`) says what changed,
 * and its rebuild looks at those pairs only, the others and each language's figures kept from its
 * last build. Outputs of a language or document no longer built are withdrawn.
 */
import path from 'node:path'
import {toPosixRelative} from '../util/paths.js'
import {serializeCatalog} from '../catalog/store.js'
import {minCoverageFor} from '../config/normalize.js'
import {readCatalog, type Project, type ProjectDocument} from './load.js'
import {FolderJoins, FolderListing, FolderStamps} from './listing.js'
import {WriteBatch, within} from './batch.js'
import {OutputManifest, type BuiltEntry} from './state/output-manifest.js'
import {contentHash} from './state/files.js'
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
  /** The document as text, or as its UTF-8 bytes when it came from a worker thread (written as they are). */
  markdown: string | Uint8Array
  /** `dist/locales/<tag>/<namespace>.json`, serialized (text or UTF-8 bytes, like `markdown`), and its content hash (`''` and `-` when not exported). */
  catalogText: string | Uint8Array
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
  const catalogText = project.config.exportCatalogs ? serializeCatalog(localized.catalog) : ''
  return {
    markdown: localized.markdown,
    catalogText,
    catalogHash: project.config.exportCatalogs ? contentHash(catalogText) : notExported,
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

/** The catalog hash a build records for a document whose catalog it does not export (`exportCatalogs: false`). */
const notExported = '-'

/** Pairs to localize from which worker threads pay for their start (each loads the project). */
export const localizeOnThreadsFrom = 2000

export interface BuildSession {
  manifest?: OutputManifest
  /** Whether the record changed since the watcher last saved it. */
  unsaved?: boolean
  /**
   * Each language's figures after the session's last build, for the languages and documents it
   * built: a rebuild of what the watcher reported then looks at those pairs only.
   */
  built?: {languages: string; documents: string; rows: Map<string, BuiltLanguage & {documents: number}>}
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
  // Resolved: no trailing separator (`"outDir": "dist/"`), so the folders below it compare as strings.
  const outDir = path.resolve(root, project.config.outDir)
  const locales = path.join(root, project.config.localesDir)
  const settings = JSON.stringify([project.sourceLanguage, project.config.staleTranslations, project.config.frontMatterFields, project.config.untranslatedDocuments, project.config.headingIds, project.config.links, project.config.exportCatalogs])
  const {session} = options
  const manifest = session?.manifest?.settings === settings ? session.manifest : new OutputManifest(host, outDir, settings)
  if (session) {
    session.manifest = manifest
    manifest.keepDecoded()
  }
  const listing = new FolderListing(host)
  // Folders in which no file came or went since the last build: what existed then exists now.
  const folders = new FolderStamps(host, manifest.folders)
  // A file the last build left in a folder that did not move is still there (its path is only
  // made when the folder moved).
  const present = (folder: string, file: () => string, known: boolean) => (known && folders.unchanged(folder)) || listing.has(file())
  const batch = new WriteBatch(host, root)
  return within(batch, async () => {
    const joins = new FolderJoins()
    // Each document's folder and names, worked out once: the loops below run for every language
    // of every document, and a watcher's rebuild runs them all for one saved file.
    const places = new Map(project.documents.map((document) => [document, {folder: path.posix.dirname(document.relativePath), file: `${path.sep}${path.posix.basename(document.relativePath)}`, name: `${path.sep}${path.posix.basename(document.namespace)}`}]))
    const folderIn = (base: string, language: string, document: ProjectDocument) => joins.of(base, language, places.get(document)!.folder)
    const fileIn = (folder: string, document: ProjectDocument, extension: string) => `${folder}${places.get(document)!.name}${extension}`
    const docsDir = path.join(outDir, 'docs')
    const exportsDir = path.join(outDir, 'locales')
    const result: BuildResult = {languages: [], documents: 0, warnings: [], written: [], removed: []}
    // Documents written or up to date, per language (`result.documents` is their sum).
    const documentsOf = new Map<string, number>()
    const steps = languages.length * project.documents.length
    const omitUntranslated = project.config.untranslatedDocuments === 'omit'
    const exportCatalogs = project.config.exportCatalogs
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
        documentFile: `${documentFolder}${places.get(document)!.file}`,
        catalogFile: fileIn(catalogFolder, document, '.json')
      }
    }
    const write = (language: string, document: ProjectDocument, output: LocalizedOutput, keep: boolean, before: BuiltEntry | undefined): BuiltEntry => {
      const {documentFile, catalogFile, documentFolder, catalogFolder} = outputsOf(language, document)
      // A page with no translation at all is left to the site's own fallback, when asked.
      const omitted = omitUntranslated && language !== project.sourceLanguage && output.untranslated
      const catalogHash = omitted ? '' : exportCatalogs ? output.catalogHash : notExported
      // An output the last build wrote with the same content is not read or written again.
      if (omitted) batch.remove(catalogFile)
      // Not exported: an export of a build before the setting changed (it had no record then) goes.
      else if (!exportCatalogs) {
        if (before === undefined && listing.has(catalogFile)) batch.remove(catalogFile)
      } else if (before?.catalogHash !== catalogHash || !present(catalogFolder, () => catalogFile, before !== undefined)) batch.write(catalogFile, output.catalogText, {handOver: true})
      const documentHash = keep && !omitted ? output.documentHash : undefined
      if (documentHash === undefined) batch.remove(documentFile)
      else if (before?.documentHash !== documentHash || !present(documentFolder, () => documentFile, before?.documentHash !== undefined)) batch.write(documentFile, output.markdown, {handOver: true})
      const warnings = output.fallbacks.map((fallback) => `${fallback.key}\t${fallback.reason}`)
      return {sourceHash: document.sourceHash, ...output.stamps, ...(output.linked ? {linked: output.linked} : {}), total: output.counts.total, translated: output.counts.translated, kept: keep, warnings, catalogHash, documentHash}
    }
    // What one language × document needs: its inputs moved since the last build, or not.
    const planPair = (language: string, document: ProjectDocument, previous: BuiltEntry | undefined, reportedChanged: boolean | undefined) => {
      const catalogFolder = folderIn(locales, language, document)
      folders.see(catalogFolder)
      return planBuildEntry({
        previous,
        sourceHash: document.sourceHash,
        isSource: language === project.sourceLanguage,
        reportedChanged,
        // Catalogs exist as a rule: one `stat` each, no listing. A translator edits a catalog in
        // place; a meta file is md-l10n's own, which it only creates or replaces by a rename, so
        // while its folder's stamp holds, it is as the last build saw it (half the stats of a warm build).
        catalogStamp: () => host.stamp(fileIn(catalogFolder, document, '.json')),
        metaStamp: (recorded) => (folders.unchanged(catalogFolder) ? recorded : listing.stamp(fileIn(catalogFolder, document, '.meta.json')))
      })
    }
    const reportWarnings = (language: string, document: ProjectDocument, entry: BuiltEntry) => {
      for (const warning of entry.warnings) {
        const [key, reason] = warning.split('\t') as [string, string]
        result.warnings.push({file: `${project.config.localesDir}/${language}/${document.namespace}.json`, language, namespace: document.namespace, key, reason})
      }
    }
    const documentsKey = session && project.documents.map(({namespace}) => namespace).join('\n')
    const patched = changed !== undefined && patchReported(changed)
    if (!patched) await buildAll()
    // A watcher reports no assets: a patched rebuild leaves them as they are.
    const assetsMoved = !patched && copyAssets(project, languages, result.languages, docsDir, manifest, batch, listing)
    const {written, removed} = batch.commit()
    // A language withdrawn whole, or catalogs no longer exported, leave no empty folders behind.
    const emptied = new Set(removed.map((file) => path.dirname(file)))
    for (const folder of emptied) {
      if (folder === outDir || !folder.startsWith(outDir + path.sep) || host.list(folder)?.length !== 0) continue
      host.removeFolder(folder)
      emptied.add(path.dirname(folder))
    }
    const folderStamps = folders.afterRun()
    const moved = assetsMoved || [...folderStamps].some(([folder, stamp]) => manifest.folders.get(folder) !== stamp)
    for (const [folder, stamp] of folderStamps) manifest.folders.set(folder, stamp)
    const cacheBatch = new WriteBatch(host, root)
    if ((patched ? manifest.patched() : manifest.finish()) || moved) {
      if (session) session.unsaved = true
      else manifest.save(cacheBatch)
    }
    project.cache?.save(cacheBatch)
    cacheBatch.commit()
    project.cache?.removeOthers()
    if (session) session.built = {languages: languages.join('\n'), documents: documentsKey!, rows: new Map(result.languages.map((row) => [row.language, {...row, documents: documentsOf.get(row.language) ?? 0}]))}
    const relative = (file: string) => toPosixRelative(root, file)
    result.written = written.map(relative)
    result.removed = removed.map(relative)
    return result

    /**
     * A watcher's rebuild: only the pairs of the sources and catalogs it reported are planned and,
     * if their inputs moved, localized and written; every other pair, and each language's figures,
     * are as the session's last build left them (a saved catalog of the 7,425-page benchmark no
     * longer walks its 96,525 pairs). Returns false, having changed nothing, when it cannot: the
     * languages or documents differ from the last build's, links take other pages' headings, or a
     * language crosses its minimum coverage (every one of its pairs is then rewritten).
     */
    function patchReported(reported: NonNullable<BuildOptions['changed']>): boolean {
      const last = session?.built
      if (!last || last.languages !== languages.join('\n') || last.documents !== documentsKey || project.config.headingIds === 'translate') return false
      const byNamespace = new Map(project.documents.map((document) => [document.namespace, document]))
      const pairs = new Map<string, {language: string; document: ProjectDocument}>()
      for (const document of project.documents) if (reported.sources.has(document.file)) for (const language of languages) pairs.set(`${language}/${document.namespace}`, {language, document})
      for (const id of reported.catalogs) {
        const [language, ...rest] = id.split('/')
        const document = byNamespace.get(rest.join('/'))
        if (document && languages.includes(language!)) pairs.set(id, {language: language!, document})
      }
      const rows = new Map([...last.rows].map(([language, row]) => [language, {...row}]))
      const localized: Array<{id: string; language: string; document: ProjectDocument; previous: BuiltEntry; output: LocalizedOutput}> = []
      for (const [id, {language, document}] of pairs) {
        const previous = manifest.get(id)
        const row = rows.get(language)
        if (!previous || !row) return false
        if (planPair(language, document, previous, undefined) === 'reuse') continue
        const output = localizeOutput(project, document, language, listing)
        row.total += output.counts.total - previous.total
        row.translated += output.counts.translated - previous.translated
        localized.push({id, language, document, previous, output})
      }
      for (const row of rows.values()) {
        const {percent, emitted} = planLanguage({isSource: row.language === project.sourceLanguage, translated: row.translated, total: row.total, minimum: row.minimum})
        if (emitted !== row.emitted) return false
        row.percent = percent
      }
      for (const {id, language, document, previous, output} of localized) {
        const keep = rows.get(language)!.emitted
        const written = write(language, document, output, true, previous)
        if (!keep) batch.remove(outputsOf(language, document).documentFile)
        // An omitted page counts among the documents only while it has outputs.
        if (keep && omitUntranslated) rows.get(language)!.documents += Number(written.catalogHash !== '') - Number(previous.catalogHash !== '')
        manifest.patch(id, keep ? written : {...written, kept: false, documentHash: undefined})
        reportWarnings(language, document, written)
      }
      for (const row of rows.values()) {
        const {documents, ...language} = row
        result.languages.push(language)
        result.documents += documents
        documentsOf.set(row.language, documents)
      }
      return true
    }

    async function buildAll() {
      // First what each language × document needs (its inputs moved, or not), then the localizing,
      // all at once on worker threads when there is much of it, while the outputs are written here.
      const plans = languages.map((language) => {
        const own = project.documents.map((document) => {
          const id = `${language}/${document.namespace}`
          const previous = manifest.get(id)
          return {document, id, previous, plan: planPair(language, document, previous, changed && changed.catalogs.has(id))}
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
            const entry = written ?? previous!
            if (keep && (!omitUntranslated || entry.catalogHash !== '')) {
              result.documents++
              documentsOf.set(language, (documentsOf.get(language) ?? 0) + 1)
            }
            reportWarnings(language, document, entry)
            if (written) {
              if (!keep) batch.remove(outputsOf(language, document).documentFile)
              manifest.record(id, keep ? written : {...written, kept: false, documentHash: undefined})
              continue
            }
            // An omitted page (no translation, `untranslatedDocuments: "omit"`) has no outputs to look for.
            const documentFolder = folderIn(docsDir, language, document)
            const catalogFolder = folderIn(exportsDir, language, document)
            folders.see(documentFolder)
            folders.see(catalogFolder)
            const outputs = planReusedOutputs({
              wasKept: previous!.kept,
              keep,
              outputsPresent: () =>
                (previous!.catalogHash === '' || previous!.catalogHash === notExported || present(catalogFolder, () => fileIn(catalogFolder, document, '.json'), true)) &&
                (!keep || previous!.catalogHash === '' || present(documentFolder, () => `${documentFolder}${places.get(document)!.file}`, true))
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
    }
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
