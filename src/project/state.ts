/**
 * project/state: what a run can reuse from the last one, kept in `.md-l10n-cache/` of the project, so
 * that a run's cost follows what changed rather than the size of the project.
 *
 * - Facts about every source file (stamp, content hash, segment count, front-matter `lang`, the
 *   languages its switcher lists): a run whose sources did not move reads none of them.
 * - Segments by file and content hash, in shards, so `build` after `extract` parses nothing and an
 *   edit of one page loads and rewrites one shard, not the whole cache.
 * - What each target catalog looked like after `extract`, and the inputs and output hashes of each
 *   document `build` wrote (that one lives inside the output folder).
 *
 * Everything is keyed by md-l10n's version and the settings segmentation depends on: a new version
 * or another config starts afresh. Deleting the folder is always safe.
 */
import {createHash} from 'node:crypto'
import {serialize, deserialize} from 'node:v8'
import path from 'node:path'
import type {SegmentResult} from '../segment/index.js'
import type {SwitcherLanguage} from '../languages/switcher.js'
import type {Host} from './host.js'
import type {WriteBatch} from './batch.js'
import {version as toolVersion} from '../version.js'

export const cacheFolder = '.md-l10n-cache'
/** The layout of the files below: a new layout ignores files of the old one. */
const formatVersion = 8

/**
 * A map of strings packed into one string: a hundred thousand entries load in a tenth of the time
 * a `Map` of them takes to deserialize. Keys and values are paths, stamps, hashes and messages.
 */
function packMap(map: ReadonlyMap<string, string>): string {
  const parts: string[] = []
  for (const [key, value] of map) parts.push(`${key}\u0001${value.replace(/[\u0000\u0001]/g, '\uFFFD')}`)
  return parts.join('\u0000')
}

/** The map `packMap` packed, or `undefined` when `value` is not one. */
function unpackMap(value: unknown): Map<string, string> | undefined {
  if (typeof value !== 'string') return undefined
  const map = new Map<string, string>()
  if (value === '') return map
  for (const part of value.split('\u0000')) {
    const split = part.indexOf('\u0001')
    if (split === -1) return undefined
    map.set(part.slice(0, split), part.slice(split + 1))
  }
  return map
}

/** Segment shards: an edited page costs one shard (1/32 of the cache) to load and save. */
const shardCount = 32
/** Shards of each language's translation memory. */
const memoryShardCount = 16

/** A hash that identifies a whole file's content (longer than segment hashes: never a collision in practice). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22)
}

/** A cache file's value; `undefined` when absent or unreadable (a cache is always safe to lose). */
function readBinary(host: Host, file: string): unknown {
  try {
    const read = host.read(file)
    return read && deserialize(read.bytes)
  } catch {
    return undefined
  }
}

function writeBinary(batch: WriteBatch, file: string, value: unknown): void {
  batch.write(file, serialize(value))
}

/** What the last run learnt about one source file. */
export interface SourceFacts {
  /** `size:mtime` of the file when it was read. */
  stamp: string
  /** `contentHash` of its text. */
  hash: string
  segments: number
  /** Its front matter's `lang`, as written. */
  lang?: string
  languageSwitcher: SwitcherLanguage[]
}

type CachedSegments = Omit<SegmentResult, 'source'>
/**
 * A shard holds each file's segments serialized on their own: reading a shard materializes none of
 * them, and a file's are deserialized when asked for. Segments held as bytes are outside the
 * JavaScript heap, which V8 grows by a multiple of what it holds.
 */
type Shard = Map<string, {hash: string; bytes: Uint8Array}>

function shardOf(file: string): number {
  let value = 0
  for (let index = 0; index < file.length; index++) value = (value * 31 + file.charCodeAt(index)) >>> 0
  return value % shardCount
}

/** Source facts and segmentation results by file and content hash. */
export class SegmentCache {
  readonly facts: Map<string, SourceFacts>
  private readonly folder: string
  private readonly shards = new Map<number, Shard>()
  private readonly dirtyShards = new Set<number>()
  private readonly shardFiles = new Map<number, boolean>()
  private factsChanged = false

