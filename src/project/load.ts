/**
 * project/load: a project as the host has it: its config, source documents, languages and
 * catalogs. Everything after loading is done by the pure stages.
 */
import path from 'node:path'
import {configFileName, type Config} from '../config/defaults.js'
import {normalizeConfig} from '../config/normalize.js'
import {canonicalTag} from '../languages/tag.js'
import type {SegmentResult} from '../segment/index.js'
import {reassignKeys, type PreviousKey} from '../segment/keys.js'
import type {SwitcherLanguage} from '../languages/switcher.js'
import {catalogPaths, parseCatalog, parseMeta} from '../catalog/store.js'
import type {Catalog, CatalogMeta} from '../types.js'
import {InputError} from '../util/errors.js'
import type {Host} from './host.js'
import type {FolderListing} from './listing.js'
import {readJson, readText, readTextStamped} from './read.js'
import {checkLayouts, layoutLanguage, outputMatcher, resolveSite, type SitePlan} from '../sites/resolve.js'
import {listRoots, type ResolvedRoot} from '../sites/sources.js'
import {isWithin, layoutFolder, type LayoutLanguage} from '../sites/layout.js'
import {SegmentCache, type SourceFacts} from './state/segment-cache.js'
import {contentHash, cacheFolder} from './state/files.js'

import {createSegmenter, segmentSettings, type SegmentSettings, type Segmenter} from './plugins.js'

/** One document's segmentation as it arrives: its result, or the error it raised. */
export type SegmentOutcome = {result: SegmentResult} | {error: Error}

/**
 * Segment many documents at once (on worker threads, in the Node host); results in input order,
 * or the first input error in input order. `arrived`, when given, hears each document's outcome as
 * soon as it is known, in any order; the caller then has the results, and the promise may settle
 * without them (a project's thousands of results, all kept to the end, would be most of its heap).
 */
export type SegmentMany = (
  jobs: ReadonlyArray<{source: string; file: string}>,
  settings: SegmentSettings,
  arrived?: (index: number, outcome: SegmentOutcome) => void
) => Promise<SegmentResult[] | undefined>

/** The one-thread way: what a project without a `segmentMany` uses. */
export const segmentInSequence: SegmentMany = async (jobs, settings, arrived) => {
  const segment = await createSegmenter(settings)
  const results: SegmentResult[] | undefined = arrived ? undefined : []
  for (const [index, {source, file}] of jobs.entries()) {
    let result: SegmentResult
    try {
      result = segment(source, file)
    } catch (error) {
      arrived?.(index, {error: error as Error})
      throw error
    }
    arrived?.(index, {result})
    results?.push(result)
  }
  return results
}

export interface ProjectDocument {
  /** Path relative to the project root, for messages. */
  file: string
  /** Path relative to the source folder without extension: the i18next namespace. */
  namespace: string
  /** Its namespace with the source's extension (`guide/intro.md`), as written under `dist/docs/<tag>/`. */
  relativePath: string
  /** Its source root, and its path below that root (what a site layout's `{path}` is). */
  source?: {root: ResolvedRoot; relativePath: string}
  /** Content hash of the source text (known without reading it when the file did not move). */
  sourceHash: string
  /** Number of segments. */
  readonly segmentCount: number
  /**
   * Settles when the document's segments are known. Only a project loaded with `streaming` has
   * documents still being segmented; reading `segmented` or `segmentCount` before must wait for it.
   */
  ready: Promise<void>
  /** Segments with the keys of the last extract; read, parsed and keyed on first use. */
  readonly segmented: SegmentResult
  /** The source-language catalog as the last extract wrote it (what translators saw). */
  readonly previousSource: Catalog
  /** The text of that catalog's file, as read for `previousSource`; `undefined` when there is none. */
  readonly previousSourceText: string | undefined
  /**
   * Let go of the segments read so far; `segmented` reads them again (from the cache) when next
   * asked for. A command that goes through the documents once keeps its memory flat with it.
   */
  releaseSegments?(): void
}

