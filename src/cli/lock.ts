/**
 * cli/lock: one md-l10n run at a time per project. Two `extract` runs at once would each read the
 * catalogs and write back their own merge; the lock makes the second wait instead.
 */
import {openSync, closeSync, writeSync, readFileSync, rmSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../util/errors.js'

export const lockFileName = '.md-l10n.lock'

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
      writeSync(descriptor, String(process.pid))
      closeSync(descriptor)
      return () => rmSync(file, {force: true})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    let content: string
    try {
      content = readFileSync(file, 'utf8')
    } catch {
      continue
    }
    const holder = Number(content)
    // A lock left by a killed run is taken over (an empty one is being written: wait).
    if (content !== '' && (!Number.isInteger(holder) || !isAlive(holder))) {
      rmSync(file, {force: true})
      continue
    }
    if (Date.now() > deadline) throw new InputError(`another md-l10n run (pid ${holder}) holds the lock`, lockFileName)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