  constructor(
    private readonly host: Host,
    root: string,
    settings: unknown
  ) {
    const id = createHash('sha256').update(`${toolVersion}\n${formatVersion}\n${JSON.stringify(settings)}`).digest('base64url').slice(0, 12)
    this.folder = path.join(root, cacheFolder, `segments-${id}`)
    const stored = readBinary(host, path.join(this.folder, 'facts.v8'))
    this.facts = stored instanceof Map ? (stored as Map<string, SourceFacts>) : new Map()
  }

  private shard(file: string): Shard {
    const number = shardOf(file)
    let shard = this.shards.get(number)
    if (!shard) {
      const stored = readBinary(this.host, path.join(this.folder, `${number}.v8`))
      shard = stored instanceof Map ? (stored as Shard) : new Map()
      this.shards.set(number, shard)
    }
    return shard
  }

  /** Forget what is known about the sources (the next run reads and parses them all). */
  discardFacts(): void {
    this.host.remove(path.join(this.folder, 'facts.v8'))
    this.facts.clear()
    this.factsChanged = false
  }

  /** Let go of the loaded shards that hold nothing to save: a reader that has what it needs frees their memory. */
  releaseShards(): void {
    for (const number of this.shards.keys()) if (!this.dirtyShards.has(number)) this.shards.delete(number)
  }

  /** Whether the shard that would hold `file`'s segments exists. */
  hasShard(file: string): boolean {
    const number = shardOf(file)
    let exists = this.shardFiles.get(number)
    if (exists === undefined) this.shardFiles.set(number, (exists = this.shards.has(number) || this.host.exists(path.join(this.folder, `${number}.v8`))))
    return exists
  }

  /** The segments of `file` when its content hash is `hash` (a copy of the cache's, each time). */
  get(file: string, hash: string, source: string): SegmentResult | undefined {
    const entry = this.shard(file).get(file)
    if (entry?.hash !== hash) return undefined
    try {
      return {...(deserialize(entry.bytes) as CachedSegments), source}
    } catch {
      // Damaged bytes: as if the cache did not have them.
      return undefined
    }
  }

  set(file: string, stamp: string, hash: string, result: SegmentResult): void {
    const {source: _, ...rest} = result
    this.shard(file).set(file, {hash, bytes: serialize(rest)})
    this.dirtyShards.add(shardOf(file))
    const lang = result.frontMatter?.fields.get('lang')?.value
    this.setFacts(file, {stamp, hash, segments: result.segments.length, lang: lang === undefined ? undefined : String(lang), languageSwitcher: result.languageSwitcher})
  }

  setFacts(file: string, facts: SourceFacts): void {
    this.facts.set(file, facts)
    this.factsChanged = true
  }

  /** Forget files that are no longer sources. */
  retain(files: ReadonlySet<string>): void {
    for (const file of this.facts.keys()) {
      if (!files.has(file)) {
        this.facts.delete(file)
        this.factsChanged = true
        const shard = this.shard(file)
        if (shard.delete(file)) this.dirtyShards.add(shardOf(file))
      }
    }
  }

  /** Write what changed into `batch`; returns whether anything was. */
  save(batch: WriteBatch): boolean {
    if (!this.factsChanged && this.dirtyShards.size === 0) return false
    for (const number of this.dirtyShards) writeBinary(batch, path.join(this.folder, `${number}.v8`), this.shards.get(number))
    if (this.factsChanged) writeBinary(batch, path.join(this.folder, 'facts.v8'), this.facts)
    this.dirtyShards.clear()
    this.factsChanged = false
    return true
  }

  /** Remove the caches of other versions or settings (after a save). */
  removeOthers(): void {
    const parent = path.dirname(this.folder)
    for (const entry of this.host.list(parent) ?? []) {
      if (entry.name.startsWith('segments') && entry.name !== path.basename(this.folder)) this.host.removeFolder(path.join(parent, entry.name))
      // Translation memories of other versions (a memory of this version is a folder per language).
      else if (entry.name.startsWith('memory-') && !(entry.folder && entry.name.startsWith(`memory-${toolVersion}-${formatVersion}-`))) {
        if (entry.folder) this.host.removeFolder(path.join(parent, entry.name))
        else this.host.remove(path.join(parent, entry.name))
      }
    }
  }
}

