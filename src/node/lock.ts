/**
 * node/lock: one md-l10n run at a time per project. Two `extract` runs at once would each read the
 * catalogs and write back their own merge; the lock makes the second wait instead. What a killed
 * run left half-done is the write journal's business (`project/batch`), undone or finished by the
 * next run once it holds the lock.
 */
import {closeSync, lstatSync, openSync, readFileSync, rmSync, statSync, writeSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../util/errors.js'
import {specialKind} from './host.js'

export const lockFileName = '.md-l10n.lock'

/** An empty lock older than this was left by a run killed between creating and writing it. */
const emptyLockGraceMs = 5_000

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Take the project's lock, waiting up to `timeoutMs` for another run; returns the release function. */
export async function acquireLock(root: string, timeoutMs = 60_000): Promise<() => void> {
  const file = path.join(root, lockFileName)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const descriptor = openSync(file, 'wx')
      try {
        writeSync(descriptor, String(process.pid))
      } finally {
        closeSync(descriptor)
      }
      return () => rmSync(file, {force: true})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    // Read only a regular file: a FIFO planted under the lock's name would block the read forever.
    const special = lstatSync(file, {throwIfNoEntry: false})
    const kind = special && (special.isSymbolicLink() ? 'a symbolic link' : specialKind(special))
    if (kind) throw new InputError(`is ${kind}, not a lock file md-l10n wrote; remove it`, lockFileName)
    let content: string
    let age: number
    try {
      content = readFileSync(file, 'utf8')
      age = Date.now() - statSync(file).mtimeMs
    } catch {
      continue
    }
    const holder = Number(content)
    // A lock whose run is gone is taken over: one that names a dead process, or one left empty.
    const abandoned = content === '' ? age > emptyLockGraceMs : !Number.isInteger(holder) || !isAlive(holder)
    if (abandoned) {
      rmSync(file, {force: true})
      continue
    }
    if (Date.now() > deadline)
      throw new InputError(
        `another md-l10n run (pid ${holder}) holds the lock; if none is running, delete the file`,
        lockFileName
      )
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