export interface Project {
  host: Host
  root: string
  config: Config
  documents: ProjectDocument[]
  sourceLanguage: string
  /** All languages, the source language included, in switcher (or config) order. */
  languages: string[]
  /** The languages the documents' switchers list, with their names as written. */
  discovered: SwitcherLanguage[]
  /** Files under the (first) source root that are not sources (images…), relative to it; none for a site layout. */
  assets: string[]
  /** The source roots and their layouts, the folders never read, the generator's rules. */
  site: SitePlan
  /** Source facts and segments of this run, saved by a command that succeeds. */
  cache?: SegmentCache
  /** The project's segmenter (its dialect and plugins), loaded on first use. */
  segmenter: () => Promise<Segmenter>
  /** Settles when every changed document is segmented (at once, unless loaded with `streaming`). */
  segmented: Promise<void>
}

export function loadConfig(host: Host, root: string): Config {
  return normalizeConfig(readJson(host, root, configFileName, {comments: true}), configFileName)
}

/**
 * Read one language's catalog and meta for a namespace (empty when the files do not exist; a
 * `listing` answers that without asking the file system about each file), with their stamps.
 */
export function readCatalog(
  project: Pick<Project, 'host' | 'root' | 'config'>,
  language: string,
  namespace: string,
  listing?: FolderListing,
  /** The catalog file as this run already read it (only the meta is read then). */
  known?: ReadCatalogFile
): {
  catalog: Catalog
  meta: CatalogMeta
  stamps: {catalog: string; meta: string}
  texts: {catalog?: string; meta?: string}
} {
  const paths = catalogPaths(language, namespace)
  const catalogFile = path.join(project.config.localesDir, paths.catalog)
  const metaFile = path.join(project.config.localesDir, paths.meta)
  const read = (file: string) =>
    listing && !listing.has(path.join(project.root, file))
      ? undefined
      : readTextStamped(project.host, path.join(project.root, file), file)
  const catalogRead = known ?? read(catalogFile)
  const metaRead = read(metaFile)
  return {
    catalog: known ? known.catalog : catalogRead === undefined ? {} : parseCatalog(catalogRead.text, catalogFile),
    meta: metaRead === undefined ? {version: 1, entries: {}} : parseMeta(metaRead.text, metaFile),
    stamps: {catalog: catalogRead?.stamp ?? '-', meta: metaRead?.stamp ?? '-'},
    texts: {catalog: catalogRead?.text, meta: metaRead?.text}
  }
}

/** One catalog file as read: its text, stamp and entries. */
export interface ReadCatalogFile {
  text: string
  stamp: string
  catalog: Catalog
}

/** One language's catalog file for a namespace, without its meta; `undefined` when absent. */
export function readCatalogFile(
  project: Pick<Project, 'host' | 'root' | 'config'>,
  language: string,
  namespace: string
): ReadCatalogFile | undefined {
  const catalogFile = path.join(project.config.localesDir, catalogPaths(language, namespace).catalog)
  const read = readTextStamped(project.host, path.join(project.root, catalogFile), catalogFile)
  return read && {...read, catalog: parseCatalog(read.text, catalogFile)}
}

/**
 * Load a project. A source whose stamp and content are as the cache knows them is not read,
 * parsed or keyed until a command asks for its segments; the others are segmented now (on every
 * core when there are many). `languages` on the command line extend the configured ones.
 */
