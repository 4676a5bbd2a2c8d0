/**
 * node: the Node.js side of md-l10n: the file-system host, the project lock, worker threads and
 * the watcher. The project stage reaches Node only through what this folder provides.
 *
 * node/host: the `Host` of `project/host` on `node:fs`, synchronous (measured: `fs.promises`
 * hand-offs cost more than the small writes a run makes).
 */
import {appendFileSync, closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync, existsSync} from 'node:fs'
import type {Host, HostEntry, HostFile, WriteOptions} from '../project/host.js'
import {acquireLock} from './lock.js'
import {startWriter} from './writer.js'

export const stampOf = (stats: {size: number; mtimeMs: number}) => `${stats.size}:${stats.mtimeMs}`

export const nodeHost: Host = {
  read(file: string): HostFile | undefined {
    let descriptor: number
    try {
      descriptor = openSync(file, 'r')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
    try {
      // One open and one fstat for the bytes and the stamp (readFileSync would fstat again): a run
      // reads a hundred thousand catalogs.
      const stats = fstatSync(descriptor)
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
      return readdirSync(folder, {withFileTypes: true}).map((entry) => ({name: entry.name, folder: entry.isDirectory()}))
    } catch (error) {
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined
      throw error
    }
  },
  makeFolder: (folder) => void mkdirSync(folder, {recursive: true}),
  write(file: string, content: string | Uint8Array, options: WriteOptions = {}): string | undefined {
    const descriptor = openSync(file, options.create ? 'wx' : 'w')
    try {
      if (typeof content === 'string') writeSync(descriptor, content)
      else writeSync(descriptor, content)
      if (options.sync) fsyncSync(descriptor)
      return options.stamp ? stampOf(fstatSync(descriptor)) : undefined
    } finally {
      closeSync(descriptor)
    }
  },
  append(file: string, text: string): void {
    appendFileSync(file, text)
    const descriptor = openSync(file, 'r+')
    try {
      fsyncSync(descriptor)
    } finally {
      closeSync(descriptor)
    }
  },
  rename: (from, to) => renameSync(from, to),
  remove: (file) => rmSync(file, {force: true}),
  removeFolder: (folder) => rmSync(folder, {recursive: true, force: true}),
  lock: (root) => acquireLock(root),
  deferredWriter: startWriter
}
