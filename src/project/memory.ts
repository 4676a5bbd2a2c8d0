/**
 * project/memory: the translation memory of each language: every translation of the project's
 * catalogs by the source text it was made from. `extract` fills a segment that has no translation
 * and whose source text is an exact repeat of one already translated (in any document), and marks
 * it in the meta as taken from memory, for review.
 *
 * A watcher keeps one memory between its extracts (`continueWith`): what it learnt stays, and only
 * the catalogs the watcher reported are looked at again.
 */
import {machineDraftOf, stampTranslation, stampsTranslation} from '../catalog/stamp.js'
import type {SyncResult} from '../catalog/sync.js'
import {readCatalog, type Project} from './load.js'
import type {FolderListing} from './listing.js'
import {MemoryCache} from './state/memory-cache.js'
import type {WriteBatch} from './batch.js'
import {catalogPaths} from '../catalog/store.js'
import path from 'node:path'

/** Catalogs of a language synced in one run from which the run keeps them for the next run's memory. */
const rememberFrom = 64

export class TranslationMemory {
  private readonly languages = new Map<string, Map<string, string>>()
  private readonly caches = new Map<string, MemoryCache>()
  private sourceStamps = new Map<string, string>()
  /** In a watcher's session: by language, the namespaces whose catalogs may have moved since they were learnt. */
  private reported: Map<string, Set<string>> | undefined
  /** Languages whose every catalog was looked at once. */
  private readonly learnt = new Set<string>()

  constructor(
    private project: Project,
    private listing: FolderListing
  ) {}

  /**
   * Serve the next extract of a watcher's session: `project` as loaded for it, and the catalogs
   * (`language/namespace`) the watcher reported since the last one (those this memory synced
   * itself among them). Every other catalog is taken as learnt, without a look at it.
   */
  continueWith(project: Project, listing: FolderListing, catalogs: Iterable<string>): void {
    this.project = project
    this.listing = listing
    this.sourceStamps = new Map()
    this.reported ??= new Map()
    for (const id of catalogs) {
      const [language, ...rest] = id.split('/')
      if (!this.caches.has(language!)) continue
      // The language's memory is merged again (from what it learnt, in document order) when next asked for.
      this.languages.delete(language!)
      let namespaces = this.reported.get(language!)
      if (!namespaces) this.reported.set(language!, (namespaces = new Set()))
      namespaces.add(rest.join('/'))
    }
  }

  /**
   * The memory of `language`, learnt from every catalog the first time it is asked for: from the
   * cache of the last run for a catalog whose stamps (and its meta's and source catalog's) did not
   * move, else read.
   */
  private of(language: string): Map<string, string> {
    let memory = this.languages.get(language)
    if (memory) return memory
    memory = new Map()
    this.languages.set(language, memory)
    let cache = this.caches.get(language)
    if (!cache) this.caches.set(language, (cache = new MemoryCache(this.project.host, this.project.root, language)))
    cache.retain(new Set(this.project.documents.map(({namespace}) => namespace)))
    const locales = path.join(this.project.root, this.project.config.localesDir)
    // In a session, a language learnt once is trusted but for the catalogs reported since.
    const trusted = this.reported !== undefined && this.learnt.has(language)
    const reported = this.reported?.get(language)
    // A language with no folder yet has no catalog to learn from (its first extract).
    const documents = trusted || this.project.host.exists(path.join(locales, language)) ? this.project.documents : []
    for (const document of documents) {
      const known = trusted && !reported?.has(document.namespace) ? cache.pairsOf(document.namespace) : undefined
      if (known) {
        for (let index = 0; index < known.length; index += 2)
          if (!memory.has(known[index]!)) memory.set(known[index]!, known[index + 1]!)
        continue
      }
      const paths = catalogPaths(language, document.namespace)
      let sourceStamp = this.sourceStamps.get(document.namespace)
      if (sourceStamp === undefined) {
        sourceStamp = this.listing.stamp(
          path.join(locales, catalogPaths(this.project.sourceLanguage, document.namespace).catalog)
        )
        this.sourceStamps.set(document.namespace, sourceStamp)
      }
      const stamps = `${this.listing.stamp(path.join(locales, paths.catalog))}\t${this.listing.stamp(path.join(locales, paths.meta))}\t${sourceStamp}`
      let pairs = cache.get(document.namespace, stamps)
      if (!pairs) {
        const {catalog, meta} = readCatalog(this.project, language, document.namespace, this.listing)
        pairs = learntPairs(catalog, meta.entries, document.previousSource)
        cache.set(document.namespace, stamps, pairs)
      }
      for (let index = 0; index < pairs.length; index += 2)
        if (!memory.has(pairs[index]!)) memory.set(pairs[index]!, pairs[index + 1]!)
    }
    reported?.clear()
    this.learnt.add(language)
    return memory
  }

