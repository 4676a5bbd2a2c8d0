/**
 * project/batch: grouped writes that leave a project old or new, whenever the run stops.
 *
 * Every file a batch touches is named in a journal (`.md-l10n-cache/journal`, sealed as
 * `project/journal` says) before it is touched:
 * - a new file is created in place (a rename costs as much as the file again, and a cold run
 *   creates hundreds of thousands): `+ path`;
 * - a file that replaces an existing one is written to a temporary sibling, fsynced, and renamed
 *   into place at commit: `~ temporary<TAB>path` (not even a power cut truncates a translator's work);
 * - a removal waits for the commit: `- path`.
 * `commit` then appends `commit` and fsyncs: that line is the point of no return. The next run
 * (`recoverInterruptedRun`, with the lock held) finishes a journal that has it (renames the
 * temporary files still there, makes the removals) and undoes one that has not (removes the new
 * files and the temporary ones), so a run killed at any moment ends, after the next run, exactly
 * as a run that was never killed.
 */
import path from 'node:path'
import type {DeferredWriter, Host} from './host.js'
import {FolderListing} from './listing.js'
import {InputError} from '../util/errors.js'
import {Journal, commitLine} from './journal.js'

export {journalFileName, recoverInterruptedRun, type Recovery} from './journal.js'

/** Encode paths for a journal line (a path with a line break cannot be journaled). */
function journalPath(root: string, file: string): string {
  const relative = path.relative(root, file)
  if (/[\n\t]/.test(relative))
    throw new InputError(`a file name with a line break or tab cannot be written safely: ${JSON.stringify(relative)}`)
  return relative
}

let temporaryCounter = 0

/** New files in one flush from which the host's background writer pays for its thread. */
const deferFrom = 1000

/**
 * A set of file writes and removals applied together at `commit`, journaled as above. Contents
 * are flushed to disk once they pass `flushBytes`, so memory stays bounded. An unchanged file is
 * not written.
 */
export class WriteBatch {
  private readonly pending = new Map<string, string | Uint8Array>()
  /** What pending files held when their writer read them (`undefined`: absent), so a flush need not read them again. */
  private readonly readBefore = new Map<string, string | undefined>()
  private pendingBytes = 0
  private readonly removals = new Set<string>()
  private readonly root: string
  private readonly flushBytes: number
  private readonly listing: FolderListing
  private readonly created = new Set<string>()
  private readonly replacements = new Map<string, string>()
  private readonly stamps = new Map<string, string>()
  private readonly createdFolders = new Set<string>()
  private readonly recordStamps: boolean
  private readonly journalFile: Journal
  private finished = false
  /** Where new files go once a flush has many (the host's background writer), if it has one. */
  private deferred: DeferredWriter | undefined
  /** Whether files given to `deferred` may not be written yet. */
  private unsettled = false
  /** Pending contents the caller gave up (`write`'s `handOver`), until the flush that passes them on. */
  private readonly handedOver = new Set<Uint8Array>()

  /** `root`: the only folder the batch may touch; `stamps`: return the stamps of the files written. */
  constructor(
    private readonly host: Host,
    root: string,
    options: {flushBytes?: number; stamps?: boolean} = {}
  ) {
    this.root = path.resolve(root)
    this.flushBytes = options.flushBytes ?? 8 * 2 ** 20
    this.recordStamps = options.stamps ?? false
    this.listing = new FolderListing(host)
    this.journalFile = new Journal(host, this.root)
  }

  private inside(file: string, removal = false): string {
    const resolved = path.resolve(file)
    if (resolved !== this.root && !resolved.startsWith(this.root + path.sep)) {
      throw new InputError(`refusing to write outside the project: ${file}`)
    }
    // Refused now, before the journal names it: a refusal mid-flush would leave files to undo.
    this.host.checkChange?.(resolved, removal)
    return resolved
  }

  /**
   * Write `content` to `file` at the next flush. `readBefore`: the file's text as the caller read it
   * in this run (`text: undefined` when it was absent); the same text is not written, and a flush
   * does not read the file again to compare. `handOver`: the bytes are the batch's from now on (the
   * caller does not use them again), so its writer thread may take them without a copy.
   */
  write(
    file: string,
    content: string | Uint8Array,
    options: {readBefore?: {text: string | undefined}; handOver?: boolean} = {}
  ): void {
    const {readBefore} = options
    const resolved = this.inside(file)
    if (options.handOver && typeof content !== 'string') this.handedOver.add(content)
    const untouched = !this.pending.has(resolved) && !this.created.has(resolved) && !this.replacements.has(resolved)
    if (readBefore && untouched && readBefore.text === content) return
    if (readBefore && untouched) this.readBefore.set(resolved, readBefore.text)
    else this.readBefore.delete(resolved)
    this.pendingBytes += content.length - (this.pending.get(resolved)?.length ?? 0)
    this.pending.set(resolved, content)
    this.removals.delete(resolved)
    // With a background writer, smaller flushes keep it busy from the start.
    if (this.pendingBytes > (this.deferred ? this.flushBytes / 8 : this.flushBytes)) this.flush()
  }

  /** Settles when the host's background writer has room: a long run awaits this between documents. */
  ready(): Promise<void> {
    return this.deferred?.ready() ?? Promise.resolve()
  }