export async function loadProject(
  host: Host,
  root: string,
  options: {
    extraLanguages?: string[]
    /** Sources known not to have changed since the last run (a watcher's report): not even stat-ed. */
    unchanged?: (file: string) => boolean
    segmentMany?: SegmentMany
    config?: Config
    /**
     * Return before the changed documents are segmented, each document's `ready` settling as its
     * segments arrive, so a command can work on the first documents while the others are parsed.
     * Only when the config names the source language and the languages (else they come from the
     * documents themselves).
     */
    streaming?: boolean
  } = {}
): Promise<Project> {
  const config = options.config ?? loadConfig(host, root)
  const configText = readText(host, path.join(root, configFileName), configFileName)
  const settings = segmentSettings(config, root, configText)
  const cache = new SegmentCache(host, root, settings)
  // The markdown parser and its extensions take a quarter of a second to load (hundreds of
  // modules): a run whose sources all come from the cache does without them.
  let segmenter: Segmenter | undefined
  const loadSegmenter = async () => (segmenter ??= await createSegmenter(settings, configText))
  const site = resolveSite(config, host, root)
  const listed = listProjectSources(host, root, config, site, options.extraLanguages)
  const assets = site.roots[0]!.layout
    ? []
    : listed.assets.filter(({root}) => root === site.roots[0]).map(({relativePath}) => relativePath)
  const sources = listed.sources.map((listing): SourceEntry => {
    // One root named by `sourceDir`: files as before (`./page.md` for `"sourceDir": "."`).
    const file = config.sources ? listing.file : `${config.sourceDir}/${listing.relativePath}`
    const relativePath = listing.namespace + /\.[^./]+$/.exec(listing.relativePath)![0]
    const absolute = path.join(root, listing.file)
    const site = {root: listing.root, relativePath: listing.relativePath}
    const known = cache.facts.get(file)
    const stamp = known && options.unchanged?.(file) ? known.stamp : host.stamp(absolute)
    if (known?.stamp === stamp) return {relativePath, file, absolute, site, facts: known}
    const text = readSource(host, absolute, file)
    const hash = contentHash(text)
    // Touched but not changed (a checkout, a save without edits): only the stamp is new.
    if (known?.hash === hash) cache.setFacts(file, {...known, stamp})
    const parsed = known?.hash === hash ? undefined : cache.get(file, hash, text)
    return {
      relativePath,
      file,
      absolute,
      site,
      facts: known?.hash === hash ? {...known, stamp} : undefined,
      source: text,
      parsed,
      stamp,
      hash
    }
  })
  cache.retain(new Set(sources.map(({file}) => file)))
  // What changed is parsed now, together, on every core when there is enough of it.
  const changed = sources.filter((entry) => !entry.facts && !entry.parsed) as Array<SourceEntry & {source: string}>
  // A source read now whose segments the cache had is known at once.
  for (const entry of sources) if (!entry.facts && entry.parsed) remember(entry)
  function remember(entry: SourceEntry): void {
    cache.set(entry.file, entry.stamp!, entry.hash!, entry.parsed!)
    entry.facts = cache.facts.get(entry.file)!
  }
  const waiting = new Map<SourceEntry, {resolve: () => void; reject: (error: Error) => void; promise: Promise<void>}>()
  for (const entry of changed) {
    let resolve!: () => void
    let reject!: (error: Error) => void
    const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)))
    // Handled here: a command that stopped early must not leave a rejection nobody hears.
    promise.catch(() => {})
    waiting.set(entry, {resolve, reject, promise})
  }
  let parsed: Promise<void> = Promise.resolve()
  if (changed.length > 0) {
    await loadSegmenter()
    const arrived = (index: number, outcome: SegmentOutcome) => {
      const entry = changed[index]!
      if ('error' in outcome) return waiting.get(entry)!.reject(outcome.error)
      entry.parsed = outcome.result
      remember(entry)
      waiting.get(entry)!.resolve()
    }
    parsed = (options.segmentMany ?? segmentInSequence)(changed, settings, arrived).then(
      () => {},
      (error: Error) => {
        // A document whose outcome never came (a thread that died) fails with the run's error.
        for (const {reject} of waiting.values()) reject(error)
        throw error
      }
    )
    const streaming = options.streaming && config.sourceLanguage !== undefined && config.languages !== undefined
    if (!streaming) await parsed
    else parsed.catch(() => {})
  }
  // A source the cache knows but whose shard is gone will be parsed again.
  if (!segmenter && sources.some((entry) => entry.facts && !cache.hasShard(entry.file))) await loadSegmenter()
  let sourceLanguage = config.sourceLanguage
  const discovered: SwitcherLanguage[] = []
  const reader: DocumentReader = {
    host,
    root,
    config,
    cache,
    sourceLanguage: () => project.sourceLanguage,
    segmenter: () => segmenter
  }
  const documents: ProjectDocument[] = sources.map((entry) => {
    // A document still being segmented has no facts yet: the config names the languages then.
    if (entry.facts) {
      const facts = entry.facts
      if (sourceLanguage === undefined && facts.lang !== undefined)
        sourceLanguage = canonicalTag(facts.lang, entry.file, 'lang')
      for (const language of facts.languageSwitcher)
        if (!discovered.some(({tag}) => tag === language.tag)) discovered.push(language)
    }
    return new SourceDocument(entry, reader, waiting.get(entry)?.promise)
  })
  sourceLanguage ??= 'en'
  let languages = config.languages ?? discovered.map(({tag}) => tag)
  if (languages.length === 0) {
    throw new InputError(
      `no target languages: the documents have no language switcher, so set \`languages\` in ${configFileName}`,
      configFileName
    )
  }
  for (const extra of options.extraLanguages ?? []) languages.push(canonicalTag(extra, undefined, '--language'))
  if (!languages.includes(sourceLanguage)) languages = [sourceLanguage, ...languages]
  const project: Project = {
    host,
    root,
    config,
    documents,
    sourceLanguage,
    languages: [...new Set(languages)],
    discovered,
    assets,
    site,
    cache,
    segmenter: loadSegmenter,
    segmented: parsed
  }
  if (site.roots.some(({layout}) => layout)) {
    checkLayouts(
      listed.sources,
      site.roots,
      targetLanguages(project).map((tag) => layoutLanguage(config, tag))
    )
  }
  return project
}

