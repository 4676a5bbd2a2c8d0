/**
 * project: md-l10n over a whole project (sources, catalogs, outputs), as functions that return
 * data; the CLI prints it. Owns loading, the incremental plans, the write journal and the caches;
 * the file system is reached only through a `Host`.
 *
 * The core takes its platform as arguments (a `Host`, and optionally pools that segment and
 * localize many documents at once); `node/open` wires Node's, as the package's `openProject`.
 *
 * Every operation takes the project's lock (when the host has one), first finishes or undoes what
 * a killed run left (`recoverInterruptedRun`), and loads the project afresh: a project object
 * stays valid while other tools edit its files.
 */
import {canonicalTag, isPseudoLocale, suggestTag} from '../languages/tag.js'
import {InputError} from '../util/errors.js'
import type {Config} from '../config/defaults.js'
import type {CoverageReport} from '../report/coverage.js'
import type {Host} from './host.js'
import {recoverInterruptedRun} from './journal.js'
import {confineHost, type ConfinedHost} from './confine.js'
import {loadConfig, loadProject, targetLanguages, type Project, type SegmentMany} from './load.js'
import {extractProject, type ExtractOptions, type ExtractResult} from './extract.js'
import {buildProject, type BuildOptions, type BuildResult, type LocalizeMany} from './build.js'
import {checkProject, type CheckOptions, type CheckResult} from './check.js'
import {coverageOfProject, type CoverageOptions} from './coverage.js'
import {pseudoProject, type PseudoResult} from './pseudo.js'
import {languagesOfProject, type ProjectLanguage} from './languages.js'
import {
  exportProject,
  importProject,
  type ExportOptions,
  type ExportResult,
  type ImportOptions,
  type ImportResult
} from './interchange.js'
import type {FolderImportResult, ImportFolderOptions} from './runs/import-folder.js'
import {writeBadges} from './coverage.js'
import {initProject, type InitOptions, type InitResult} from './init.js'
import {pseudoLocale} from '../pseudo/index.js'
import type {ReviewOptions, ReviewResult} from './review.js'
import type {TranslateOptions, TranslateResult} from './translate.js'

export interface OpenProjectOptions {
  /** The project's folder. */
  root: string
  /** The file system. */
  host: Host
  /** Segment many changed documents at once (else one by one on this thread). */
  segmentMany?: SegmentMany
  /** Localize many documents of a build at once (else one by one on this thread). */
  localizeMany?: LocalizeMany
  /**
   * Hears what md-l10n carried on after (a journal it did not write, ignored); default: a
   * process warning.
   */
  warn?: (message: string) => void
}

export interface ProjectApi {
  readonly root: string
  /** The config as read now, defaults applied. */
  config(): Config
  languages(): Promise<ProjectLanguage[]>
  extract(options?: ExtractOptions): Promise<ExtractResult>
  build(
    options?: Omit<BuildOptions, 'changed' | 'session' | 'localizeMany'> & {languages?: readonly string[]}
  ): Promise<BuildResult>
  check(options?: CheckOptions): Promise<CheckResult>
  coverage(options?: CoverageOptions): Promise<CoverageReport>
  pseudo(options?: {language?: string}): Promise<PseudoResult>
  /** Set the folder up: a commented config, the `.gitignore` lines, a CI workflow. */
  init(options?: InitOptions): Promise<InitResult>
  /** One language's catalogs as XLIFF 2.0, PO or i18next JSON with sources, for translators' tools, or its memory as TMX (the file's text is returned). */
  export(options: ExportOptions): Promise<ExportResult>
  /** Apply a translator's XLIFF or PO file to one language's catalogs. */
  import(options: ImportOptions): Promise<ImportResult>
  /** Fill one language's catalogs from a folder of translated documents, aligned with their sources. */
  importDocuments(options: ImportFolderOptions): Promise<FolderImportResult>
  /** `importDocuments` when `from` is a folder, else `import`. */
  importFrom(
    options: ImportFolderOptions
  ): Promise<{kind: 'documents'; result: FolderImportResult} | {kind: 'file'; result: ImportResult}>
  /** Write a coverage report's SVG badges to `<outDir>/badges/<tag>.svg`; returns the files that changed. */
  badges(report: CoverageReport): Promise<string[]>
  /** Write the static review site (`<outDir>/review/index.html` by default). */
  review(options?: ReviewOptions): Promise<ReviewResult>
  /** Machine drafts for the missing segments (`stale`: and stale machine drafts), gated by the checks. */
  translate(options?: TranslateOptions): Promise<TranslateResult>
}

const processWarning = (message: string) => process.emitWarning(message, 'MdL10nWarning')

/**
 * Run `work` with the project's lock held, after finishing or undoing what a killed run left, on
 * a host that changes nothing outside the project.
 */
async function locked<T>(
  host: Host,
  root: string,
  warn: ((message: string) => void) | undefined,
  work: (host: ConfinedHost) => T | Promise<T>
): Promise<T> {
  const release = await host.lock?.(root)
  try {
    const confined = confineHost(host, root)
    const recovery = recoverInterruptedRun(confined, root)
    if (recovery.reason) (warn ?? processWarning)(`ignored ${recovery.reason}`)
    return await work(confined)
  } finally {
    release?.()
  }
}

