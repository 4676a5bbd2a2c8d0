/**
 * node/writer: new files created on a thread of their own, so that a run's computing and its file
 * creations share the cores (a cold build creates two hundred thousand files, and creating a file
 * is kernel time the main thread would otherwise wait for).
 *
 * The main thread posts batches and goes on; `settle` blocks it (Atomics.wait, then a synchronous
 * read of the answers) until every posted file is written, and throws the first error. Only new
 * files go here: the journal names them before they are posted, so a run killed with files in
 * flight is undone by the next run like any other.
 */
import type {MessagePort} from 'node:worker_threads'
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import type {DeferredWriter} from '../project/host.js'
import {threadResourceLimits} from './thread-heap.js'

/** What the thread answers for one batch: stamps of the files written, or the first error. */
export type WriterAnswer = {stamps: Array<[string, string]>} | {error: {message: string; code?: string; file: string}}

export interface WriterBatch {
  files: Array<[string, string | Uint8Array]>
  stamp: boolean
}

/**
 * Batches posted and not yet written: `ready` waits (asynchronously, so the caller's other threads
 * are still answered) while more than `readyAt` are; `create` blocks past `maxInFlight`, which
 * only a caller that never asks `ready` reaches.
 */
const readyAt = 2
const maxInFlight = 16

const encoder = new TextEncoder()

const workerFile = new URL('./writer-thread.js', import.meta.url)
// Worker threads load only for a run that writes many files, not with the library.
const require = createRequire(import.meta.url)

/** A writer on its own thread, or `undefined` where the compiled thread module is not beside this one (running from sources). */
export function startWriter(): DeferredWriter | undefined {
  if (!existsSync(workerFile)) return undefined
  const {Worker, MessageChannel, receiveMessageOnPort} =
    require('node:worker_threads') as typeof import('node:worker_threads')
  const done = new Int32Array(new SharedArrayBuffer(4))
  const {port1: answers, port2} = new MessageChannel()
  // Its heap holds at most a few batches of bytes it was handed, far below any limit.
  const worker = new Worker(workerFile, {
    workerData: {done, port: port2},
    transferList: [port2],
    resourceLimits: threadResourceLimits({workMoves: false})
  })
  // The thread only ever waits for work: it must not keep a finished run alive.
  worker.unref()
  let posted = 0
  let answered = 0
  let stamps = new Map<string, string>()
  let firstError: Error | undefined
  let failure: Error | undefined
  worker.on('error', (error) => (failure ??= error))
  /** Take answers until at most `inFlight` batches are unanswered. */
  const drain = (inFlight: number) => {
    while (posted - answered > inFlight) {
      // The thread posts its answer before it counts the batch: a count read before looking for
      // answers cannot miss one.
      const counted = Atomics.load(done, 0)
      const received = receiveMessageOnPort(answers as MessagePort)
      if (received === undefined) {
        if (failure) throw failure
        // Sleep until the thread counts another batch (or a second passes, to look at `failure`).
        Atomics.wait(done, 0, counted, 1000)
        continue
      }
      answered++
      const answer = received.message as WriterAnswer
      if ('error' in answer)
        firstError ??= Object.assign(new Error(`${answer.error.message} (writing ${answer.error.file})`), {
          code: answer.error.code
        })
      else for (const [file, stamp] of answer.stamps) stamps.set(file, stamp)
    }
  }
  return {
    create(files, options) {
      if (files.length === 0) return
      // Contents wait in the thread's queue: a few batches ahead keep it busy without holding a
      // whole run's output in memory.
      drain(maxInFlight - 1)
      posted++
      // Text goes as bytes the thread takes over: no copy into its heap, and freed once written
      // (strings copied across made the writer's garbage collection cost a third of a cold build).
      const owned = new Set<ArrayBuffer>()
      const encoded = files.map(([file, content]): [string, string | Uint8Array] => {
        if (typeof content !== 'string') {
          // Bytes handed over go as they are, unless they are a view into a larger buffer (taking
          // it would take the rest with it) or empty (bytes taken already: a detached buffer in the
          // transfer list drops the whole message, where a copy of it fails at once).
          if (
            options.handOver?.has(content) &&
            content.byteLength > 0 &&
            content.byteOffset === 0 &&
            content.byteLength === content.buffer.byteLength &&
            content.buffer instanceof ArrayBuffer
          )
            owned.add(content.buffer)
          return [file, content]
        }
        const bytes = encoder.encode(content)
        owned.add(bytes.buffer as ArrayBuffer)
        return [file, bytes]
      })
      worker.postMessage({files: encoded, stamp: options.stamp} satisfies WriterBatch, [...owned])
    },
    async ready() {
      // Polled on a timer, which also keeps the process alive meanwhile (Atomics.waitAsync does
      // neither reliably on Node 20); a batch takes tens of milliseconds to write.
      while (posted - Atomics.load(done, 0) > readyAt) {
        if (failure) throw failure
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    },
    settle() {
      drain(0)
      const settled = stamps
      stamps = new Map()
      const error = firstError
      firstError = undefined
      if (error) throw error
      return settled
    },
    close() {
      void worker.terminate()
      answers.close()
    }
  }
}