/**
 * The sources of every root, less what a layout writes for a target language: the languages the
 * config, the command line, `locales` and the generator's config name (the source language aside),
 * and the pseudo-locales (a plain build must not read what `build --language qps-ploc` wrote).
 */
const pseudoLocales = ['qps-ploc', 'qps-plocm', 'en-XA', 'ar-XB']

function listProjectSources(
  host: Host,
  root: string,
  config: Config,
  site: SitePlan,
  extraLanguages: readonly string[] = []
): ReturnType<typeof listRoots> {
  const tags = new Set([
    ...(config.languages ?? []),
    ...extraLanguages,
    ...pseudoLocales,
    ...Object.keys(config.locales),
    ...(site.facts?.targets.map(({tag}) => tag) ?? [])
  ])
  const targets = [...tags].filter((tag) => tag !== config.sourceLanguage).map((tag) => layoutLanguage(config, tag))
  // A generator's locale key that `locales` does not map (`zh-cn` for `zh-CN`) is a folder too.
  for (const {key, tag} of site.facts?.targets ?? [])
    if (key !== layoutLanguage(config, tag).locale) targets.push({tag, locale: key})
  // A language whose folder holds a source root is the source's (a config without `sourceLanguage`).
  const sourceFolder = (language: LayoutLanguage) =>
    site.roots.some(
      ({layout}) =>
        layout &&
        site.roots.some(
          ({dir}) => layoutFolder(layout, language) !== '' && isWithin(dir, layoutFolder(layout, language))
        )
    )
  const listed = listRoots(host, root, site.roots, {
    skip: site.skip,
    isOutput: outputMatcher(
      site.roots,
      targets.filter((language) => !sourceFolder(language))
    )
  })
  if (listed.sources.length === 0) {
    const where = site.roots.map(({dir}) => `\`${dir || '.'}/\``).join(', ')
    throw new InputError(
      `no markdown documents found, expected \`*.md\` or \`*.mdx\` files under ${where}`,
      config.sources ? configFileName : config.sourceDir
    )
  }
  return listed
}

/**
 * A listed source's text. It can be gone by the time it is read: an editor saves by removing and
 * writing again, and a watcher rebuilds on the first half of that (an input error, not a crash: the
 * watcher reports it and rebuilds on the next change).
 */
function readSource(host: Host, file: string, display: string): string {
  const text = readText(host, file, display)
  if (text === undefined)
    throw new InputError(
      'the file went away while md-l10n read the project (saved again meanwhile?); run again',
      display
    )
  return text
}

