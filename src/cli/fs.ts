/**
 * cli/fs: the file-system edge. Reads that name the file in errors, and writes that are atomic
 * (temporary file + fsync + rename) and grouped: a run that fails before committing changes nothing.
 */
import {closeSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync, existsSync} from 'node:fs'
import path from 'node:path'
import {createHash} from 'node:crypto'
import {InputError} from '../util/errors.js'

function contentHash(content: string): string {
  return createHash('sha1').update(content).digest('base64')
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Read a UTF-8 text file; `undefined` when it does not exist. */
export function readText(file: string, display = file): string | undefined {
  let bytes: Buffer
  // A missing file is common (a catalog with no meta yet): checking is cheaper than an exception.
  if (!existsSync(file)) return undefined
  try {
    bytes = readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new InputError(`cannot read: ${(error as Error).message}`, display)
  }
  try {
    return decoder.decode(bytes)
  } catch {
    throw new InputError('not valid UTF-8 text', display)
  }
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

/** A set of file writes and removals applied together at `commit`. */
export class WriteBatch {
  private readonly writes = new Map<string, string>()
  private readonly removals = new Set<string>()
  private readonly root: string
  /** Content hashes of files as the last run wrote them: an equal file is skipped unread. */
  private readonly known: Map<string, string> | undefined

  /** `root`: the only folder the batch may touch; `known`: absolute path → hash of its content. */
  constructor(root: string, known?: Map<string, string>) {
    this.root = path.resolve(root)
    this.known = known
  }

  private inside(file: string): string {
    const resolved = path.resolve(file)
    if (resolved !== this.root && !resolved.startsWith(this.root + path.sep)) {
      throw new InputError(`refusing to write outside the project: ${file}`)
    }
    return resolved
  }

  write(file: string, content: string): void {
    this.writes.set(this.inside(file), content)
  }

  remove(file: string): void {
    this.removals.add(this.inside(file))
  }


  /**
   * Write every file to a temporary sibling, then rename them all into place. A killed run leaves
   * each file either old or new; temporary files are removed on failure. A file that replaces an
   * existing one is fsynced before the rename, so not even a power cut can leave a truncated
   * replacement of a translator's work; new files are not (a cold run creates thousands of them,
   * and losing one loses nothing that the next run does not recreate).
   */
  commit(): {written: string[]; removed: string[]} {
    const pending: Array<{temporary: string; file: string}> = []
    const createdFolders = new Set<string>()
    try {
      for (const [file, content] of this.writes) {
        const hash = this.known ? contentHash(content) : undefined
        if (hash !== undefined && this.known!.get(file) === hash) continue
        const previous = readText(file)
        if (hash !== undefined) this.known!.set(file, hash)
        if (previous === content) continue
        const folder = path.dirname(file)
        if (!createdFolders.has(folder)) {
          mkdirSync(folder, {recursive: true})
          createdFolders.add(folder)
        }
        const temporary = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`
        pending.push({temporary, file})
        const descriptor = openSync(temporary, 'w')
        try {
          writeSync(descriptor, content)
          if (previous !== undefined) fsyncSync(descriptor)
        } finally {
          closeSync(descriptor)
        }
      }
    } catch (error) {
      for (const {temporary} of pending) rmSync(temporary, {force: true})
      throw error
    }
    for (const {temporary, file} of pending) renameSync(temporary, file)
    const removed: string[] = []
    for (const file of this.removals) {
      this.known?.delete(file)
      if (existsSync(file) && statSync(file).isFile()) {
        rmSync(file)
        removed.push(file)
      }
    }
    return {written: pending.map(({file}) => file), removed}
  }
}
