/**
 * project/host: everything the project stage asks of a file system, in one interface. The Node
 * implementation is `node/host`; tests pass hosts that fail or die at a chosen operation.
 *
 * Paths are absolute (or as the caller gave the root). A stamp is a cheap "has it changed" key
 * (`size:mtime` on Node); `-` means absent.
 */

export interface HostFile {
  bytes: Uint8Array
  stamp: string
}

export interface HostEntry {
  name: string
  folder: boolean
}

export interface WriteOptions {
  /** Fail if the file exists (a new file created in place). */
  create?: boolean
  /** Flush the file to disk before returning (a replacement must survive a power cut). */
  sync?: boolean
  /** Return the file's stamp after writing (costs a `stat` on some hosts). */
  stamp?: boolean
}

export interface Host {
  /** A file's bytes and stamp; `undefined` when it does not exist. */
  read(file: string): HostFile | undefined
  /** A file's or folder's stamp, `-` when absent. */
  stamp(file: string): string
  exists(file: string): boolean
  /** A folder's entries; `undefined` when it does not exist. */
  list(folder: string): HostEntry[] | undefined
  /** Create a folder and its parents. */
  makeFolder(folder: string): void
  /** Write a whole file; returns its stamp when `options.stamp`. */
  write(file: string, content: string | Uint8Array, options?: WriteOptions): string | undefined
  /** Append text to a file (created when absent), flushed to disk: the journal. */
  append(file: string, text: string): void
  rename(from: string, to: string): void
  /** Remove a file; nothing when absent. */
  remove(file: string): void
  /** Remove a folder and everything below it; nothing when absent. */
  removeFolder(folder: string): void
  /**
   * Take the project's lock (one writing run at a time), waiting for another run; returns the
   * release function. A host without locking (in memory, in tests) leaves it out.
   */
  lock?(root: string): Promise<() => void>
  /**
   * A writer for many new files that may write them after `create` returns (on another thread),
   * or `undefined` to write them one by one with `write`. Asked for once a batch has many.
   */
  deferredWriter?(): DeferredWriter | undefined
  /**
   * Where `file` really is, symbolic links resolved; `undefined` when nothing is there. A host
   * without links (in memory) leaves it out, and paths are then taken as written.
   */
  realPath?(file: string): string | undefined
  /**
   * What tells this folder from any other made at the same path (device and inode on Node);
   * `undefined` when absent. The journal's seal depends on it: a copied or committed cache folder
   * is another folder.
   */
  identity?(folder: string): string | undefined
  /**
   * Throw (an input error) if this host would refuse to change `file` (`project/confine`): a batch
   * asks before it journals the file, so a refused path is never half-written nor left to undo.
   */
  checkChange?(file: string, removal?: boolean): void
  /**
   * The user named this file (`export --out`): the confining host lets it, and its temporary
   * sibling `<file>.tmp-md-l10n`, be written wherever it is.
   */
  allow?(file: string): void
}

/** New files written in the background: `settle` waits for all of them. */
export interface DeferredWriter {
  /**
   * Create these files (none exists yet; their folders do). Bytes in `handOver` are the writer's to
   * take (their caller does not use them again); any others are copied.
   */
  create(
    files: Array<[string, string | Uint8Array]>,
    options: {stamp: boolean; handOver?: {has(bytes: Uint8Array): boolean}}
  ): void
  /** Settles when the writer has room for more (a caller that produces faster than it writes waits here). */
  ready(): Promise<void>
  /** Wait until every file created so far is written; their stamps when asked; throws the first error. */
  settle(): Map<string, string>
  /** Stop the writer (after `settle`, or to abandon a failed run). */
  close(): void
}

/** Where it always was; it lives in `util/errors` now, beside `InputError`. */
export {isFileSystemError} from '../util/errors.js'
