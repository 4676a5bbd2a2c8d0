/**
 * cli/commands/build: write `dist/locales/<tag>/<namespace>.json` (usable translations) and
 * `dist/docs/<tag>/<document>.md` for every language whose coverage reaches its minimum.
 *
 * Incremental: a language × document whose source hash and catalog stamps are as the record in
 * `dist/` says is neither read nor written; a watcher (`cli/watch`) says what changed, and then
 * nothing else is even stat-ed.
 */
import path from 'node:path'
import {catalogStatus} from '../../catalog/status.js'
import {serializeCatalog} from '../../catalog/store.js'
import {localizeDocument, type LocalizedDocument} from '../../assemble/localize.js'
import {minCoverageFor} from '../../config/normalize.js'
import {loadProject, readCatalog, type ProjectDocument} from '../project.js'
import {FolderJoins, FolderListing, FolderStamps, WriteBatch, fileStamp} from '../fs.js'
import {OutputManifest, contentHash, type BuiltEntry} from '../cache.js'
import type {Output} from '../io.js'

export interface BuildOptions {
  /** Extra languages to build (a pseudo-locale); the configured ones are always built. */
  languages?: string[]
  /**
   * Only these may have changed since the last build (a watcher's report): source files as
   * `source/…`, catalogs as `language/namespace`. Everything else is taken as the last build left
   * it, without a look at the file system.
   */
  changed?: {sources: ReadonlySet<string>; catalogs: ReadonlySet<string>}
  /** What a watcher keeps between rebuilds: the record of the outputs, loaded once and saved by the watcher. */
  session?: BuildSession
}

export interface BuildSession {
  manifest?: OutputManifest
  /** Whether the record changed since the watcher last saved it. */
  unsaved?: boolean
}

type Inputs = Pick<BuiltEntry, 'sourceHash' | 'catalog' | 'meta'>

