/**
 * cli/lock: one md-l10n run at a time per project. Two `extract` runs at once would each read the
 * catalogs and write back their own merge; the lock makes the second wait instead.
 */
import {openSync, closeSync, writeSync, readFileSync, rmSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../util/errors.js'
import {recoverInterruptedRun} from './fs.js'

export const lockFileName = '.md-l10n.lock'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Remove temporary files (`<file>.tmp-<pid>-<random>`) that a killed run left behind: their run
 * is gone, so the files they were to replace are still whole.
 */
export function sweepTemporaryFiles(root: string): string[] {
  const removed: string[] = []
  const walk = (folder: string) => {
    let entries
    try {
      entries = readdirSync(folder, {withFileTypes: true})
    } catch {
      return
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      const match = /\.tmp-(\d+)-[a-z0-9]+$/.exec(entry.name)
      if (entry.isFile() && match && !isAlive(Number(match[1]))) {
        rmSync(file, {force: true})
        removed.push(file)
      }
    }
  }
  walk(root)
  return removed
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
      // A run that was killed while creating files left a journal of them: undo those first.
      recoverInterruptedRun(root)
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
      // The run that held it was killed: clear what it was writing.
      sweepTemporaryFiles(root)
      continue
    }
    if (Date.now() > deadline) throw new InputError(`another md-l10n run (pid ${holder}) holds the lock`, lockFileName)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
