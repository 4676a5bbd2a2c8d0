/**
 * node/watch: `build --watch`. Build, then rebuild whenever the file system reports a change under
 * the source or locales folder, looking only at the files it reported: a rebuild costs what
 * changed, not the size of the project. With `extract`, an edited page's catalogs are synced
 * first, as `extract` does, from a translation memory kept between rebuilds.
 *
 * The project lock is taken for each rebuild only, so `extract` can run from another terminal
 * (its writes are changes like any other). A rebuild that fails on bad input (a catalog saved
 * half-edited) reports it and waits for the next change. Changing `md-l10n.config.json` needs a
 * restart.
 */
import {existsSync, readdirSync, statSync, watch, type FSWatcher} from 'node:fs'
import path from 'node:path'
import {buildProject, type BuildOptions, type BuildResult, type BuildSession} from '../project/build.js'
import {extractProject, type ExtractResult, type ExtractSession} from '../project/extract.js'
import {loadConfig} from '../project/load.js'
import {listSources} from '../project/read.js'
import {withProject, selectLanguages} from '../project/index.js'
import {WriteBatch} from '../project/batch.js'
import {confineHost} from '../project/confine.js'
import {InputError, isFileSystemError} from '../util/errors.js'
import {nodeHost} from './host.js'
import {segmentAll} from './workers.js'

/** What the watcher tells its caller: each build's result, and problems it carried on after. */
export interface WatchEvents {
  /** A build (`rebuild` undefined: the first), after the extract that preceded it when watching with `extract`. */
  built(
    result: BuildResult,
    rebuild: {ms: number; sources: number; catalogs: number} | undefined,
    extracted?: ExtractResult
  ): void
  /** A rebuild failed on bad input (a catalog saved half-edited); the watcher waits for the next change. */
  inputError(error: InputError): void
  /** Watching started. */
  watching(folders: string[]): void
}

export interface WatchOptions {
  /** Only these languages (default: all of the project's). */
  languages?: readonly string[]
  progress?: BuildOptions['progress']
  /** Sync the catalogs of each edited page first, as `extract` does. */
  extract?: boolean
}

/** Wait for a change after this long without another, so that a save of many files is one rebuild. */
const settleMs = 100

/**
 * Build, then rebuild on every change until `signal` aborts; resolves once the watchers are
 * closed, the rebuild in progress has finished and the record of the outputs is saved. An
 * internal error rejects, after the same cleanup.
 */
