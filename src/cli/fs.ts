/**
 * cli/fs: the file-system edge. Reads that name the file in errors, and grouped writes that leave
 * every file old or new (replacements: temporary file + fsync + rename; new files: a journal the
 * next run recovers from): a run that fails before committing changes nothing.
 */
import {closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync, existsSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../util/errors.js'

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Read a UTF-8 text file and its stamp (one open, no separate `stat`); `undefined` when absent. */
export function readTextStamped(file: string, display = file): {text: string; stamp: string} | undefined {
  let bytes: Buffer
  let stamp: string
  try {
    const descriptor = openSync(file, 'r')
    try {
      const stats = fstatSync(descriptor)
      stamp = `${stats.size}:${stats.mtimeMs}`
      bytes = readFileSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError(`cannot read: ${(error as Error).message}`, display)
  }
  try {
    return {text: decoder.decode(bytes), stamp}
  } catch {
    throw new InputError('not valid UTF-8 text', display)
  }
}

/** Read a UTF-8 text file; `undefined` when it does not exist. */
export function readText(file: string, display = file): string | undefined {
  return readTextStamped(file, display)?.text
}

/** Size and modification time of a file (`-` when absent): a cheap "has it changed" key. */
export function fileStamp(file: string): string {
  const stats = statSync(file, {throwIfNoEntry: false})
  return stats ? `${stats.size}:${stats.mtimeMs}` : '-'
}

/** Every `*.md` file below `folder`, as sorted paths relative to it with `/` separators. */
export function listMarkdown(folder: string): string[] {
  if (!existsSync(folder)) return []
  const found: string[] = []
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(folder, relative), {withFileTypes: true})) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) walk(child)
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(child)
    }
  }
  walk('')
  return found.sort()
}

/**
 * Which files exist, by one directory listing per folder once a run asks about many files of it:
 * a run over thousands of catalogs asks about many files that do not exist (meta files), and a
 * failed `stat` costs more than its share of a listing. A run that asks about a few files of a
 * large folder (one edited page) stats them instead. Reflects the folders as they were when
 * listed.
 */
export class FolderListing {
  private readonly folders = new Map<string, ReadonlySet<string> | null>()
  private readonly questions = new Map<string, number>()
  /** Questions about one folder answered by `stat` before the folder is listed. */
  private static readonly listAfter = 32

  has(file: string): boolean {
    const folder = path.dirname(file)
    let names = this.folders.get(folder)
    if (names === undefined) {
      const asked = (this.questions.get(folder) ?? 0) + 1
      this.questions.set(folder, asked)
      if (asked <= FolderListing.listAfter) return existsSync(file)
      try {
        names = new Set(readdirSync(folder))
      } catch {
        names = null
      }
      this.folders.set(folder, names)
    }
    return names?.has(path.basename(file)) ?? false
  }

  /** `fileStamp`, without a system call for a file a listing does not have. */
  stamp(file: string): string {
    return this.has(file) ? fileStamp(file) : '-'
  }
}

/**
 * `path.join(base, language, folder)`, joined once per run: the loops over every language of
 * every document ask for the same few hundred folders a hundred thousand times.
 */
export class FolderJoins {
  private readonly joined = new Map<string, string>()

  of(base: string, language: string, folder: string): string {
    const id = `${base}\n${language}\n${folder}`
    let joined = this.joined.get(id)
    if (joined === undefined) this.joined.set(id, (joined = path.join(base, language, folder)))
    return joined
  }
}

/**
 * Folder stamps against those a previous run recorded. A folder whose stamp did not move has the
 * same entries as then (creating, removing or renaming a file in it moves it), although a file in
 * it may have been edited in place: what a run knew existed still exists, what was absent is still
 * absent, without a system call per file.
 */
export class FolderStamps {
  private readonly current = new Map<string, string>()
  private readonly seen = new Set<string>()

