/** project/state/output-manifest: what the last build read and wrote, kept inside the output folder. */
import path from 'node:path'
import type {Host} from '../host.js'
import type {WriteBatch} from '../batch.js'
import {formatVersion, toolVersion, packMap, unpackMap, readBinary, writeBinary} from './files.js'

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
    const stored = readBinary(host, this.file) as
      | {settings?: unknown; entries?: unknown; folders?: unknown; assets?: unknown}
      | undefined
    const entries = unpackMap(stored?.entries)
    const folders = unpackMap(stored?.folders)
    const assets = unpackMap(stored?.assets)
    const usable =
      stored?.settings === settings && entries !== undefined && folders !== undefined && assets !== undefined
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
    const [sourceHash, catalog, meta, total, translated, kept, catalogHash, documentHash, linked, ...warnings] =
      encoded.split('\n')
    return {
      sourceHash: sourceHash!,
      catalog: catalog!,
      meta: meta!,
      total: Number(total),
      translated: Number(translated),
      kept: kept === '1',
      catalogHash: catalogHash!,
      documentHash: documentHash || undefined,
      warnings,
      ...(linked ? {linked: linked.split('\t')} : {})
    }
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
    writeBinary(batch, this.file, {
      settings: this.settings,
      entries: packMap(this.entries),
      folders: packMap(this.folders),
      assets: packMap(this.assets)
    })
  }
}

function encodeEntry(entry: BuiltEntry): string {
  return [
    entry.sourceHash,
    entry.catalog,
    entry.meta,
    entry.total,
    entry.translated,
    entry.kept ? 1 : 0,
    entry.catalogHash,
    entry.documentHash ?? '',
    entry.linked?.join('\t') ?? ''
  ]
    .concat(entry.warnings.map((warning) => warning.replace(/\n/g, ' ')))
    .join('\n')
}
