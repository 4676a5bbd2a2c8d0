/**
 * project/journal: the write journal of `project/batch`, and the seal that makes the next run
 * trust it.
 *
 * The next run acts on a journal: it removes the files it names and renames others over theirs.
 * So a journal is obeyed only when md-l10n wrote it in this project:
 * - it lives in the cache folder (`.md-l10n-cache/journal`, which `init` keeps out of version
 *   control); a `.md-l10n-journal` in the root (where earlier versions kept it, or planted in a
 *   repository) is never read;
 * - beside it, a seal (`journal.seal`) holds the run's id, how many of the journal's bytes were
 *   written before any file they name was touched, and a hash of those bytes together with where
 *   they were written: the project's real path and the identity of the cache folder (device,
 *   inode, birth time: no copy, checkout or commit of the folder has them). The seal is replaced
 *   by a rename after every append, so it always covers a whole, earlier part of the journal;
 * - a journal whose seal is missing or does not match is removed and nothing it names is touched;
 *   a sealed one names only paths inside the project, and the host's guard (`project/confine`)
 *   refuses those whose real location is not.
 */
import {createHash, randomUUID, type Hash} from 'node:crypto'
import path from 'node:path'
import type {Host} from './host.js'
import {cacheFolder} from './state/files.js'
import {InputError} from '../util/errors.js'

/** The journal and its seal, relative to the project root. */
export const journalFileName = `${cacheFolder}/journal`
export const sealFileName = `${cacheFolder}/journal.seal`
/** Where earlier versions kept the journal: never obeyed, reported. */
export const legacyJournalFileName = '.md-l10n-journal'

const headerPrefix = 'md-l10n journal 3 '
export const commitLine = 'commit'

/** What the next run did with a journal a killed run left. */
export interface Recovery {
  /** `ignored`: a journal md-l10n did not write here (or whose seal was lost); nothing it names was touched. */
  outcome: 'none' | 'finished' | 'undone' | 'ignored'
  files: string[]
  /** Why a journal was ignored, for a warning. */
  reason?: string
}

/** The seal's hash: the journal's first bytes, bound to the run and to where they were written. */
function sealHash(run: string, realRoot: string, folder: string): Hash {
  return createHash('sha256').update(`md-l10n journal seal\0${run}\0${realRoot}\0${folder}\0`)
}

/** The context a seal binds: the project's real path and the cache folder's identity. */
function placeOf(host: Host, root: string): {realRoot: string; folder: string} {
  const realRoot = host.realPath?.(root) ?? path.resolve(root)
  return {realRoot, folder: host.identity?.(path.join(root, cacheFolder)) ?? ''}
}

/**
 * The journal of one batch: `append` writes lines (the first call creates the file with its
 * header) and seals them before returning, so the caller may then touch the files they name.
 */
export class Journal {
  private readonly run = randomUUID()
  private hash: Hash | undefined
  private length = 0
  private readonly file: string
  private readonly seal: string

  constructor(
    private readonly host: Host,
    private readonly root: string
  ) {
    this.file = path.join(root, journalFileName)
    this.seal = path.join(root, sealFileName)
  }

  get open(): boolean {
    return this.hash !== undefined
  }

  append(lines: string[]): void {
    if (lines.length === 0) return
    let text = lines.map((line) => `${line}\n`).join('')
    if (!this.hash) {
      this.host.makeFolder(path.join(this.root, cacheFolder))
      const {realRoot, folder} = placeOf(this.host, this.root)
      this.hash = sealHash(this.run, realRoot, folder)
      text = `${headerPrefix}${this.run}\n${text}`
      // Created, not appended to: a journal left here is the recovery's, never extended.
      this.host.write(this.file, text, {create: true, sync: true})
    } else this.host.append(this.file, text)
    this.hash.update(text)
    this.length += Buffer.byteLength(text)
    const seal = `${JSON.stringify({run: this.run, bytes: this.length, hash: this.hash.copy().digest('hex')})}\n`
    this.host.write(`${this.seal}.tmp`, seal, {sync: true})
    this.host.rename(`${this.seal}.tmp`, this.seal)
  }

  /** The batch is done (committed or undone): the journal goes, then its seal. */
  close(): void {
    if (!this.hash) return
    this.host.remove(this.file)
    this.host.remove(this.seal)
    this.hash = undefined
  }
}

