/**
 * project/runs/import-folder: `import --from <folder>`, a site's human translations taken into one
 * language's catalogs. Each translated document (matched with its source by namespace, so
 * `ja/intro.md` translates `intro.mdx`) is aligned with its source by structure
 * (`interchange/align`); certain pairs are stamped against the current source, uncertain ones
 * against no source (`""`, stale until reviewed, with the reason in the meta), and the URLs the
 * translator localized are kept in the meta for build. Every document and segment is accounted
 * for: totals per language, documents skipped with why, translated documents that match no source,
 * and per document why the page build writes differs from the human one.
 */
import path from 'node:path'
import {catalogStatus} from '../../catalog/status.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../../catalog/store.js'
import {syncCatalog} from '../../catalog/sync.js'
import {localizeDocument} from '../../assemble/localize.js'
import {alignDocuments, type AlignOptions, type Alignment} from '../../interchange/align.js'
import {pageDifferences} from '../../interchange/differences.js'
import {headingSlugger} from '../../interchange/slug.js'
import {dialects} from '../../dialects/index.js'
import {urlForms} from '../../interchange/urls.js'
import type {CatalogEntryMeta, CatalogMeta, Catalog} from '../../types.js'
import {InputError} from '../../util/errors.js'
import {hashText} from '../../util/hash.js'
import {WriteBatch, within} from '../batch.js'
import {readCatalog, type Project, type ProjectDocument} from '../load.js'
import type {Segmenter} from '../plugins.js'
import {readText} from '../read.js'
import {layoutLanguage, sitePathOf} from '../../sites/resolve.js'
import {TranslationMemory} from '../memory.js'
import {FolderListing} from '../listing.js'
import {
  skipReasons,
  totalOf,
  type AlignedDocument,
  type FolderImportResult,
  type ImportFolderOptions
} from './import-result.js'

export type {AlignedDocument, FolderImportResult, ImportFolderOptions, ImportTotals} from './import-result.js'

/** A folder's markdown documents by namespace (path without extension), as they match sources. */
const markdown = /\.(?:md|mdx|markdown)$/i

export class ImportFolderRun {
  private readonly batch: WriteBatch
  private readonly result: FolderImportResult
  private readonly alignOptions: AlignOptions

  constructor(
    private readonly project: Project,
    private readonly options: ImportFolderOptions
  ) {
    this.batch = new WriteBatch(project.host, project.root)
    this.result = {
      language: options.language,
      from: this.display(options.from),
      documents: [],
      unmatchedDocuments: [],
      totals: totalOf([]),
      fromMemory: 0,
      written: []
    }
    // The site's locale prefix: its locale key for the language (`zh` for `zh-CN`), and the folder's name.
    const prefixes = [
      layoutLanguage(project.config, options.language).locale,
      ...(options.layout ? [] : [path.basename(options.from)])
    ]
    this.alignOptions = {
      urls: urlForms({
        language: options.language,
        sourceLanguage: project.sourceLanguage,
        links: project.config.links,
        prefixes
      }),
      // The generator's own heading ids (VitePress's, Hugo's…), as the sources get them.
      slugger: dialects[project.config.dialect]?.slugger ?? headingSlugger
    }
  }

  async run(): Promise<FolderImportResult> {
    const segment = await this.project.segmenter()
    const translated = this.options.layout ? new Map<string, string[]>() : this.translatedDocuments()
    return within(this.batch, () => {
      for (const document of this.project.documents) {
        if (this.options.layout) {
          this.importDocument(document, this.placed(document), segment)
          continue
        }
        const file =
          translated
            .get(document.namespace)
            ?.find((candidate) => path.extname(candidate) === path.extname(document.relativePath)) ??
          translated.get(document.namespace)?.[0]
        if (file !== undefined)
          translated.set(
            document.namespace,
            translated.get(document.namespace)!.filter((other) => other !== file)
          )
        this.importDocument(document, file, segment)
      }
      this.result.unmatchedDocuments = [...translated.values()]
        .flat()
        .map((file) => this.display(file))
        .sort()
      this.result.written = this.batch.commit().written.map((written) => this.relative(written))
      this.result.totals = totalOf(this.result.documents)
      this.fillFromMemory()
      return this.result
    })
  }

