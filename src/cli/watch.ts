/**
 * cli/watch: `build --watch`. Build, then rebuild whenever the file system reports a change under
 * the source or locales folder, looking only at the files it reported: a rebuild costs what
 * changed, not the size of the project (one edited catalog of the 7,425-page benchmark rebuilds
 * in a fraction of the time a full check of its 96,525 catalogs takes).
 *
 * The project lock is taken for each rebuild only, so `extract` can run from another terminal
 * (its writes are changes like any other). A rebuild that fails on bad input (a catalog saved
 * half-edited) reports it and waits for the next change. Changing `md-l10n.config.json` needs a
 * restart.
 */
import {existsSync, readdirSync, statSync, watch, type FSWatcher} from 'node:fs'
import path from 'node:path'
import {build, type BuildOptions, type BuildSession} from './commands/build.js'
import {loadConfig, loadSegmenter} from './project.js'
import {listMarkdown} from './fs.js'
import {acquireLock} from './lock.js'
import {InputError} from '../util/errors.js'
import type {Output} from './io.js'

/** Wait for a change after this long without another, so that a save of many files is one rebuild. */
const settleMs = 100

export async function watchBuild(root: string, options: BuildOptions, output: Output, signal?: AbortSignal): Promise<boolean> {
  const config = loadConfig(root)
  const sourceFolder = path.join(root, config.sourceDir)
  const localesFolder = path.join(root, config.localesDir)
  // The summary line and problems only: the per-language table on every save is noise.
  const terse: Output = {...output, out: (text) => (text.startsWith('built ') ? output.out(text) : undefined), progress: undefined}
  let documents = new Set(listMarkdown(sourceFolder))
  let pending: {sources: Set<string>; catalogs: Set<string>; everything: boolean} = {sources: new Set(), catalogs: new Set(), everything: false}
  let running: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined

  // The record of the outputs stays in memory between rebuilds and is saved once things settle
  // (a watcher killed before that leaves an older record, which only costs the next build a look).
  const session: BuildSession = {}
  let saveTimer: NodeJS.Timeout | undefined
  const save = async () => {
    if (!session.unsaved) return
    const release = await acquireLock(root)
    try {
      session.manifest?.save()
      session.unsaved = false
    } finally {
      release()
    }
  }
  const rebuild = async (changed?: BuildOptions['changed']) => {
    const release = await acquireLock(root)
    const started = performance.now()
    clearTimeout(saveTimer)
    try {
      await build(root, {...options, changed, session}, changed ? terse : output)
      saveTimer = setTimeout(() => save().catch((error: Error) => output.err(`md-l10n build: ${error.message}`)), 1000)
      if (changed) output.out(`  rebuilt in ${Math.round(performance.now() - started)} ms (${changed.sources.size} source${changed.sources.size === 1 ? '' : 's'}, ${changed.catalogs.size} catalog${changed.catalogs.size === 1 ? '' : 's'} changed)`)
    } finally {
      release()
    }
  }

  const flush = () => {
    timer = undefined
    if (running) return
    const batch = pending
    pending = {sources: new Set(), catalogs: new Set(), everything: false}
    if (batch.everything) documents = new Set(listMarkdown(sourceFolder))
    running = rebuild(batch.everything ? undefined : {sources: batch.sources, catalogs: batch.catalogs})
      .catch((error: unknown) => {
        if (!(error instanceof InputError)) throw error
        output.err(`md-l10n build: ${error.toString()}`)
      })
      .finally(() => {
        running = undefined
        if (pending.everything || pending.sources.size > 0 || pending.catalogs.size > 0) flush()
      })
  }
  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(flush, settleMs)
  }

  await rebuild()
  // Pages will be edited: have the markdown parser ready before the first one is.
  await loadSegmenter()
  output.out(`watching ${config.sourceDir}/ and ${config.localesDir}/ (Ctrl-C to stop)`)
  const watchers: FSWatcher[] = []
  watchers.push(
    ...watchFolders(sourceFolder, (event, relative) => {
      if (!/\.(md|markdown)$/i.test(relative)) return
      // A document added, removed or renamed changes the project: look at everything once.
      if (event === 'rename' && (!documents.has(relative) || !existsSync(path.join(sourceFolder, relative)))) pending.everything = true
      else pending.sources.add(`${config.sourceDir}/${relative}`)
      schedule()
    })
  )
  watchers.push(
    ...watchFolders(localesFolder, (_event, relative) => {
      // `<language>/<namespace>.json` or `.meta.json`; temporary files of atomic writes are not.
      const match = /^([^/]+)\/(.+?)(?:\.meta)?\.json$/.exec(relative)
      if (!match) return
      pending.catalogs.add(`${match[1]}/${match[2]}`)
      schedule()
    })
  )
  await new Promise<void>((resolve) => {
    if (signal?.aborted) resolve()
    signal?.addEventListener('abort', () => resolve(), {once: true})
  })
  clearTimeout(timer)
  for (const watcher of watchers) watcher.close()
  watchers.length = 0
  await running
  clearTimeout(saveTimer)
  await save()
  return true
}

/**
 * Watch every folder below `root` (one watcher per folder, folders created later included) and
 * report changes with `/`-separated paths relative to it. Not `fs.watch(…, {recursive: true})`:
 * on Linux, Node 20 emulates that with a `stat` and a watcher per file, which for a hundred
 * thousand catalogs cost more than the rebuilds it triggers (measured: half of each rebuild).
 */
function watchFolders(root: string, onChange: (event: string, relative: string) => void): FSWatcher[] {
  const watchers: FSWatcher[] = []
  const watched = new Set<string>()
  const add = (relative: string) => {
    if (watched.has(relative)) return
    let entries
    try {
      entries = readdirSync(path.join(root, relative), {withFileTypes: true})
    } catch {
      return
    }
    watched.add(relative)
    const watcher = watch(path.join(root, relative), (event, name) => {
      if (!name) return
      const child = relative ? `${relative}/${name}` : name
      if (event === 'rename' && !watched.has(child) && isFolder(path.join(root, child))) add(child)
      else onChange(event, child)
    })
    watchers.push(watcher)
    for (const entry of entries) if (entry.isDirectory()) add(relative ? `${relative}/${entry.name}` : entry.name)
  }
  add('')
  return watchers
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory()
  } catch {
    return false
  }
}
