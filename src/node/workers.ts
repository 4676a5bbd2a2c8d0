/**
 * node/workers: segment many documents on worker threads, one per core (at most 4), when there
 * are enough of them to pay for starting the workers. `MD_L10N_THREADS=<n>` sets the number;
 * `MD_L10N_THREADS=1` keeps everything on the main thread. A thread past its heap limit
 * (node/thread-heap) leaves its batches to the others, or to the main thread.
 * Results cross threads by structured clone, so a second thread pays only where cores are not
 * shared (the README's performance section has the measurements).
 */
import {Worker} from 'node:worker_threads'
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import type {SegmentResult} from '../segment/index.js'
import {InputError} from '../util/errors.js'
import {segmentInSequence, type SegmentMany, type SegmentOutcome} from '../project/load.js'
import {createSegmenter, type Segmenter} from '../project/plugins.js'
import {ranOutOfMemory, threadResourceLimits, warnWorkMoved} from './thread-heap.js'

export interface SegmentJob {
  index: number
  source: string
  file: string
}

export type SegmentAnswer =
  | {index: number; result: Omit<SegmentResult, 'source'>}
  | {index: number; error: {message: string; file?: string; line?: number; input: boolean}}

/** Segment a batch as a thread answers it: each job's result (without its source, which the asker has) or its error. */
export function answerSegmentJobs(segment: Segmenter, jobs: readonly SegmentJob[]): SegmentAnswer[] {
  return jobs.map(({index, source, file}) => {
    try {
      const {source: _, ...result} = segment(source, file)
      return {index, result}
    } catch (error) {
      const input = error instanceof InputError
      return {
        index,
        error: {
          message: (error as Error).message,
          file: input ? error.file : undefined,
          line: input ? error.line : undefined,
          input
        }
      }
    }
  })
}

/** Documents below which workers are not worth their start-up time. */
export const parallelThreshold = 400
const batchSize = 64
const batchesPerThread = 3

/** Segment documents (results in input order, unless `arrived` hears them); throws the first input error in input order. */
export const segmentAll: SegmentMany = async (jobs, settings, arrived) => {
  const threads = Math.min(
    Number(process.env.MD_L10N_THREADS) || Math.min(availableParallelism(), 4),
    availableParallelism(),
    8
  )
  // Running from TypeScript sources (tests), the compiled worker is not beside this module.
  const workerFile = new URL('./segment-worker.js', import.meta.url)
  if (jobs.length < parallelThreshold || threads < 2 || !existsSync(workerFile))
    return segmentInSequence(jobs, settings, arrived)
  // With `arrived`, the caller has each result as it comes, and none is kept here.
  const results: SegmentResult[] | undefined = arrived ? undefined : new Array(jobs.length)
  let firstError: {index: number; error: Error} | undefined
  const queue: SegmentJob[][] = []
  for (let start = 0; start < jobs.length; start += batchSize) {
    queue.push(
      jobs.slice(start, start + batchSize).map(({source, file}, offset) => ({index: start + offset, source, file}))
    )
  }
  // Batches of a thread that ran past its heap limit, not answered: segmented here instead.
  const leftOver: SegmentJob[][] = []
  let workMoved = false
  const receive = (batch: SegmentAnswer[]) => {
    for (const answer of batch) {
      const outcome = outcomeOf(answer, jobs[answer.index]!.source)
      if ('error' in outcome) {
        if (!firstError || answer.index < firstError.index) firstError = {index: answer.index, error: outcome.error}
      } else if (results) results[answer.index] = outcome.result
      arrived?.(answer.index, outcome)
    }
  }
  const workers = Array.from(
    {length: threads},
    () => new Worker(workerFile, {workerData: settings, resourceLimits: threadResourceLimits()})
  )
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            // A few batches queued on each thread: it keeps working while this thread is busy
            // elsewhere (a streaming extract syncing and writing what came before).
            const posted = new Map<number, SegmentJob[]>()
            let stopped = false
            const next = () => {
              const batch = queue.shift()
              if (!batch) return
              worker.postMessage(batch)
              posted.set(batch[0]!.index, batch)
            }
            worker.on('message', (batch: SegmentAnswer[]) => {
              // An answer can still come from a thread that stopped: its batches are done here already.
              if (stopped) return
              posted.delete(batch[0]!.index)
              next()
              receive(batch)
              if (posted.size === 0) resolve()
            })
            worker.on('error', (error) => {
              if (!ranOutOfMemory(error)) return reject(error)
              // The other threads take the rest of the queue (this one, if none is left).
              if (!workMoved) warnWorkMoved('segmented')
              workMoved = true
              stopped = true
              leftOver.push(...posted.values())
              posted.clear()
              resolve()
            })
            for (let queued = 0; queued < batchesPerThread; queued++) next()
            if (posted.size === 0) resolve()
          })
      )
    )
    if (leftOver.length > 0 || queue.length > 0) {
      // The threads' heaps go first: the rest is done here.
      await Promise.all(workers.map((worker) => worker.terminate()))
      const segment = await createSegmenter(settings)
      for (const batch of [...leftOver, ...queue.splice(0)]) receive(answerSegmentJobs(segment, batch))
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  if (firstError) throw firstError.error
  return results
}

function outcomeOf(answer: SegmentAnswer, source: string): SegmentOutcome {
  if (!('error' in answer)) return {result: {...answer.result, source}}
  return {
    error: answer.error.input
      ? new InputError(answer.error.message, answer.error.file, answer.error.line)
      : new Error(answer.error.message)
  }
}