  constructor(private readonly recorded: ReadonlyMap<string, string>) {}

  unchanged(folder: string): boolean {
    let stamp = this.current.get(folder)
    if (stamp === undefined) this.current.set(folder, (stamp = fileStamp(folder)))
    return stamp !== '-' && this.recorded.get(folder) === stamp
  }

  /** Note a folder whose files this run has seen in full, to record after the run. */
  see(folder: string): void {
    this.seen.add(folder)
  }

  /** The stamps to record after a run: every folder asked about or seen, as it is now. */
  afterRun(): Map<string, string> {
    const stamps = new Map<string, string>()
    for (const folder of new Set([...this.current.keys(), ...this.seen])) stamps.set(folder, fileStamp(folder))
    return stamps
  }
}

/** The journal of new files a run is creating: removed when its batch is committed. */
export const journalFileName = '.md-l10n-journal'

/**
 * Remove what a killed run was creating: the new files its journal lists (they did not exist
 * before, so removing them restores the old state) and the journal. Call with the lock held.
 */
export function recoverInterruptedRun(root: string): string[] {
  const journal = path.join(root, journalFileName)
  if (!existsSync(journal)) return []
  // One path per line after the first; a line cut short by the kill names no file yet created.
  const lines = readFileSync(journal, 'utf8').split('\n').slice(1, -1)
  const removed: string[] = []
  for (const relative of lines) {
    const file = path.resolve(root, relative)
    if (!file.startsWith(path.resolve(root) + path.sep)) continue
    if (existsSync(file)) {
      rmSync(file, {force: true})
      removed.push(file)
    }
  }
  rmSync(journal, {force: true})
  return removed
}

const openBatches = new Set<WriteBatch>()

/** Undo every batch not yet committed (a command failed): nothing is left half-written. */
export function abortOpenBatches(): void {
  for (const batch of openBatches) batch.abort()
}

/**
 * A set of file writes and removals applied together at `commit`, so that a run that fails or
 * is killed leaves each file old or new:
 * - a file that replaces an existing one is written to a temporary sibling and fsynced; they are
 *   all renamed into place at `commit`: not even a power cut truncates a translator's work;
 * - a new file is created in place (a rename costs as much as the file again, and a cold run
 *   creates hundreds of thousands), after its path is appended to a journal and fsynced; `abort`
 *   and, after a kill, the next run (`recoverInterruptedRun`) remove the new files.
 * Contents are flushed to disk once they pass `flushBytes`, so memory stays bounded. An unchanged
 * file is not written.
 */
export class WriteBatch {
  private readonly pending = new Map<string, string>()
  private pendingBytes = 0
  private readonly removals = new Set<string>()
  private readonly root: string
  private readonly flushBytes: number
  private readonly listing = new FolderListing()
  private readonly created = new Set<string>()
  private readonly replacements = new Map<string, string>()
  private readonly stamps = new Map<string, string>()
  private readonly createdFolders = new Set<string>()
  private journal: number | undefined

  private readonly recordStamps: boolean

  /** `root`: the only folder the batch may touch; `stamps`: return the stamps of the files written. */
  constructor(root: string, options: {flushBytes?: number; stamps?: boolean} = {}) {
    this.root = path.resolve(root)
    this.flushBytes = options.flushBytes ?? 8 * 2 ** 20
    this.recordStamps = options.stamps ?? false
  }

  private inside(file: string): string {
    const resolved = path.resolve(file)
    if (resolved !== this.root && !resolved.startsWith(this.root + path.sep)) {
      throw new InputError(`refusing to write outside the project: ${file}`)
    }
    return resolved
  }

  write(file: string, content: string): void {
    const resolved = this.inside(file)
    openBatches.add(this)
    this.pendingBytes += content.length - (this.pending.get(resolved)?.length ?? 0)
    this.pending.set(resolved, content)
    this.removals.delete(resolved)
    if (this.pendingBytes > this.flushBytes) this.flush()
  }