  /**
   * Keep what a sync wrote into a catalog for the next run's memory, with the stamps the catalog,
   * its meta and the source catalog have after this run: a run that syncs many catalogs (after a
   * translators' pass) saves the next one reading them all again. A run that syncs a few catalogs
   * of a language whose memory it did not need leaves them to be read when it is.
   */
  remember(language: string, namespace: string, stamps: string, pairs: string[]): void {
    const cache = this.caches.get(language)
    if (cache) return cache.set(namespace, stamps, pairs)
    let waiting = this.unremembered.get(language)
    if (!waiting) this.unremembered.set(language, (waiting = []))
    waiting.push({namespace, stamps, pairs})
    if (waiting.length < rememberFrom) return
    const opened = new MemoryCache(this.project.host, this.project.root, language)
    this.caches.set(language, opened)
    for (const entry of waiting) opened.set(entry.namespace, entry.stamps, entry.pairs)
    this.unremembered.delete(language)
  }

  private readonly unremembered = new Map<string, Array<{namespace: string; stamps: string; pairs: string[]}>>()

  /** Learn the memories of `languages` now (a watcher, before the first edit that needs them). */
  prepare(languages: readonly string[]): void {
    for (const language of languages) this.of(language)
  }

  /** Remember the translations of a catalog synced by this run (a translation already remembered stays). */
  learn(
    language: string,
    namespace: string,
    catalog: Readonly<Record<string, string>>,
    entries: SyncResult['meta']['entries'],
    seen: Readonly<Record<string, string>> = {}
  ): void {
    // In a session, what was learnt from the catalog before this sync is read again when next merged.
    this.reported?.get(language)?.add(namespace) ?? this.reported?.set(language, new Set([namespace]))
    const memory = this.languages.get(language)
    if (!memory) return
    const pairs = learntPairs(catalog, entries, seen)
    for (let index = 0; index < pairs.length; index += 2)
      if (!memory.has(pairs[index]!)) memory.set(pairs[index]!, pairs[index + 1]!)
  }

  /** Keep what the memory read for the next run. */
  save(batch: WriteBatch): void {
    for (const cache of this.caches.values()) cache.save(batch)
  }

  /** Fill the segments of a synced catalog that have no translation from exact repeats; returns the keys filled. */
  fill(language: string, result: SyncResult, source: ReadonlyArray<{key: string; text: string}>): string[] {
    const empty = source.filter(({key}) => result.catalog[key] === '')
    if (empty.length === 0) return []
    const memory = this.of(language)
    const filled: string[] = []
    for (const {key, text} of empty) {
      const translation = memory.get(text)
      if (translation === undefined) continue
      result.catalog[key] = translation
      result.meta.entries[key] = stampTranslation(text, translation, 'memory')
      filled.push(key)
    }
    return filled
  }
}

/**
 * The translations of a catalog by the source text each was made from (source, translation,
 * alternating): its meta's, or, for a translation written since (not stamped yet), the source
 * catalog's (what the translator saw). Unreviewed machine drafts are left out.
 */
export function learntPairs(
  catalog: Readonly<Record<string, string>>,
  entries: SyncResult['meta']['entries'],
  seen: Readonly<Record<string, string>>
): string[] {
  const pairs: string[] = []
  for (const [key, translation] of Object.entries(catalog)) {
    if (!translation) continue
    const entry = Object.hasOwn(entries, key) ? entries[key] : undefined
    // An unreviewed machine draft is not memory: it would fill other segments as if a person wrote it.
    if (machineDraftOf(entry, translation)) continue
    const source = stampsTranslation(entry, translation)
      ? entry.source
      : Object.hasOwn(seen, key)
        ? seen[key]
        : undefined
    if (source !== undefined) pairs.push(source, translation)
  }
  return pairs
}