  /** Remove a file at commit; one this batch already created is withdrawn at once. */
  remove(file: string): void {
    const resolved = this.inside(file, true)
    this.pendingBytes -= this.pending.get(resolved)?.length ?? 0
    this.pending.delete(resolved)
    this.readBefore.delete(resolved)
    if (this.unsettled && this.created.has(resolved)) this.settle()
    if (this.created.delete(resolved)) this.host.remove(resolved)
    const temporary = this.replacements.get(resolved)
    if (temporary !== undefined) {
      this.host.remove(temporary)
      this.replacements.delete(resolved)
    }
    this.stamps.delete(resolved)
    this.removals.add(resolved)
  }

  private journal(lines: string[]): void {
    this.journalFile.append(lines)
  }

  /** Write `content` to `file`; its stamp is recorded as `target`'s (a temporary file's stamp is its target's after the rename). */
  private writeFile(file: string, content: string | Uint8Array, create: boolean, target = file): void {
    const folder = path.dirname(file)
    if (!this.createdFolders.has(folder)) {
      this.host.makeFolder(folder)
      this.createdFolders.add(folder)
    }
    const stamp = this.host.write(file, content, {create, sync: !create, stamp: this.recordStamps})
    if (stamp !== undefined) this.stamps.set(target, stamp)
  }

  /** Write what is pending: new files in place, replacements to temporary files; journal first. */
  private flush(): void {
    const creations: Array<[string, string | Uint8Array]> = []
    const replacements: Array<[string, string | Uint8Array, string]> = []
    for (const [file, content] of this.pending) {
      const known = this.replacements.get(file)
      if (known !== undefined) {
        replacements.push([file, content, known])
        continue
      }
      if (this.created.has(file)) {
        replacements.push([file, content, this.temporaryFor(file)])
        continue
      }
      let exists: boolean
      if (this.readBefore.has(file)) exists = this.readBefore.get(file) !== undefined
      else {
        const previous = this.listing.has(file) ? this.host.read(file) : undefined
        if (previous !== undefined && sameContent(previous.bytes, content)) continue
        exists = previous !== undefined
      }
      if (exists) replacements.push([file, content, this.temporaryFor(file)])
      else creations.push([file, content])
    }
    this.readBefore.clear()
    const fresh = replacements.filter(([file]) => !this.replacements.has(file))
    this.journal([
      ...creations.map(([file]) => `+ ${journalPath(this.root, file)}`),
      ...fresh.map(([file, , temporary]) => `~ ${journalPath(this.root, temporary)}\t${journalPath(this.root, file)}`)
    ])
    for (const [file, content, temporary] of replacements) {
      this.replacements.set(file, temporary)
      this.writeFile(temporary, content, false, file)
    }
    this.deferred ??= creations.length >= deferFrom ? this.host.deferredWriter?.() : undefined
    if (this.deferred) {
      for (const [file] of creations) {
        this.created.add(file)
        const folder = path.dirname(file)
        if (!this.createdFolders.has(folder)) {
          this.host.makeFolder(folder)
          this.createdFolders.add(folder)
        }
      }
      this.deferred.create(creations, {stamp: this.recordStamps, handOver: this.handedOver})
      this.unsettled ||= creations.length > 0
    } else {
      for (const [file, content] of creations) {
        this.created.add(file)
        this.writeFile(file, content, true)
      }
    }
    this.pending.clear()
    this.handedOver.clear()
    this.pendingBytes = 0
  }

  /** Wait for the files in the background writer; their stamps join the others. */
  private settle(): void {
    if (!this.deferred || !this.unsettled) return
    this.unsettled = false
    for (const [file, stamp] of this.deferred.settle()) this.stamps.set(file, stamp)
  }

  private temporaryFor(file: string): string {
    return `${file}.tmp-${process.pid}-${(temporaryCounter++).toString(36)}`
  }

  /** Remove what the batch wrote so far; the files it was to replace are untouched. */
  abort(): void {
    if (this.finished) return
    this.finished = true
    try {
      this.settle()
    } catch {
      // A failed write: what was created is removed below all the same.
    } finally {
      this.deferred?.close()
    }
    for (const temporary of this.replacements.values()) this.host.remove(temporary)
    for (const file of this.created) this.host.remove(file)
    this.journalFile.close()
  }

  /** Apply the batch. Returns the files written and removed, and the stamps of those written. */
  commit(): {written: string[]; removed: string[]; stamps: Map<string, string>} {
    this.flush()
    // Every new file is on disk before the commit line can say the batch is done.
    this.settle()
    this.deferred?.close()
    const removed = [...this.removals].filter((file) => this.listing.has(file) || this.host.exists(file))
    if (this.replacements.size > 0 || removed.length > 0) {
      this.journal([...removed.map((file) => `- ${journalPath(this.root, file)}`), commitLine])
      for (const [file, temporary] of this.replacements) this.host.rename(temporary, file)
      for (const file of removed) this.host.remove(file)
    }
    this.journalFile.close()
    this.finished = true
    return {written: [...new Set([...this.created, ...this.replacements.keys()])], removed, stamps: this.stamps}
  }
}

/** Run `work` (or the promise it returns); if it fails, undo what `batch` wrote (the original error is the one reported). */
export function within<T>(batch: WriteBatch, work: () => T): T {
  const undo = (error: unknown): never => {
    try {
      batch.abort()
    } catch {
      // The host failed again: the next run's recovery undoes what the journal names.
    }
    throw error
  }
  try {
    const result = work()
    return (result instanceof Promise ? result.catch(undo) : result) as T
  } catch (error) {
    return undo(error)
  }
}

function sameContent(bytes: Uint8Array, content: string | Uint8Array): boolean {
  if (typeof content !== 'string') return Buffer.from(bytes).equals(content)
  return (
    bytes.length >= content.length &&
    bytes.length <= content.length * 3 &&
    Buffer.from(bytes).toString('utf8') === content
  )
}