/** What `build` read and wrote for one `language/namespace`. */
export interface BuiltEntry {
  sourceHash: string
  /** Stamps of the catalog and meta it was built from. */
  catalog: string
  meta: string
  total: number
  translated: number
  kept: boolean
  warnings: string[]
  /**
   * Content hashes of the exported catalog (`''` for a page omitted untranslated, `-` when catalogs
   * are not exported) and of the document (absent when not emitted).
   */
  catalogHash: string
  documentHash?: string
  /**
   * The other pages its links lead to (`headingIds: "translate"`), whose headings its output
   * takes; `?` before a page its links name that the project did not have.
   */
  linked?: string[]
}

/**
 * What the last build read and wrote, kept inside the output folder. An entry is stored as one
 * string (a hundred thousand small objects cost five times the memory and load time).
 */
export class OutputManifest {
  /** The settings the outputs were built with: other settings rebuild everything. */
  readonly settings: string
  /** Stamps of the catalog and output folders after the last build. */
  readonly folders: Map<string, string>
  /** Copied assets: output file → stamp of the source file it was copied from. */
  readonly assets: Map<string, string>
  private entries: Map<string, string>
  private next = new Map<string, string>()
  /** Whether `patch` changed an entry since `patched` was last asked. */
  private patchedEntries = false
  private readonly file: string

  constructor(host: Host, outDir: string, settings: string) {
    // Inside the output folder: deleting the output deletes what claims it is up to date.
    this.file = path.join(outDir, `.md-l10n-manifest-${toolVersion}-${formatVersion}.v9`)
    const stored = readBinary(host, this.file) as {settings?: unknown; entries?: unknown; folders?: unknown; assets?: unknown} | undefined
    const entries = unpackMap(stored?.entries)
    const folders = unpackMap(stored?.folders)
    const assets = unpackMap(stored?.assets)
    const usable = stored?.settings === settings && entries !== undefined && folders !== undefined && assets !== undefined
    this.settings = settings
    this.entries = usable ? entries : new Map()
    this.folders = usable ? folders : new Map()
    this.assets = usable ? assets : new Map()
  }

  /** Decoded entries, kept when the manifest lives across rebuilds (a watcher's). */
  private decoded: Map<string, {encoded: string; entry: BuiltEntry}> | undefined

  /** Keep decoded entries from now on: worth it for a manifest that serves many rebuilds. */
  keepDecoded(): void {
    this.decoded ??= new Map()
  }

  get(id: string): BuiltEntry | undefined {
    const encoded = this.entries.get(id)
    if (encoded === undefined) return undefined
    const known = this.decoded?.get(id)
    if (known?.encoded === encoded) return known.entry
    const entry = this.decode(encoded)
    this.decoded?.set(id, {encoded, entry})
    return entry
  }

  private decode(encoded: string): BuiltEntry {
    const [sourceHash, catalog, meta, total, translated, kept, catalogHash, documentHash, linked, ...warnings] = encoded.split('\n')
    return {sourceHash: sourceHash!, catalog: catalog!, meta: meta!, total: Number(total), translated: Number(translated), kept: kept === '1', catalogHash: catalogHash!, documentHash: documentHash || undefined, warnings, ...(linked ? {linked: linked.split('\t')} : {})}
  }

  /** Record what this build did for `id` (`undefined`: as the last build did). */
  record(id: string, entry?: BuiltEntry): void {
    const encoded = entry ? encodeEntry(entry) : this.entries.get(id)
    if (encoded !== undefined) this.next.set(id, encoded)
  }

  /**
   * Replace one entry in place, for a rebuild that looks at a few entries only (a watcher's): the
   * others stay as they are, and no `finish` follows.
   */
  patch(id: string, entry: BuiltEntry): void {
    const encoded = encodeEntry(entry)
    if (this.entries.get(id) === encoded) return
    this.entries.set(id, encoded)
    this.patchedEntries = true
  }

