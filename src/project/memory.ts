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

export class TranslationMemory {
  private readonly languages = new Map<string, Map<string, string>>()

  constructor(
    private readonly project: Project,
    private readonly listing: FolderListing
  ) {}

  /** The memory of `language`, read from every catalog the first time it is asked for. */
  private of(language: string): Map<string, string> {
    let memory = this.languages.get(language)
    if (memory) return memory
    memory = new Map()
    this.languages.set(language, memory)
    for (const document of this.project.documents) {
      const {catalog, meta} = readCatalog(this.project, language, document.namespace, this.listing)
      this.learn(language, catalog, meta.entries, document.previousSource)
    }
    return memory
  }

  /**
   * Remember the translations of a catalog by the source text each was made from: its meta's, or,
   * for a translation written since (not stamped yet), the source catalog's (what the translator saw).
   */
  learn(language: string, catalog: Readonly<Record<string, string>>, entries: SyncResult['meta']['entries'], seen: Readonly<Record<string, string>> = {}): void {
    const memory = this.languages.get(language)
    if (!memory) return
    for (const [key, translation] of Object.entries(catalog)) {
      if (!translation) continue
      const entry = Object.hasOwn(entries, key) ? entries[key] : undefined
      const source = entry && entry.translationHash === hashText(translation) ? entry.source : Object.hasOwn(seen, key) ? seen[key] : undefined
      if (source !== undefined && !memory.has(source)) memory.set(source, translation)
    }
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