  /**
   * What extract does after a translator's pass, done here: segments the import left empty whose
   * source text is translated elsewhere in the language are filled from it, marked as from memory.
   */
  private fillFromMemory(): void {
    const {project} = this
    const {language} = this.options
    const memory = new TranslationMemory(project, new FolderListing(project.host))
    const batch = new WriteBatch(project.host, project.root)
    within(batch, () => {
      for (const document of project.documents) {
        const {catalog, meta} = readCatalog(project, language, document.namespace)
        const entries = document.segmented.segments.map(({key, text}) => ({key, text}))
        const synced = syncCatalog(entries, catalog, meta, {previousSource: document.previousSource})
        const filled = memory.fill(language, synced, entries)
        if (filled.length === 0) continue
        this.result.fromMemory += filled.length
        const paths = catalogPaths(language, document.namespace)
        const locales = path.join(project.root, project.config.localesDir)
        batch.write(path.join(locales, paths.catalog), serializeCatalog(synced.catalog))
        batch.write(path.join(locales, paths.meta), serializeMeta(synced.meta))
      }
      const written = batch.commit().written.map((file) => this.relative(file))
      this.result.written = [...new Set([...this.result.written, ...written])].sort()
    })
  }

  private relative(file: string): string {
    return path.relative(this.project.root, file).split(path.sep).join('/')
  }