export async function build(root: string, options: BuildOptions, output: Output): Promise<boolean> {
  const {changed} = options
  const project = await loadProject(root, {extraLanguages: options.languages, unchanged: changed && ((file) => !changed.sources.has(file))})
  const outDir = path.join(root, project.config.outDir)
  const locales = path.join(root, project.config.localesDir)
  const settings = JSON.stringify([project.sourceLanguage, project.config.staleTranslations, project.config.frontMatterFields])
  const {session} = options
  const manifest = session?.manifest?.settings === settings ? session.manifest : new OutputManifest(outDir, settings)
  if (session) {
    session.manifest = manifest
    manifest.keepDecoded()
  }
  const listing = new FolderListing()
  // Folders in which no file came or went since the last build: what existed then exists now.
  const folders = new FolderStamps(manifest.folders)
  // A file the last build left in a folder that did not move is still there.
  const present = (folder: string, file: string, known: boolean) => (known && folders.unchanged(folder)) || listing.has(file)
  const batch = new WriteBatch(root)
  const joins = new FolderJoins()
  const folderIn = (base: string, language: string, document: ProjectDocument) => joins.of(base, language, path.posix.dirname(document.relativePath))
  const fileIn = (folder: string, document: ProjectDocument, extension: string) => `${folder}${path.sep}${path.posix.basename(document.namespace)}${extension}`
  const docsDir = path.join(outDir, 'docs')
  const exportsDir = path.join(outDir, 'locales')
  let emitted = 0
  const steps = project.languages.length * project.documents.length
  let step = 0
  for (const language of project.languages) {
    const localize = (document: ProjectDocument) => {
      const {catalog, meta, stamps} = readCatalog(project, language, document.namespace, listing)
      const rows = catalogStatus(document.segmented.segments, catalog, meta)
      const result = localizeDocument(document.segmented, rows, {language, sourceLanguage: project.sourceLanguage, staleTranslations: project.config.staleTranslations})
      return {result, inputs: {sourceHash: document.sourceHash, ...stamps}}
    }
    const minimum = minCoverageFor(project.config, language)
    const outputsOf = (document: ProjectDocument) => {
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
    const write = (document: ProjectDocument, inputs: Inputs, result: LocalizedDocument, keep: boolean, before: BuiltEntry | undefined): BuiltEntry => {
      const {documentFile, catalogFile, documentFolder, catalogFolder} = outputsOf(document)
      const catalogText = serializeCatalog(result.catalog)
      const catalogHash = contentHash(catalogText)
      // An output the last build wrote with the same content is not read or written again.
      if (before?.catalogHash !== catalogHash || !present(catalogFolder, catalogFile, before !== undefined)) batch.write(catalogFile, catalogText)
      const documentHash = keep ? contentHash(result.markdown) : undefined
      if (!keep) batch.remove(documentFile)
      else if (before?.documentHash !== documentHash || !present(documentFolder, documentFile, before?.documentHash !== undefined)) batch.write(documentFile, result.markdown)
      const warnings = result.fallbacks.map(
        (fallback) => `warning: ${project.config.localesDir}/${language}/${document.namespace}.json: \`${fallback.key}\`: ${fallback.reason}; the source text is used`
      )
      return {...inputs, total: result.counts.total, translated: result.counts.translated, kept: keep, warnings, catalogHash, documentHash}
    }
    // A document whose source, catalog and meta are as at the last build is not read again (nor
    // parsed): its counts come from the manifest and its outputs are already on disk. Every
    // catalog is stamped (a translator edits them in place); an absent meta file is known absent
    // while its folder does not move. Whether the language is emitted depends on its coverage
    // over all documents: the others are written as they are localized (memory stays flat) and
    // withdrawn if the language falls short.
    let total = 0
    let translated = 0
    const entries: Array<{document: ProjectDocument; id: string; previous?: BuiltEntry; written?: BuiltEntry}> = []
    for (const document of project.documents) {
      output.progress?.(`build ${language}`, ++step, steps)
      const id = `${language}/${document.namespace}`
      const previous = manifest.get(id)
      const catalogFolder = folderIn(locales, language, document)
      folders.see(catalogFolder)
      // The source language's document is its source: its catalog files are not inputs. Catalogs
      // exist as a rule: one `stat` each, no listing.
      const sameStamps = (entry: BuiltEntry) =>
        language === project.sourceLanguage ||
        (entry.catalog === fileStamp(fileIn(catalogFolder, document, '.json')) &&
          entry.meta === (entry.meta === '-' && folders.unchanged(catalogFolder) ? '-' : listing.stamp(fileIn(catalogFolder, document, '.meta.json'))))
      // A watcher said what changed: nothing else is looked at.
      if (previous && previous.sourceHash === document.sourceHash && ((changed !== undefined && !changed.catalogs.has(id)) || sameStamps(previous))) {
        total += previous.total
        translated += previous.translated
        entries.push({document, id, previous})
        continue
      }
      const {result, inputs} = localize(document)
      const written = write(document, inputs, result, true, previous)
      total += written.total
      translated += written.translated
      entries.push({document, id, written})
    }
    const percent = total === 0 ? 100 : (translated / total) * 100
    const keep = language === project.sourceLanguage || percent >= minimum
    for (const {document, id, previous, written} of entries) {
      if (keep) emitted++
      const {documentFile, catalogFile, documentFolder, catalogFolder} = outputsOf(document)
      const entry = written ?? previous!
      for (const message of entry.warnings) output.err(message)
      if (written) {
        if (!keep) batch.remove(documentFile)
        manifest.record(id, keep ? written : {...written, kept: false, documentHash: undefined})
        continue
      }
      // Up to date, unless the language crossed its minimum or an output was deleted since.
      const outputsStayed = present(catalogFolder, catalogFile, true) && (!keep || present(documentFolder, documentFile, true))
      if (previous!.kept === keep && outputsStayed) manifest.record(id)
      else {
        const again = localize(document)
        manifest.record(id, write(document, again.inputs, again.result, keep, previous))
      }
    }
    const status = keep ? '' : ` (below minCoverage ${minimum}%: documents not emitted)`
    output.out(`${language.padEnd(8)} ${translated}/${total} segments translated (${formatPercent(percent)})${status}`)
  }
  batch.commit()
  const folderStamps = folders.afterRun()
  const moved = [...folderStamps].some(([folder, stamp]) => manifest.folders.get(folder) !== stamp)
  for (const [folder, stamp] of folderStamps) manifest.folders.set(folder, stamp)
  if (manifest.finish() || moved) {
    if (session) session.unsaved = true
    else manifest.save()
  }
  project.cache?.save()
  output.out(`built ${emitted} document${emitted === 1 ? '' : 's'} into ${project.config.outDir}/docs/`)
  return true
}

export function formatPercent(percent: number): string {
  return `${percent === 100 || percent === 0 ? percent : Math.floor(percent * 10) / 10}%`
}