  /** Remove a file at commit; one this batch already wrote is withdrawn at once. */
  remove(file: string): void {
    const resolved = this.inside(file)
    this.pendingBytes -= this.pending.get(resolved)?.length ?? 0
    this.pending.delete(resolved)
    if (this.created.delete(resolved)) rmSync(resolved, {force: true})
    const temporary = this.replacements.get(resolved)
    if (temporary !== undefined) {
      rmSync(temporary, {force: true})
      this.replacements.delete(resolved)
    }
    this.stamps.delete(resolved)
    this.removals.add(resolved)
  }

  private writeFile(file: string, content: string, flags: string, sync: boolean): string | undefined {
    const folder = path.dirname(file)
    if (!this.createdFolders.has(folder)) {
      mkdirSync(folder, {recursive: true})
      this.createdFolders.add(folder)
    }
    const descriptor = openSync(file, flags)
    try {
      writeSync(descriptor, content)
      if (sync) fsyncSync(descriptor)
      if (!this.recordStamps) return undefined
      const stats = fstatSync(descriptor)
      return `${stats.size}:${stats.mtimeMs}`
    } finally {
      closeSync(descriptor)
    }
  }

  /** Write what is pending: new files in place (journal first), replacements to temporary files. */
  private flush(): void {
    const creations: Array<[string, string]> = []
    try {
      for (const [file, content] of this.pending) {
        if (this.created.has(file) || this.replacements.has(file)) {
          this.replace(file, content)
          continue
        }
        const previous = this.listing.has(file) ? readText(file) : undefined
        if (previous === content) continue
        if (previous === undefined) creations.push([file, content])
        else this.replace(file, content)
      }
      if (creations.length > 0) {
        if (this.journal === undefined) {
          this.journal = openSync(path.join(this.root, journalFileName), 'w')
          writeSync(this.journal, `md-l10n ${process.pid}\n`)
        }
        writeSync(this.journal, creations.map(([file]) => `${path.relative(this.root, file)}\n`).join(''))
        fsyncSync(this.journal)
      }
      for (const [file, content] of creations) {
        const stamp = this.writeFile(file, content, 'wx', false)
        this.created.add(file)
        if (stamp !== undefined) this.stamps.set(file, stamp)
      }
    } catch (error) {
      this.abort()
      throw error
    }
    this.pending.clear()
    this.pendingBytes = 0
  }

  private replace(file: string, content: string): void {
    const temporary = this.replacements.get(file) ?? `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
    this.replacements.set(file, temporary)
    const stamp = this.writeFile(temporary, content, 'w', true)
    if (stamp !== undefined) this.stamps.set(file, stamp)
  }

  /** Remove what the batch wrote so far; the files it was to replace are untouched. */
  abort(): void {
    for (const temporary of this.replacements.values()) rmSync(temporary, {force: true})
    for (const file of this.created) rmSync(file, {force: true})
    this.closeJournal()
    this.pending.clear()
    this.replacements.clear()
    this.created.clear()
    openBatches.delete(this)
  }

  private closeJournal(): void {
    if (this.journal === undefined) return
    closeSync(this.journal)
    rmSync(path.join(this.root, journalFileName), {force: true})
    this.journal = undefined
  }

  /** Apply the batch. Returns the files written and removed, and the stamps of those written. */
  commit(): {written: string[]; removed: string[]; stamps: Map<string, string>} {
    this.flush()
    for (const [file, temporary] of this.replacements) renameSync(temporary, file)
    this.closeJournal()
    const removed: string[] = []
    for (const file of this.removals) {
      if (existsSync(file) && statSync(file).isFile()) {
        rmSync(file)
        removed.push(file)
      }
    }
    openBatches.delete(this)
    return {written: [...new Set([...this.created, ...this.replacements.keys()])], removed, stamps: this.stamps}
  }
}
