/**
 * project/runs/build-run: one run of `build`, an object whose methods are its steps: plan each
 * language × document pair, localize what moved, write a language (and withdraw it when it falls
 * short of its minimum), withdraw what the project no longer has, finish (commit, record, report).
 * Where a pair's outputs go and how they are written is `BuildOutputs`'s (`build-outputs`); a
 * watcher's rebuild of what it reported is `patchReported` (`build-patch`).
 */
import path from 'node:path'
import {minCoverageFor} from '../../config/normalize.js'
import {toPosixRelative} from '../../util/paths.js'
import type {Project, ProjectDocument} from '../load.js'
import {WriteBatch, within} from '../batch.js'
import type {BuiltEntry} from '../state/output-manifest.js'
import {planLanguage, planLinkedEntry, planReusedOutputs} from '../plan.js'
import type {BuildOptions, BuildResult} from '../build.js'
import {linkedPagesOf, localizeAll, localizeOutput, notExported, type LocalizedOutputs} from './build-localize.js'
import {BuildOutputs, type BuildPlan} from './build-outputs.js'
import {patchReported} from './build-patch.js'
import {copyAssets} from './assets.js'
import {isPseudoLocale} from '../../languages/tag.js'
import {resolveLayout} from '../../sites/layout.js'
import {layoutLanguage} from '../../sites/resolve.js'
import {contentHash} from '../state/files.js'

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

export class BuildRun extends BuildOutputs {
  readonly result: BuildResult = {languages: [], documents: 0, warnings: [], written: [], removed: []}
  readonly pagesOf: ReturnType<typeof linkedPagesOf>
  /** The project's documents, as a session remembers them to know whether a rebuild may patch. */
  readonly documentsKey: string | undefined
  /** Documents written or up to date, per language (`result.documents` is their sum). */
  readonly documentsOf = new Map<string, number>()
  private step = 0
  private job = 0

  constructor(
    project: Project,
    readonly languages: readonly string[],
    options: BuildOptions
  ) {
    super(project, options)
    this.pagesOf = linkedPagesOf(project, this.listing)
    this.documentsKey = options.session && project.documents.map(({namespace}) => namespace).join('\n')
  }

  run(): Promise<BuildResult> {
    return within(this.batch, async () => {
      const {changed} = this.options
      const patched = changed !== undefined && patchReported(this, changed)
      if (!patched) await this.buildAll()
      // A watcher reports no assets: a patched rebuild leaves them as they are.
      const assetsMoved =
        !patched &&
        copyAssets(
          this.project,
          this.languages,
          this.result.languages,
          this.docsDir,
          this.manifest,
          this.batch,
          this.listing
        )
      return this.finish(patched, assetsMoved)
    })
  }

  reportWarnings(language: string, document: ProjectDocument, entry: BuiltEntry): void {
    for (const warning of entry.warnings) {
      const [key, reason] = warning.split('\t') as [string, string]
      this.result.warnings.push({
        file: `${this.project.config.localesDir}/${language}/${document.namespace}.json`,
        language,
        namespace: document.namespace,
        key,
        reason
      })
    }
  }

