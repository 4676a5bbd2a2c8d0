/**
 * cli/cache: what a run can reuse from the last one, kept in `.md-l10n-cache/` of the project.
 *
 * - Segments by content hash of each source, so `build` after `extract`, and any run after an edit
 *   of one page, parses only what changed. The cache file's name carries md-l10n's version and
 *   the settings segmentation depends on: a new version or another config starts afresh.
 * - The hashes of the files `build` wrote, so an unchanged output is neither read nor written.
 *
 * Deleting the folder is always safe.
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import {serialize, deserialize} from 'node:v8'
import path from 'node:path'
import type {SegmentResult} from '../segment/index.js'

export const cacheFolder = '.md-l10n-cache'
const toolVersion = '0.1.0'

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}

function readBinary(file: string): unknown {
  try {
    return deserialize(readFileSync(file))
  } catch {
    return undefined
  }
}

function writeBinary(file: string, value: unknown): void {
  mkdirSync(path.dirname(file), {recursive: true})
  const temporary = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  writeFileSync(temporary, serialize(value))
  renameSync(temporary, file)
}

/** Segmentation results by source hash (keys as if new: they are re-assigned on every run). */
export class SegmentCache {
  private readonly file: string
  private readonly entries: Map<string, Omit<SegmentResult, 'source'>>
  private readonly used = new Set<string>()
  private changed = false

  constructor(root: string, settings: unknown) {
    this.file = path.join(root, cacheFolder, `segments-${hash(`${toolVersion}\n${JSON.stringify(settings)}`).slice(0, 12)}.v8`)
    const stored = readBinary(this.file)
    this.entries = stored instanceof Map ? (stored as Map<string, Omit<SegmentResult, 'source'>>) : new Map()
  }

  get(source: string, file: string): SegmentResult | undefined {
    const key = `${file}\n${hash(source)}`
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.used.add(key)
    return {...entry, source}
  }

  set(source: string, file: string, result: SegmentResult): void {
    const key = `${file}\n${hash(source)}`
    const {source: _, ...rest} = result
    this.entries.set(key, structuredClone(rest))
    this.used.add(key)
    this.changed = true
  }

  /** Write the cache, keeping only entries of this run's sources. */
  save(): void {
    if (!this.changed && this.used.size === this.entries.size) return
    for (const key of this.entries.keys()) if (!this.used.has(key)) this.entries.delete(key)
    writeBinary(this.file, this.entries)
  }
}

/** Hashes of the files a build wrote (absolute path → content hash), kept beside the output. */
export class OutputManifest {
  readonly hashes: Map<string, string>
  /** Per `language/namespace`: the inputs of its last build and what it counted. */
  readonly inputs: Map<string, {inputs: string; total: number; translated: number; kept: boolean; warnings: string[]}>
  private readonly file: string

  constructor(outDir: string) {
    // Inside the output folder: deleting the output deletes what claims it is up to date.
    this.file = path.join(outDir, '.md-l10n-manifest.v8')
    const stored = readBinary(this.file) as {hashes?: unknown; inputs?: unknown} | undefined
    this.hashes = stored?.hashes instanceof Map ? (stored.hashes as Map<string, string>) : new Map()
    this.inputs = stored?.inputs instanceof Map ? (stored.inputs as OutputManifest['inputs']) : new Map()
  }

  save(): void {
    writeBinary(this.file, {hashes: this.hashes, inputs: this.inputs})
  }
}

/** What each target catalog looked like after the last extract, so an unchanged one is skipped. */
export class ExtractState {
  readonly entries: Map<string, {inputs: string; stale: number; obsolete: number}>
  private readonly file: string

  constructor(root: string) {
    this.file = path.join(root, cacheFolder, `extract-${toolVersion}.v8`)
    const stored = readBinary(this.file)
    this.entries = stored instanceof Map ? (stored as ExtractState['entries']) : new Map()
  }

  save(): void {
    writeBinary(this.file, this.entries)
  }
}
