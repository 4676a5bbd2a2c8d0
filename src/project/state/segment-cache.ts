/**
 * project/state/segment-cache: facts about every source file (stamp, content hash, segment count,
 * front-matter `lang`, the languages its switcher lists) and its segments by file and content hash,
 * in shards, so `build` after `extract` parses nothing and an edit of one page loads and rewrites
 * one shard, not the whole cache. Keyed by the settings segmentation depends on.
 */
import {createHash} from 'node:crypto'
import {serialize, deserialize} from 'node:v8'
import path from 'node:path'
import type {SegmentResult} from '../../segment/index.js'
import type {SwitcherLanguage} from '../../languages/switcher.js'
import type {Host} from '../host.js'
import type {WriteBatch} from '../batch.js'
import {cacheFolder, formatVersion, toolVersion, readBinary, writeBinary, shardOf} from './files.js'

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
    const id = createHash('sha256')
      .update(`${toolVersion}\n${formatVersion}\n${JSON.stringify(settings)}`)
      .digest('base64url')
      .slice(0, 12)
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
    if (exists === undefined)
      this.shardFiles.set(
        number,
        (exists = this.shards.has(number) || this.host.exists(path.join(this.folder, `${number}.v8`)))
      )
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
    this.setFacts(file, {
      stamp,
      hash,
      segments: result.segments.length,
      lang: lang === undefined ? undefined : String(lang),
      languageSwitcher: result.languageSwitcher
    })
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
    for (const number of this.dirtyShards)
      writeBinary(batch, path.join(this.folder, `${number}.v8`), this.shards.get(number))
    if (this.factsChanged) writeBinary(batch, path.join(this.folder, 'facts.v8'), this.facts)
    this.dirtyShards.clear()
    this.factsChanged = false
    return true
  }

  /** Remove the caches of other versions or settings (after a save). */
  removeOthers(): void {
    const parent = path.dirname(this.folder)
    for (const entry of this.host.list(parent) ?? []) {
      if (entry.name.startsWith('segments') && entry.name !== path.basename(this.folder))
        this.host.removeFolder(path.join(parent, entry.name))
      // Translation memories of other versions (a memory of this version is a folder per language).
      else if (
        entry.name.startsWith('memory-') &&
        !(entry.folder && entry.name.startsWith(`memory-${toolVersion}-${formatVersion}-`))
      ) {
        if (entry.folder) this.host.removeFolder(path.join(parent, entry.name))
        else this.host.remove(path.join(parent, entry.name))
      }
    }
  }
}