  /**
   * First what each pair needs, then the localizing, all at once on worker threads when there is
   * much of it, while the outputs are written here.
   */
  private async buildAll(): Promise<void> {
    const plans = this.languages.map((language) => this.planLanguagePairs(language))
    const jobs = plans.flatMap((entries, index) =>
      entries.filter(({plan}) => plan !== 'reuse').map(({document}) => ({language: this.languages[index]!, document}))
    )
    const localized = localizeAll(this.project, jobs, this.listing, this.options.localizeMany, this.pagesOf)
    try {
      for (const [index, language] of this.languages.entries())
        await this.writeLanguage(language, plans[index]!, localized)
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
      return {document, id, previous, plan: this.planPair(language, document, previous, changed?.catalogs.has(id))}
    })
    const byNamespace = new Map(own.map(({document, plan}) => [document.namespace, plan]))
    return own.map((entry) => ({
      ...entry,
      plan: planLinkedEntry({
        plan: entry.plan,
        linked: entry.previous?.linked,
        planOf: (namespace) => byNamespace.get(namespace)
      })
    }))
  }

  /**
   * Localize and write one language. Whether it is emitted depends on its coverage over all
   * documents: the documents are written as they are localized (memory stays flat) and withdrawn
   * if it falls short.
   */
  private async writeLanguage(
    language: string,
    pairs: readonly PlannedPair[],
    localized: LocalizedOutputs
  ): Promise<void> {
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
    const {percent, emitted: keep} = planLanguage({
      isSource: language === this.project.sourceLanguage,
      translated,
      total,
      minimum
    })
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
      if (!keep && this.owns(language, document, written))
        this.batch.remove(this.outputsOf(language, document).documentFile)
      this.manifest.record(id, keep ? written : {...written, kept: false, documentHash: undefined})
      return
    }
    // An omitted page (no translation, `untranslatedDocuments: "omit"`) has no outputs to look for.
    const {documentFolder, catalogFolder} = this.outputFoldersOf(language, document)
    const outputs = planReusedOutputs({
      wasKept: previous!.kept,
      keep,
      outputsPresent: () =>
        (previous!.catalogHash === '' ||
          previous!.catalogHash === notExported ||
          this.present(catalogFolder, () => this.fileIn(catalogFolder, document, '.json'), true)) &&
        (!keep ||
          previous!.catalogHash === '' ||
          previous!.documentHash === undefined ||
          this.present(documentFolder, () => this.documentFileIn(documentFolder, document, language), true))
    })
    if (outputs === 'keep') this.manifest.record(id)
    else
      this.manifest.record(
        id,
        this.write(
          language,
          document,
          localizeOutput(this.project, document, language, this.listing, this.pagesOf(language)),
          keep,
          previous
        )
      )
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
      // A pseudo-locale's outputs stay until a build of it (`build --language qps-ploc` wrote them).
      if (
        (this.project.languages.includes(language) || isPseudoLocale(language)) &&
        !this.languages.includes(language) &&
        (namespaces.has(namespace) || isPseudoLocale(language))
      ) {
        this.manifest.record(id)
        continue
      }
      this.batch.remove(path.join(this.exportsDir, language, `${namespace}.json`))
      if (this.withdrawPlaced(language, namespace)) continue
      for (const extension of documentExtensions)
        this.batch.remove(path.join(this.docsDir, language, `${namespace}${extension}`))
    }
  }

  /**
   * Withdraw a page build wrote under a site layout for a source gone from the project: the file at
   * the place its root's layout gives it, only when its content is what build wrote there.
   */
  private withdrawPlaced(language: string, namespace: string): boolean {
    const {project} = this
    const root = project.site.roots.find(
      (entry) => entry.namespace === '' || namespace.startsWith(`${entry.namespace}/`)
    )
    if (!root?.layout) return false
    const recorded = this.manifest.get(`${language}/${namespace}`)?.documentHash
    const below = root.namespace === '' ? namespace : namespace.slice(root.namespace.length + 1)
    for (const extension of documentExtensions) {
      const file = path.join(
        project.root,
        resolveLayout(root.layout, layoutLanguage(project.config, language), below + extension)
      )
      const text = recorded === undefined ? undefined : project.host.read(file)
      if (text && contentHash(new TextDecoder().decode(text.bytes)) === recorded) this.batch.remove(file)
    }
    return true
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
      const rows = new Map(
        result.languages.map((row) => [row.language, {...row, documents: this.documentsOf.get(row.language) ?? 0}])
      )
      session.built = {languages: this.languages.join('\n'), documents: this.documentsKey!, rows}
    }
    if (this.kept.length > 0)
      result.kept = this.kept.map(({language, file}) => ({language, file: toPosixRelative(project.root, file)}))
    result.written = written.map((file) => toPosixRelative(project.root, file))
    result.removed = removed.map((file) => toPosixRelative(project.root, file))
    return result
  }

  /** A language withdrawn whole, or catalogs no longer exported, leave no empty folders behind. */
  private removeEmptiedFolders(removed: readonly string[]): void {
    const {host} = this.project
    const emptied = new Set(removed.map((file) => path.dirname(file)))
    for (const folder of emptied) {
      if (folder === this.outDir || !folder.startsWith(this.outDir + path.sep) || host.list(folder)?.length !== 0)
        continue
      host.removeFolder(folder)
      emptied.add(path.dirname(folder))
    }
  }
}
