/**
 * node: the Node.js side of md-l10n: the file-system host, the project lock, worker threads and
 * the watcher. The project stage reaches Node only through what this folder provides.
 *
 * node/host: the `Host` of `project/host` on `node:fs`, synchronous (measured: `fs.promises`
 * hand-offs cost more than the small writes a run makes).
 */
import {
  appendFileSync,
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  existsSync,
  type Stats
} from 'node:fs'
import type {Host, HostEntry, HostFile, WriteOptions} from '../project/host.js'
import {InputError} from '../util/errors.js'
import {acquireLock} from './lock.js'
import {startWriter} from './writer.js'

export const stampOf = (stats: {size: number; mtimeMs: number}) => `${stats.size}:${stats.mtimeMs}`

// Opening a FIFO for reading blocks until a writer comes (forever, for a FIFO planted in a
// repository); non-blocking, the open returns at once and the file is refused by its type.
const readFlags = constants.O_RDONLY | constants.O_NONBLOCK

/** What a file that is not a regular file is, for the message that refuses it. */
export function specialKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined
  if (stats.isFIFO()) return 'a FIFO (named pipe)'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isDirectory()) return 'a folder'
  return 'not a regular file'
}

/** A failed write names its file: Node's own message does not (`ENOSPC: no space left on device, write`). */
function naming<T>(file: string, operation: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    const failure = error as NodeJS.ErrnoException
    if (typeof failure.code === 'string' && !failure.message.includes(file))
      failure.message = `${failure.message} (${operation} ${file})`
    throw failure
  }
}

export const nodeHost: Host = {
  read(file: string): HostFile | undefined {
    let descriptor: number
    try {
      descriptor = openSync(file, readFlags)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    try {
      // One open and one fstat for the bytes and the stamp (readFileSync would fstat again): a run
      // reads a hundred thousand catalogs.
      const stats = fstatSync(descriptor)
      const special = specialKind(stats)
      if (special) throw new InputError(`is ${special}, not a regular file: md-l10n reads only regular files`, file)
      const bytes = Buffer.allocUnsafe(stats.size)
      let length = 0
      while (length < bytes.length) {
        const read = readSync(descriptor, bytes, length, bytes.length - length, length)
        if (read === 0) break
        length += read
      }
      // A file that grew since the fstat is read as its stamp says it was; the next run sees it moved.
      return {bytes: length === bytes.length ? bytes : bytes.subarray(0, length), stamp: stampOf(stats)}
    } finally {
      closeSync(descriptor)
    }
  },
  stamp(file: string): string {
    const stats = statSync(file, {throwIfNoEntry: false})
    return stats ? stampOf(stats) : '-'
  },
  exists: (file) => existsSync(file),
  list(folder: string): HostEntry[] | undefined {
    try {
      return readdirSync(folder, {withFileTypes: true}).map((entry) => ({
        name: entry.name,
        folder: entry.isDirectory()
      }))
    } catch (error) {
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
      throw error
    }
  },
  makeFolder: (folder) => void naming(folder, 'making', () => mkdirSync(folder, {recursive: true})),
  write(file: string, content: string | Uint8Array, options: WriteOptions = {}): string | undefined {
    return naming(file, 'writing', () => {
      const descriptor = openSync(file, options.create ? 'wx' : 'w')
      try {
        if (typeof content === 'string') writeSync(descriptor, content)
        else writeSync(descriptor, content)
        if (options.sync) fsyncSync(descriptor)
        return options.stamp ? stampOf(fstatSync(descriptor)) : undefined
      } finally {
        closeSync(descriptor)
      }
    })
  },
  append(file: string, text: string): void {
    naming(file, 'writing', () => {
      appendFileSync(file, text)
      const descriptor = openSync(file, 'r+')
      try {
        fsyncSync(descriptor)
      } finally {
        closeSync(descriptor)
      }
    })
  },
  rename: (from, to) => naming(to, 'renaming to', () => renameSync(from, to)),
  remove: (file) => naming(file, 'removing', () => rmSync(file, {force: true})),
  removeFolder: (folder) => naming(folder, 'removing', () => rmSync(folder, {recursive: true, force: true})),
  lock: (root) => acquireLock(root),
  deferredWriter: startWriter,
  realPath(file: string): string | undefined {
    try {
      return realpathSync.native(file)
    } catch (error) {
      if (!['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
    }
    // A link whose target is missing is there all the same: writing through it would create the target.
    if (lstatSync(file, {throwIfNoEntry: false})?.isSymbolicLink())
      throw new InputError('is a symbolic link whose target does not exist', file)
    return undefined
  },
  identity(folder: string): string | undefined {
    const stats = statSync(folder, {throwIfNoEntry: false, bigint: true})
    return stats && `${stats.dev}:${stats.ino}:${stats.birthtimeNs}`
  }
}
