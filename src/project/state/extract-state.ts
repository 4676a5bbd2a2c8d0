/** project/state/extract-state: each namespace's catalogs as the last extract left them. */
import path from 'node:path'
import type {Host} from '../host.js'
import type {WriteBatch} from '../batch.js'
import {cacheFolder, formatVersion, toolVersion, packMap, unpackMap, readBinary, writeBinary} from './files.js'

/** A target catalog as the last extract left it: the stamps of its catalog and meta. */
export interface ExtractedTarget {
  catalog: string
  meta: string
}

/** What one namespace's catalogs looked like after the last extract. */
export interface ExtractedEntry {
  sourceHash: string
  /** Stamp of the source-language catalog as extract left it. */
  sourceCatalog: string
  /** Per target language. */
  targets: Map<string, ExtractedTarget>
}

/**
 * The extract state: each namespace's catalogs as the last extract left them, and the stamps of
 * the target catalog folders. A folder's stamp moves when a file in it is created, removed or
 * renamed (a checkout, a copy, a deletion); a file edited in place needs no extract while its
 * source is unchanged (the next sync stamps it against the text the translator saw).
 *
 * A namespace is stored as one string (a hundred thousand small objects cost five times the
 * memory and load time), decoded when a run looks at it.
 */
export class ExtractState {
  readonly folders: Map<string, string>
  private readonly entries: Map<string, string>
  private readonly file: string

  constructor(host: Host, root: string) {
    this.file = path.join(root, cacheFolder, `extract-${toolVersion}-${formatVersion}.v9`)
    const stored = readBinary(host, this.file) as {entries?: unknown; folders?: unknown} | undefined
    const entries = unpackMap(stored?.entries)
    const folders = unpackMap(stored?.folders)
    this.entries = entries && folders ? entries : new Map()
    this.folders = entries && folders ? folders : new Map()
  }

  get size(): number {
    return this.entries.size
  }

  /** The stored form of a namespace's entry, to keep it as it is. */
  encoded(namespace: string): string | undefined {
    return this.entries.get(namespace)
  }

  get(namespace: string): ExtractedEntry | undefined {
    const encoded = this.entries.get(namespace)
    if (encoded === undefined) return undefined
    const [sourceHash, sourceCatalog, ...lines] = encoded.split('\n')
    const targets = new Map<string, ExtractedTarget>()
    for (const line of lines) {
      const [language, catalog, meta] = line.split('\t')
      targets.set(language!, {catalog: catalog!, meta: meta!})
    }
    return {sourceHash: sourceHash!, sourceCatalog: sourceCatalog!, targets}
  }

  /** Replace every entry with this run's (an entry given as a string is kept as stored). */
  replace(entries: ReadonlyMap<string, ExtractedEntry | string>): void {
    this.entries.clear()
    for (const [namespace, entry] of entries) {
      if (typeof entry === 'string') {
        this.entries.set(namespace, entry)
        continue
      }
      const lines = [entry.sourceHash, entry.sourceCatalog]
      for (const [language, {catalog, meta}] of entry.targets) lines.push([language, catalog, meta].join('\t'))
      this.entries.set(namespace, lines.join('\n'))
    }
  }

  save(batch: WriteBatch): void {
    writeBinary(batch, this.file, {entries: packMap(this.entries), folders: packMap(this.folders)})
  }
}
