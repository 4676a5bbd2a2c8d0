/**
 * project/state/files: what the caches of `project/state/` share (their folder, the layout version,
 * map packing, cache files as V8-serialized values). The caches keep what a run can reuse from the
 * last one, in `.md-l10n-cache/` of the project, so that a run's cost follows what changed rather
 * than the size of the project:
 *
 * - `SegmentCache`: facts about every source file and its segments, in shards;
 * - `ExtractState`: what each target catalog looked like after `extract`;
 * - `OutputManifest`: the inputs and output hashes of each document `build` wrote (inside the output folder);
 * - `MemoryCache`: the translation memory's reading of each language's catalogs.
 *
 * Everything is keyed by md-l10n's version and the settings segmentation depends on: a new version
 * or another config starts afresh. Deleting the folder is always safe.
 */
import {createHash} from 'node:crypto'
import {serialize, deserialize} from 'node:v8'
import type {Host} from '../host.js'
import type {WriteBatch} from '../batch.js'
export {version as toolVersion} from '../../version.js'

export const cacheFolder = '.md-l10n-cache'
/** The layout of the files below: a new layout ignores files of the old one (9: cached documents carry their syntax for escaping). */
export const formatVersion = 9
/**
 * A map of strings packed into one string: a hundred thousand entries load in a tenth of the time
 * a `Map` of them takes to deserialize. Keys and values are paths, stamps, hashes and messages.
 */
export function packMap(map: ReadonlyMap<string, string>): string {
  const parts: string[] = []
  for (const [key, value] of map) parts.push(`${key}\u0001${value.replace(/[\u0000\u0001]/g, '\uFFFD')}`)
  return parts.join('\u0000')
}

/** The map `packMap` packed, or `undefined` when `value` is not one. */
export function unpackMap(value: unknown): Map<string, string> | undefined {
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
export const shardCount = 32
/** Shards of each language's translation memory. */
export const memoryShardCount = 16
/** A hash that identifies a whole file's content (longer than segment hashes: never a collision in practice). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22)
}

/** A cache file's value; `undefined` when absent or unreadable (a cache is always safe to lose). */
export function readBinary(host: Host, file: string): unknown {
  try {
    const read = host.read(file)
    return read && deserialize(read.bytes)
  } catch {
    return undefined
  }
}

export function writeBinary(batch: WriteBatch, file: string, value: unknown): void {
  batch.write(file, serialize(value))
}

/** The shard of a file or namespace (of `shardCount`). */
export function shardOf(file: string): number {
  let value = 0
  for (let index = 0; index < file.length; index++) value = (value * 31 + file.charCodeAt(index)) >>> 0
  return value % shardCount
}
