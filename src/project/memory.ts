/**
 * project/memory: the translation memory of each language: every translation of the project's
 * catalogs by the source text it was made from. `extract` fills a segment that has no translation
 * and whose source text is an exact repeat of one already translated (in any document), and marks
 * it in the meta as taken from memory, for review.
 */
import {hashText} from '../util/hash.js'
import type {SyncResult} from '../catalog/sync.js'
import {readCatalog, type Project} from './load.js'
import type {FolderListing} from './listing.js'
import {MemoryCache} from './state.js'
import type {WriteBatch} from './batch.js'
import {catalogPaths} from '../catalog/store.js'
import path from 'node:path'

export class TranslationMemory {
  private readonly languages = new Map<string, Map<string, string>>()
  private readonly caches: MemoryCache[] = []
  private readonly sourceStamps = new Map<string, string>()

  constructor(
    private readonly project: Project,
    private readonly listing: FolderListing
  ) {}

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
    const cache = new MemoryCache(this.project.host, this.project.root, language)
    this.caches.push(cache)
    cache.retain(new Set(this.project.documents.map(({namespace}) => namespace)))
    const locales = path.join(this.project.root, this.project.config.localesDir)
    for (const document of this.project.documents) {
      const paths = catalogPaths(language, document.namespace)
      let sourceStamp = this.sourceStamps.get(document.namespace)
      if (sourceStamp === undefined) {
        sourceStamp = this.listing.stamp(path.join(locales, catalogPaths(this.project.sourceLanguage, document.namespace).catalog))
        this.sourceStamps.set(document.namespace, sourceStamp)
      }
      const stamps = `${this.listing.stamp(path.join(locales, paths.catalog))}\t${this.listing.stamp(path.join(locales, paths.meta))}\t${sourceStamp}`
      let pairs = cache.get(document.namespace, stamps)
      if (!pairs) {
        const {catalog, meta} = readCatalog(this.project, language, document.namespace, this.listing)
        pairs = learntPairs(catalog, meta.entries, document.previousSource)
        cache.set(document.namespace, stamps, pairs)
      }
      for (let index = 0; index < pairs.length; index += 2) if (!memory.has(pairs[index]!)) memory.set(pairs[index]!, pairs[index + 1]!)
    }
    return memory
  }

  /** Remember the translations of a catalog synced by this run (a translation already remembered stays). */
  learn(language: string, catalog: Readonly<Record<string, string>>, entries: SyncResult['meta']['entries'], seen: Readonly<Record<string, string>> = {}): void {
    const memory = this.languages.get(language)
    if (!memory) return
    const pairs = learntPairs(catalog, entries, seen)
    for (let index = 0; index < pairs.length; index += 2) if (!memory.has(pairs[index]!)) memory.set(pairs[index]!, pairs[index + 1]!)
  }

  /** Keep what the memory read for the next run. */
  save(batch: WriteBatch): void {
    for (const cache of this.caches) cache.save(batch)
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
      result.meta.entries[key] = {sourceHash: hashText(text), source: text, translationHash: hashText(translation), origin: 'memory'}
      filled.push(key)
    }
    return filled
  }
}

/**
 * The translations of a catalog by the source text each was made from (source, translation,
 * alternating): its meta's, or, for a translation written since (not stamped yet), the source
 * catalog's (what the translator saw).
 */
function learntPairs(catalog: Readonly<Record<string, string>>, entries: SyncResult['meta']['entries'], seen: Readonly<Record<string, string>>): string[] {
  const pairs: string[] = []
  for (const [key, translation] of Object.entries(catalog)) {
    if (!translation) continue
    const entry = Object.hasOwn(entries, key) ? entries[key] : undefined
    const source = entry && entry.translationHash === hashText(translation) ? entry.source : Object.hasOwn(seen, key) ? seen[key] : undefined
    if (source !== undefined) pairs.push(source, translation)
  }
  return pairs
}