export async function watchBuild(
  root: string,
  options: WatchOptions,
  events: WatchEvents,
  signal?: AbortSignal
): Promise<void> {
  const host = nodeHost
  const config = loadConfig(host, root)
  const sourceFolder = path.join(root, config.sourceDir)
  const localesFolder = path.join(root, config.localesDir)
  let documents = new Set(listSources(host, sourceFolder))
  let pending: {sources: Set<string>; catalogs: Set<string>; everything: boolean} = {
    sources: new Set(),
    catalogs: new Set(),
    everything: false
  }
  let running: Promise<void> | undefined
  let timer: NodeJS.Timeout | undefined

  // The record of the outputs stays in memory between rebuilds and is saved once things settle
  // (a watcher killed before that leaves an older record, which only costs the next build a look).
  const session: BuildSession = {}
  const extractSession: ExtractSession = {}
  // The catalogs this watcher's own extracts wrote, with their stamps: their notifications are not changes.
  const ownWrites = new Map<string, string>()
  // Catalogs reported since the last extract: its memory looks at them again.
  const catalogsSinceExtract = new Set<string>()
  let saveTimer: NodeJS.Timeout | undefined
  let failure: unknown
  const save = async () => {
    if (!session.unsaved && !extractSession.memory) return
    const release = await host.lock!(root)
    try {
      const confined = confineHost(host, root)
      confined.protect(config)
      const batch = new WriteBatch(confined, root)
      if (session.unsaved) session.manifest?.save(batch)
      extractSession.memory?.save(batch)
      batch.commit()
      session.unsaved = false
    } finally {
      release()
    }
  }
  const rebuild = async (changed?: BuildOptions['changed']) => {
    const started = performance.now()
    clearTimeout(saveTimer)
    const load = {unchanged: changed && ((file: string) => !changed.sources.has(file))}
    let extracted: ExtractResult | undefined
    for (const catalog of changed?.catalogs ?? []) catalogsSinceExtract.add(catalog)
    const result = await withProject({root, host, segmentMany: segmentAll}, load, async (project) => {
      if (options.extract && (!changed || changed.sources.size > 0)) {
        // The languages built (`--language`), as far as they are the project's target languages.
        const built = options.languages && selectLanguages(project, options.languages, {pseudo: true, source: true})
        const targets = selectLanguages(project, undefined).filter((language) => !built || built.includes(language))
        extracted = await extractProject(project, targets, {
          session: extractSession,
          reportedCatalogs: catalogsSinceExtract,
          progress: changed ? undefined : options.progress
        })
        catalogsSinceExtract.clear()
        // The first edit that adds a segment needs every language's memory: learn them now.
        if (!changed) extractSession.memory?.prepare(targets)
        for (const file of extracted.written) ownWrites.set(path.join(root, file), host.stamp(path.join(root, file)))
      }
      return buildProject(project, selectLanguages(project, options.languages, {pseudo: true, source: true}), {
        changed,
        session,
        progress: changed ? undefined : options.progress
      })
    })
    saveTimer = setTimeout(() => save().catch(stop), 1000)
    events.built(
      result,
      changed && {
        ms: Math.round(performance.now() - started),
        sources: changed.sources.size,
        catalogs: changed.catalogs.size
      },
      extracted
    )
  }

  const flush = () => {
    timer = undefined
    if (running) return
    const batch = pending
    pending = {sources: new Set(), catalogs: new Set(), everything: false}
    if (batch.everything) documents = new Set(listSources(host, sourceFolder))
    running = rebuild(batch.everything ? undefined : {sources: batch.sources, catalogs: batch.catalogs})
      .catch((error: unknown) => {
        // A file half-saved or gone mid-read is the user's next save away from fine: report, go on.
        if (error instanceof InputError) events.inputError(error)
        else if (isFileSystemError(error)) events.inputError(new InputError(error.message))
        else stop(error)
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

  // An internal error stops the watcher like a signal does, and is thrown once everything is closed.
  let stopped!: () => void
  const done = new Promise<void>((resolve) => (stopped = resolve))
  function stop(error?: unknown) {
    failure ??= error
    stopped()
  }
  if (signal?.aborted) stop()
  signal?.addEventListener('abort', () => stop(), {once: true})

  await rebuild()
  // Pages will be edited: have the markdown parser ready before the first one is (it loads on
  // first use, and a build with nothing to parse did not use it).
  const {segmentDocument} = await import('../segment/index.js')
  segmentDocument('# md-l10n\n', {dialect: config.dialect})
  events.watching([config.sourceDir, config.localesDir])
  const watchers: FSWatcher[] = []
  watchers.push(
    ...watchFolders(sourceFolder, (event, relative) => {
      if (!/\.(md|mdx|markdown)$/i.test(relative)) return
      // A document added, removed or renamed changes the project: look at everything once.
      if (event === 'rename' && (!documents.has(relative) || !existsSync(path.join(sourceFolder, relative))))
        pending.everything = true
      else pending.sources.add(`${config.sourceDir}/${relative}`)
      schedule()
    })
  )
  watchers.push(
    ...watchFolders(localesFolder, (_event, relative) => {
      // `<language>/<namespace>.json` or `.meta.json`; temporary files of atomic writes are not.
      const match = /^([^/]+)\/(.+?)(?:\.meta)?\.json$/.exec(relative)
      if (!match) return
      // What this watcher's extract wrote, as it wrote it, was built from already.
      const file = path.join(localesFolder, relative)
      const own = ownWrites.get(file)
      if (own !== undefined && own === host.stamp(file)) return
      pending.catalogs.add(`${match[1]}/${match[2]}`)
      schedule()
    })
  )
  await done
  clearTimeout(timer)
  for (const watcher of watchers) watcher.close()
  watchers.length = 0
  await running
  clearTimeout(saveTimer)
  await save()
  if (failure !== undefined) throw failure
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