/** The part of a journal its seal vouches for, as lines after the header; or why none is; `undefined`: no seal. */
function sealedLines(host: Host, root: string, bytes: Uint8Array): {lines: string[]} | {reason: string} | undefined {
  const sealRead = host.read(path.join(root, sealFileName))
  if (!sealRead) return undefined
  let seal: {run?: unknown; bytes?: unknown; hash?: unknown}
  try {
    seal = JSON.parse(Buffer.from(sealRead.bytes).toString('utf8')) as typeof seal
  } catch {
    return {reason: 'its seal is damaged'}
  }
  const {run, bytes: length, hash} = seal ?? {}
  if (
    typeof run !== 'string' ||
    typeof length !== 'number' ||
    typeof hash !== 'string' ||
    !Number.isInteger(length) ||
    length < 0 ||
    length > bytes.length
  ) {
    return {reason: 'its seal does not describe it'}
  }
  const {realRoot, folder} = placeOf(host, root)
  const covered = bytes.subarray(0, length)
  if (sealHash(run, realRoot, folder).update(covered).digest('hex') !== hash) {
    return {reason: 'its seal does not match it here (written in another folder or by another program)'}
  }
  const text = Buffer.from(covered).toString('utf8')
  const [header, ...lines] = text.split('\n')
  if (header !== `${headerPrefix}${run}`) return {reason: 'its header does not name the run its seal names'}
  return {lines: lines.slice(0, -1)}
}

/**
 * Finish or undo what a killed run was writing, from its journal. Call with the lock held, before
 * reading anything a batch writes, with the project's guarded host.
 */
export function recoverInterruptedRun(host: Host, root: string): Recovery {
  const journal = path.join(root, journalFileName)
  const seal = path.join(root, sealFileName)
  const legacy = host.exists(path.join(root, legacyJournalFileName))
  const read = host.read(journal)
  if (!read) {
    // A run killed between removing its journal and its seal.
    for (const file of [`${seal}.tmp`, seal]) if (host.exists(file)) host.remove(file)
    return legacy ? ignoredLegacy() : {outcome: 'none', files: []}
  }
  const sealed = sealedLines(host, root, read.bytes)
  if (sealed === undefined) {
    // A journal is sealed before any file it names is touched: without a seal, there is nothing
    // to undo (a run killed that early, or a journal md-l10n did not write).
    host.remove(journal)
    host.remove(`${seal}.tmp`)
    return {outcome: 'undone', files: []}
  }
  if ('reason' in sealed) {
    // The cache folder is md-l10n's own: what it holds that md-l10n cannot vouch for goes.
    host.remove(journal)
    host.remove(`${seal}.tmp`)
    host.remove(seal)
    return {outcome: 'ignored', files: [], reason: `${journalFileName}: ${sealed.reason}; nothing it names was touched`}
  }
  const recovery = replay(host, root, sealed.lines)
  host.remove(journal)
  host.remove(`${seal}.tmp`)
  host.remove(seal)
  return recovery
}

function ignoredLegacy(): Recovery {
  return {
    outcome: 'ignored',
    files: [],
    reason: `${legacyJournalFileName}: md-l10n keeps its journal in ${cacheFolder}/ and does not obey this one; nothing it names was touched (delete it)`
  }
}

/** Do what a sealed journal says: finish it if it was committed, undo it if not. */
function replay(host: Host, root: string, lines: string[]): Recovery {
  const committed = lines.at(-1) === commitLine
  const base = path.resolve(root)
  const inside = (relative: string) => {
    const file = path.resolve(base, relative)
    if (!file.startsWith(base + path.sep))
      throw new InputError(`the journal names a file outside the project: ${relative}`, journalFileName)
    return file
  }
  const files: string[] = []
  for (const line of lines) {
    if (line === commitLine) continue
    const [operation, rest] = [line[0], line.slice(2)]
    if (operation === '+') {
      const file = inside(rest)
      if (!committed && host.exists(file)) {
        host.remove(file)
        files.push(file)
      }
    } else if (operation === '~') {
      const [temporary, target] = rest.split('\t').map(inside) as [string, string]
      if (!host.exists(temporary)) continue
      if (committed) host.rename(temporary, target)
      else host.remove(temporary)
      files.push(target)
    } else if (operation === '-' && committed) {
      const file = inside(rest)
      if (host.exists(file)) {
        host.remove(file)
        files.push(file)
      }
    }
  }
  return {outcome: committed ? 'finished' : 'undone', files}
}