  /** Every markdown document under the folder, by namespace (a namespace can have an `.md` and an `.mdx`). */
  private translatedDocuments(): Map<string, string[]> {
    const found = new Map<string, string[]>()
    const walk = (folder: string, relative: string) => {
      const entries = this.project.host.list(folder)
      if (!entries) return
      for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        if (
          (entry.name.startsWith('.') && (entry.folder || !markdown.test(entry.name))) ||
          entry.name === 'node_modules'
        )
          continue
        const child = relative === '' ? entry.name : `${relative}/${entry.name}`
        if (entry.folder) walk(path.join(folder, entry.name), child)
        else if (markdown.test(entry.name)) {
          const namespace = child.replace(markdown, '')
          found.set(namespace, [...(found.get(namespace) ?? []), path.join(folder, entry.name)])
        }
      }
    }
    if (this.project.host.list(this.options.from) === undefined)
      throw new InputError('no such folder', this.display(this.options.from))
    walk(this.options.from, '')
    return found
  }

  /**
   * Where the site's layout puts the document's translation, with the source's extension or the
   * other one (`.md` for `.mdx`); `null` when the layout gives it no place.
   */
  private placed(document: ProjectDocument): string | undefined | null {
    const placed = document.source
      ? sitePathOf(document.source, layoutLanguage(this.project.config, this.options.language))
      : undefined
    if (placed === undefined) return null
    const file = path.join(this.project.root, placed)
    const other = file.replace(/\.(md|mdx)$/i, (extension) => (extension.toLowerCase() === '.md' ? '.mdx' : '.md'))
    return [file, other].find((candidate) => this.project.host.exists(candidate))
  }

  private importDocument(document: ProjectDocument, file: string | undefined | null, segment: Segmenter): void {
    const row: AlignedDocument = {
      document: document.file,
      namespace: document.namespace,
      certain: 0,
      uncertain: 0,
      kept: 0,
      unmatchedSource: 0,
      unmatchedTranslation: 0,
      reasons: {},
      localizedUrls: 0,
      differences: {}
    }
    this.result.documents.push(row)
    if (file === undefined || file === null) {
      row.skipped = file === null ? skipReasons.unplaced : skipReasons.missing
      row.unmatchedSource = document.segmentCount
      return
    }
    const display = this.display(file)
    row.translated = display
    let text: string | undefined
    let alignment: Alignment
    try {
      text = readText(this.project.host, file, display)!
      alignment = alignDocuments(document.segmented, segment(text, display), this.alignOptions)
    } catch (error) {
      // A bad translation never stops the others: the document is skipped, and said why.
      if (!(error instanceof InputError)) throw error
      row.skipped = `${skipReasons.unreadable}: ${error.message}`
      row.unmatchedSource = document.segmentCount
      return
    }
    row.unmatchedSource = alignment.unmatchedSource.length
    row.unmatchedTranslation = alignment.unmatchedTranslation.length
    const edited = this.apply(document, alignment, row)
    row.differences = this.differences(document, edited, text)
  }

  /** The aligned translations into the document's catalog and meta (written when anything changed); the catalog as it now is. */
  private apply(
    document: ProjectDocument,
    alignment: Alignment,
    row: AlignedDocument
  ): {catalog: Catalog; meta: CatalogMeta} {
    const {language} = this.options
    const {catalog, meta} = readCatalog(this.project, language, document.namespace)
    const edited = {catalog: {...catalog}, meta: {version: 1 as const, entries: {...meta.entries}}}
    const current = new Map(document.segmented.segments.map((segment) => [segment.key, segment.text]))
    let changed = false
    for (const pair of alignment.aligned) {
      if (!this.options.overwrite && (catalog[pair.key] ?? '') !== '') {
        row.kept++
        continue
      }
      // Certain: made from the current source. Uncertain: from no source, stale until reviewed.
      const madeFrom = pair.certain ? current.get(pair.key)! : ''
      if (pair.certain) row.certain++
      else {
        row.uncertain++
        row.reasons[pair.reason!] = (row.reasons[pair.reason!] ?? 0) + 1
      }
      if (pair.urls) row.localizedUrls += Object.keys(pair.urls).length
      const stamp: CatalogEntryMeta = {
        sourceHash: hashText(madeFrom),
        source: madeFrom,
        translationHash: hashText(pair.translation),
        ...(pair.urls ? {urls: pair.urls} : {}),
        ...(pair.reason !== undefined ? {reason: pair.reason} : {})
      }
      if (catalog[pair.key] === pair.translation && JSON.stringify(meta.entries[pair.key]) === JSON.stringify(stamp))
        continue
      edited.catalog[pair.key] = pair.translation
      edited.meta.entries[pair.key] = stamp
      changed = true
    }
    if (!changed) return {catalog, meta}
    const synced = syncCatalog(document.segmented.segments, edited.catalog, edited.meta, {
      previousSource: document.previousSource
    })
    const paths = catalogPaths(language, document.namespace)
    const locales = path.join(this.project.root, this.project.config.localesDir)
    this.batch.write(path.join(locales, paths.catalog), serializeCatalog(synced.catalog))
    this.batch.write(path.join(locales, paths.meta), serializeMeta(synced.meta))
    return synced
  }

  /** Why the page build writes from the catalog differs from the human page, outside the translated text. */
  private differences(
    document: ProjectDocument,
    read: {catalog: Catalog; meta: CatalogMeta},
    human: string
  ): Record<string, number> {
    const {config, sourceLanguage} = this.project
    const rows = catalogStatus(document.segmented.segments, read.catalog, read.meta)
    const rebuilt = localizeDocument(document.segmented, rows, {
      language: this.options.language,
      sourceLanguage,
      staleTranslations: config.staleTranslations,
      headingIds: config.headingIds === 'translate' ? 'keep' : config.headingIds
    })
    // Build adds its front matter fields (`lang`, `sourceVersion`): not the translator's, not a difference.
    return pageDifferences(withoutFrontMatter(rebuilt.markdown), withoutFrontMatter(human))
  }

  /** The path as messages name it: relative to the project when inside it. */
  private display(file: string): string {
    const inside = path.relative(this.project.root, file)
    return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside.split(path.sep).join('/') : file
  }
}

function withoutFrontMatter(markdown: string): string {
  return markdown.replace(/^\uFEFF?(?:---\r?\n[\s\S]*?\r?\n---|\+\+\+\r?\n[\s\S]*?\r?\n\+\+\+)(?:\r?\n|$)/, '')
}