/** Target languages: every language but the source's. */
export function targetLanguages(project: Project): string[] {
  return project.languages.filter((language) => language !== project.sourceLanguage)
}

/** A source file as `loadProject` found it: its facts when the cache knows them, else what was read of it. */
interface SourceEntry {
  relativePath: string
  site: {root: ResolvedRoot; relativePath: string}
  file: string
  absolute: string
  facts?: SourceFacts
  /** The text, when read by this run. */
  source?: string
  /** Its segments, once known (from the cache or the segmenter). */
  parsed?: SegmentResult
  stamp?: string
  hash?: string
}

/** What the documents of one project share to read their segments and catalogs. */
interface DocumentReader {
  host: Host
  root: string
  config: Config
  cache: SegmentCache
  sourceLanguage(): string
  /** The markdown parser, when this run loaded it. */
  segmenter(): Segmenter | undefined
}

const alreadySegmented = Promise.resolve()

/**
 * A document of a loaded project. A class, not an object of closures: a project holds thousands
 * of documents in each thread that loads it, and closures made the unread ones 2 KiB each.
 */
class SourceDocument implements ProjectDocument {
  readonly file: string
  readonly namespace: string
  readonly relativePath: string
  readonly source: {root: ResolvedRoot; relativePath: string}
  readonly sourceHash: string
  readonly ready: Promise<void>
  private segments: SegmentResult | undefined
  private previous: {catalog: Catalog; text: string | undefined} | undefined

  constructor(
    private readonly entry: SourceEntry,
    private readonly reader: DocumentReader,
    pending: Promise<void> | undefined
  ) {
    this.file = entry.file
    this.relativePath = entry.relativePath
    this.source = entry.site
    this.namespace = entry.relativePath.replace(/\.(md|mdx|markdown)$/i, '')
    // Known before parsing: it was computed when the file was read.
    this.sourceHash = entry.facts?.hash ?? entry.hash!
    this.ready = pending ?? alreadySegmented
  }

  private facts(): SourceFacts {
    if (!this.entry.facts) throw new Error(`${this.file} is still being segmented: wait for its \`ready\``)
    return this.entry.facts
  }

  get segmentCount(): number {
    return this.facts().segments
  }

  get segmented(): SegmentResult {
    return (this.segments ??= this.load())
  }

  get previousSource(): Catalog {
    return this.readPrevious().catalog
  }

  get previousSourceText(): string | undefined {
    return this.readPrevious().text
  }

  private readPrevious(): {catalog: Catalog; text: string | undefined} {
    if (this.previous) return this.previous
    // The source language has no meta file.
    const read = readCatalogFile(this.reader, this.reader.sourceLanguage(), this.namespace)
    return (this.previous = {catalog: read?.catalog ?? {}, text: read?.text})
  }

  releaseSegments(): void {
    this.segments = undefined
  }

  private load(): SegmentResult {
    const {entry, reader, file} = this
    let probe = entry.parsed
    // The segments as they arrived go to this document (the cache keeps them as bytes).
    entry.parsed = undefined
    if (!probe) {
      const source = entry.source ?? readSource(reader.host, entry.absolute, file)
      const hash = entry.source === undefined ? contentHash(source) : this.facts().hash
      probe = reader.cache.get(file, hash, source)
      const segmenter = reader.segmenter()
      if (!probe && !segmenter) {
        // A damaged shard (or a source rewritten during the run): the parser was not loaded for
        // this run, so forget the sources and let the next run parse them.
        reader.cache.discardFacts()
        throw new InputError(
          `no cached segments for ${file} (the cache was damaged, or the file changed during the run); the cache is cleared, run again`,
          cacheFolder
        )
      }
      probe ??= segmenter!(source, file)
    }
    const previousKeys: PreviousKey[] = Object.entries(this.previousSource).map(([key, text]) => ({key, text}))
    // Keys were assigned as if new; keep the keys of the last extract instead (in place: the
    // segments are this document's own, as the cache hands out copies).
    return previousKeys.length > 0 ? {...probe, segments: reassignKeys(probe.segments, previousKeys)} : probe
  }
}