/** Internal: run `work` on a freshly loaded project, with the lock held. */
export function withProject<T>(
  options: Required<Pick<OpenProjectOptions, 'root' | 'host'>> & Pick<OpenProjectOptions, 'segmentMany' | 'warn'>,
  load: Parameters<typeof loadProject>[2],
  work: (project: Project) => T | Promise<T>
): Promise<T> {
  const {host, root} = options
  return locked(host, root, options.warn, async (confined) => {
    const config = load?.config ?? loadConfig(confined, root)
    // Overlapping folders were refused when the config was read; links are refused here.
    confined.protect(config)
    return work(await loadProject(confined, root, {segmentMany: options.segmentMany, ...load, config}))
  })
}

/**
 * The languages an operation works on: all targets of the project, or those asked for, each a
 * project language (or, where `pseudo` allows, a pseudo-locale).
 */
export function selectLanguages(
  project: Project,
  requested: readonly string[] | undefined,
  options: {pseudo?: boolean; source?: boolean} = {}
): string[] {
  const all = options.source ? project.languages : targetLanguages(project)
  if (!requested || requested.length === 0) return all
  return [
    ...new Set(
      requested.map((asked) => {
        const tag = canonicalTag(asked, undefined, 'language')
        if (project.languages.includes(tag) || (options.pseudo && isPseudoLocale(tag))) return tag
        const suggestion = suggestTag(asked)
        const hint =
          suggestion && project.languages.includes(suggestion) && suggestion !== tag
            ? ` (did you mean \`${suggestion}\`?)`
            : ''
        throw new InputError(
          `\`${asked}\` is not a language of this project${hint}; its languages are ${project.languages.join(', ')} (set \`languages\` in md-l10n.config.json)`
        )
      })
    )
  ]
}

/** `import --from <folder>`: its run (and the aligner) loaded only when asked for. */
async function importFolder(project: Project, options: ImportFolderOptions): Promise<FolderImportResult> {
  const {ImportFolderRun} = await import('./runs/import-folder.js')
  return new ImportFolderRun(project, options).run()
}

/** Open a project folder on `host`: every operation of the CLI, as data. */
export function openProjectOn(options: OpenProjectOptions): ProjectApi {
  const {host} = options
  const run = async <T>(load: Parameters<typeof loadProject>[2], work: (project: Project) => T | Promise<T>) =>
    withProject({root: options.root, host, segmentMany: options.segmentMany, warn: options.warn}, load, work)
  return {
    root: options.root,
    config: () => loadConfig(host, options.root),
    languages: () => run({}, languagesOfProject),
    extract: (extract = {}) =>
      run({streaming: true}, (project) =>
        extractProject(project, selectLanguages(project, extract.languages), extract)
      ),
    build: (build = {}) =>
      run({}, (project) =>
        buildProject(project, selectLanguages(project, build.languages, {pseudo: true, source: true}), {
          localizeMany: options.localizeMany,
          ...build
        })
      ),
    check: (check = {}) =>
      run({}, (project) => checkProject(project, selectLanguages(project, check.languages, {pseudo: true}))),
    coverage: (coverage = {}) => run({}, (project) => coverageOfProject(project, coverage)),
    pseudo: (pseudo = {}) =>
      run({}, (project) =>
        pseudoProject(project, canonicalTag(pseudo.language ?? pseudoLocale, undefined, 'language'))
      ),
    badges: (report) => run({}, (project) => writeBadges(project, report)),
    init: (init = {}) =>
      locked(host, options.root, options.warn, (confined) => initProject(confined, options.root, init)),
    export: (exported) =>
      run({}, (project) =>
        exportProject(project, {...exported, language: selectLanguages(project, [exported.language])[0]!})
      ),
    import: (imported) =>
      run({}, (project) =>
        importProject(project, {...imported, language: selectLanguages(project, [imported.language])[0]!})
      ),
    importDocuments: (imported) =>
      run({}, (project) =>
        importFolder(project, {...imported, language: selectLanguages(project, [imported.language])[0]!})
      ),
    importFrom: (imported) =>
      run({}, async (project) => {
        const options = {...imported, language: selectLanguages(project, [imported.language])[0]!}
        if (host.list(imported.from) !== undefined)
          return {kind: 'documents' as const, result: await importFolder(project, options)}
        return {kind: 'file' as const, result: await importProject(project, options)}
      }),
    // The review stage (hast, remark-rehype, the sanitizer) loads only when a site is written.
    review: (review = {}) =>
      run({}, async (project) =>
        (await import('./review.js')).reviewProject(project, selectLanguages(project, review.languages), review)
      ),
    // The providers and their clients load only when a run drafts.
    translate: (translate = {}) =>
      run({}, async (project) =>
        (await import('./translate.js')).translateProject(
          project,
          selectLanguages(project, translate.languages),
          translate
        )
      )
  }
}

export type {Host, HostEntry, HostFile, WriteOptions} from './host.js'
export type {ExtractOptions, ExtractResult, ExtractedLanguage} from './extract.js'
export type {BuildOptions, BuildResult, BuiltLanguage, BuildWarning} from './build.js'
export type {CheckOptions, CheckResult} from './check.js'
export type {CoverageOptions} from './coverage.js'
export type {PseudoResult} from './pseudo.js'
export type {InitOptions, InitResult} from './init.js'
export type {ProjectLanguage} from './languages.js'
export type {ExportOptions, ExportResult, ImportOptions, ImportResult, ImportedDocument} from './interchange.js'
export type {AlignedDocument, FolderImportResult, ImportFolderOptions, ImportTotals} from './runs/import-folder.js'
export type {ReviewOptions, ReviewResult} from './review.js'
export type {RejectedDraft, TranslateOptions, TranslateResult, TranslatedLanguage} from './translate.js'
export type {Project, ProjectDocument, SegmentMany} from './load.js'
