/**
 * node/open: md-l10n on Node. Wires the pure project core (`project/`) to Node's file system
 * (`node/host`), its worker-thread pools (segmenting and localizing many documents at once) and
 * its file watcher (`build --watch`); the package's `openProject` is this one. The core never
 * imports Node: another platform passes its own `host` (and pools) to `openProjectOn`.
 */
import {openProjectOn, type ProjectApi} from '../project/index.js'
import type {Host} from '../project/host.js'
import type {SegmentMany} from '../project/load.js'
import type {LocalizeMany} from '../project/build.js'
import {nodeHost} from './host.js'
import type {WatchEvents, WatchOptions} from './watch.js'

export interface OpenProjectOptions {
  /** The project's folder. */
  root: string
  /** The file system (default: Node's, with worker threads for large runs). */
  host?: Host
  /** Segment many changed documents at once (default with Node's host: worker threads when there are enough). */
  segmentMany?: SegmentMany
  /** Hears what md-l10n carried on after (a journal it did not write, ignored); default: a process warning. */
  warn?: (message: string) => void
}

/** The project API on Node: every operation of the CLI as data, and the watcher of `build --watch`. */
export interface NodeProjectApi extends ProjectApi {
  /**
   * Build, then rebuild what changes under the source and locales folders until `signal` aborts;
   * resolves once the watchers are closed and the record of the outputs is saved.
   */
  watch(options: WatchOptions, events: WatchEvents, signal?: AbortSignal): Promise<void>
}

/** Worker threads, loaded only when a run has documents to segment (they load the parser). */
const segmentOnWorkers: SegmentMany = async (jobs, settings, arrived) =>
  (await import('./workers.js')).segmentAll(jobs, settings, arrived)

/** Build's localizing on worker threads, loaded only for a build with much to localize. */
const localizeOnWorkers: LocalizeMany = (project, jobs) => {
  const pool = import('./localize-workers.js').then(({localizeOnThreads}) => localizeOnThreads(project, jobs))
  return {outcome: async (index) => (await pool).outcome(index), close: async () => (await pool).close()}
}

/** Open a project folder: every operation of the CLI, as data. A caller's `host` gets no worker threads (they read Node's file system). */
export function openProject(options: OpenProjectOptions): NodeProjectApi {
  const onNode = options.host === undefined
  const api = openProjectOn({
    root: options.root,
    host: options.host ?? nodeHost,
    segmentMany: options.segmentMany ?? (onNode ? segmentOnWorkers : undefined),
    localizeMany: onNode ? localizeOnWorkers : undefined,
    warn: options.warn
  })
  // The watcher (and its file-system watching) loads only for `build --watch`.
  const watch = async (watchOptions: WatchOptions, events: WatchEvents, signal?: AbortSignal) =>
    (await import('./watch.js')).watchBuild(options.root, watchOptions, events, signal)
  return {...api, watch}
}
