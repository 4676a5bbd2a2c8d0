/** project/state/memory-cache: the translation memory's reading of each language's catalogs. */
import path from 'node:path'
import type {Host} from '../host.js'
import type {WriteBatch} from '../batch.js'
import {cacheFolder, formatVersion, toolVersion, memoryShardCount, readBinary, writeBinary, shardOf} from './files.js'

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

  constructor(host: Host, root: string, language: string) {
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