  /** Whether `patch` changed an entry since the last call. */
  patched(): boolean {
    const patched = this.patchedEntries
    this.patchedEntries = false
    return patched
  }


  /** Entries of the last build this build has not recorded (before `finish`): outputs to withdraw. */
  unrecorded(): string[] {
    return [...this.entries.keys()].filter((id) => !this.next.has(id))
  }

  /** Make this build's records the manifest; true when anything differs from the last build. */
  finish(): boolean {
    let changed = this.next.size !== this.entries.size
    for (const [id, encoded] of this.next) if (!changed && this.entries.get(id) !== encoded) changed = true
    this.entries = this.next
    this.next = new Map()
    return changed
  }

  save(batch: WriteBatch): void {
    writeBinary(batch, this.file, {settings: this.settings, entries: packMap(this.entries), folders: packMap(this.folders), assets: packMap(this.assets)})
  }
}

function encodeEntry(entry: BuiltEntry): string {
  return [entry.sourceHash, entry.catalog, entry.meta, entry.total, entry.translated, entry.kept ? 1 : 0, entry.catalogHash, entry.documentHash ?? '', entry.linked?.join('\t') ?? '']
    .concat(entry.warnings.map((warning) => warning.replace(/\n/g, ' ')))
    .join('\n')
}

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

/** What a document's catalogs of one language gave the translation memory, and the stamps they had. */
export interface LearntPairs {
  /** Stamps of the catalog, its meta and the source catalog, joined by a tab. */
  stamps: string
  /** Source text and translation, alternating, in the catalog's order. */
  pairs: string[]
}

/**
 * The translation memory's reading of each language's catalogs, by namespace: a run that needs a
 * language's memory reads again only the catalogs whose stamps moved since (a translator's edit
 * moves them), instead of every catalog of the language.
 */
export class MemoryCache {
  private readonly folder: string
  /** By shard: an edited page changes one shard of each language, which is all its run saves. */
  private readonly shards: Array<Map<string, LearntPairs>> = []
  private readonly changed = new Set<number>()

  constructor(
    host: Host,
    root: string,
    language: string
  ) {
    this.folder = path.join(root, cacheFolder, `memory-${toolVersion}-${formatVersion}-${language}`)
    for (let number = 0; number < memoryShardCount; number++) {
      const stored = readBinary(host, path.join(this.folder, `${number}.v8`))
      this.shards.push(stored instanceof Map ? (stored as Map<string, LearntPairs>) : new Map())
    }
  }

  private shard(namespace: string): number {
    return shardOf(namespace) % memoryShardCount
  }

  /** The pairs of `namespace` when its catalogs' stamps are `stamps`, else `undefined`. */
  get(namespace: string, stamps: string): string[] | undefined {
    const entry = this.shards[this.shard(namespace)]!.get(namespace)
    return entry?.stamps === stamps ? entry.pairs : undefined
  }

  /** The pairs last learnt from `namespace`, whatever its stamps are now (a watcher's session knows they did not move). */
  pairsOf(namespace: string): string[] | undefined {
    return this.shards[this.shard(namespace)]!.get(namespace)?.pairs
  }

  set(namespace: string, stamps: string, pairs: string[]): void {
    const number = this.shard(namespace)
    this.shards[number]!.set(namespace, {stamps, pairs})
    this.changed.add(number)
  }

  /** Forget the namespaces that are no longer documents of the project. */
  retain(namespaces: ReadonlySet<string>): void {
    for (const [number, shard] of this.shards.entries()) {
      for (const namespace of shard.keys()) {
        if (!namespaces.has(namespace)) {
          shard.delete(namespace)
          this.changed.add(number)
        }
      }
    }
  }

  save(batch: WriteBatch): void {
    for (const number of this.changed) writeBinary(batch, path.join(this.folder, `${number}.v8`), this.shards[number])
    this.changed.clear()
  }
}
