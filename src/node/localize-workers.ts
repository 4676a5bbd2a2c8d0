/**
 * node/localize-workers: build's localizing on worker threads, one per core (at most 4), while the
 * main thread writes what they return. Each thread loads the project from the segment cache the
 * way the main thread did, then reads catalogs and localizes the documents it is given.
 * `MD_L10N_THREADS=1` keeps everything on the main thread. The jobs of a thread past its heap
 * limit (node/thread-heap) are localized on the main thread.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {createRequire} from 'node:module'
import {localizeHere, type LocalizeMany, type LocalizeOutcome, type LocalizedOutput} from '../project/build.js'
import {FolderListing} from '../project/listing.js'
import {InputError} from '../util/errors.js'
import {ranOutOfMemory, threadResourceLimits, warnWorkMoved} from './thread-heap.js'

export interface LocalizeJob {
  index: number
  language: string
  namespace: string
}

/** An error as it crosses threads (an input error keeps where it was). */
export interface ErrorData {
  message: string
  input: boolean
  file?: string
  line?: number
  column?: number
}

export type LocalizeAnswer = {index: number; output: LocalizedOutput} | {index: number; error: ErrorData}

export function errorData(error: unknown): ErrorData {
  const input = error instanceof InputError
  return {
    message: (error as Error).message,
    input,
    file: input ? error.file : undefined,
    line: input ? error.line : undefined,
    column: input ? error.column : undefined
  }
}

const batchSize = 64
const batchesPerThread = 4
const workerFile = new URL('./localize-worker.js', import.meta.url)
const require = createRequire(import.meta.url)

/** Jobs localized ahead of the one the caller waits for, at most: memory stays bounded when writing is the slower part. */
const aheadOfCaller = 16 * batchSize

/** Localize on worker threads; one by one on this thread where they cannot run (from sources, one core). */
export const localizeOnThreads: LocalizeMany = (project, jobs) => {
  const threads = Math.min(
    Number(process.env.MD_L10N_THREADS) || Math.min(availableParallelism(), 4),
    availableParallelism(),
    8
  )
  if (threads < 2 || !existsSync(workerFile)) return localizeHere(project, jobs, new FolderListing(project.host))
  const {Worker} = require('node:worker_threads') as typeof import('node:worker_threads')
  // Each thread localizes its own share of the documents in every language, so that it holds
  // the segments of those documents only (memory): runs of a batch's length, dealt in turn, so
  // that every stretch of the caller's order has work for every thread.
  const share = new Map(project.documents.map((document, index) => [document, Math.floor(index / batchSize) % threads]))
  const queues: LocalizeJob[][][] = Array.from({length: threads}, () => [])
  let open: LocalizeJob[] | undefined
  let openOwner = -1
  for (const [index, {language, document}] of jobs.entries()) {
    const owner = share.get(document) ?? 0
    if (!open || owner !== openOwner || open.length === batchSize) {
      open = []
      openOwner = owner
      queues[owner]!.push(open)
    }
    open.push({index, language, namespace: document.namespace})
  }
  const known = new Map<number, LocalizeOutcome>()
  // Jobs of a thread that ran past its heap limit, not answered: localized here when asked.
  const leftOver = new Set<number>()
  let here: ReturnType<typeof localizeHere> | undefined
  const localizeLeftOver = (index: number) =>
    (here ??= localizeHere(project, jobs, new FolderListing(project.host))).outcome(index)
  const waiting = new Map<number, (outcome: LocalizeOutcome) => void>()
  let failure: Error | undefined
  let asked = 0
  const deliver = (index: number, outcome: LocalizeOutcome) => {
    const waiter = waiting.get(index)
    if (!waiter) return void known.set(index, outcome)
    waiting.delete(index)
    waiter(outcome)
  }
  const workers = queues.map((queue) => {
    const worker = new Worker(workerFile, {workerData: {root: project.root}, resourceLimits: threadResourceLimits()})
    const thread = {worker, queue, posted: new Map<number, LocalizeJob[]>(), stopped: false}
    worker.on('message', (answers: LocalizeAnswer[]) => {
      // An answer can still come from a thread that stopped: its jobs are done here already.
      if (thread.stopped) return
      thread.posted.delete(answers[0]!.index)
      pump()
      for (const answer of answers) {
        if ('output' in answer) deliver(answer.index, {output: answer.output})
        else
          deliver(answer.index, {
            error: answer.error.input
              ? new InputError(answer.error.message, answer.error.file, answer.error.line, answer.error.column)
              : new Error(answer.error.message)
          })
      }
    })
    worker.on('error', (error) => {
      if (ranOutOfMemory(error)) {
        if (!workers.some(({stopped}) => stopped)) warnWorkMoved('localized')
        thread.stopped = true
        for (const batch of [...thread.posted.values(), ...thread.queue.splice(0)])
          for (const {index} of batch) leftOver.add(index)
        thread.posted.clear()
        for (const [index, waiter] of waiting) {
          if (!leftOver.has(index)) continue
          waiting.delete(index)
          leftOver.delete(index)
          void localizeLeftOver(index).then(waiter)
        }
        return
      }
      failure ??= error
      for (const [index, waiter] of waiting) {
        waiting.delete(index)
        waiter({error})
      }
    })
    return thread
  })
  // A few batches queued on each thread (it works on while this thread writes), no further ahead of the caller than allowed.
  function pump() {
    for (const thread of workers) {
      while (
        !thread.stopped &&
        thread.posted.size < batchesPerThread &&
        thread.queue.length > 0 &&
        thread.queue[0]![0]!.index < asked + aheadOfCaller
      ) {
        const batch = thread.queue.shift()!
        thread.worker.postMessage(batch)
        thread.posted.set(batch[0]!.index, batch)
      }
    }
  }
  pump()
  return {
    outcome(index) {
      asked = Math.max(asked, index)
      pump()
      const outcome = known.get(index)
      if (outcome) {
        known.delete(index)
        return Promise.resolve(outcome)
      }
      if (leftOver.delete(index)) return localizeLeftOver(index)
      if (failure) return Promise.resolve({error: failure})
      return new Promise((resolve) => waiting.set(index, resolve))
    },
    close: async () => void (await Promise.all(workers.map(({worker}) => worker.terminate())))
  }
}
