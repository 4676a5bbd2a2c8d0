/**
 * node/thread-heap: the heap limit md-l10n's worker threads run under, and how to tell a thread
 * that ran past it.
 *
 * V8 lets a heap grow in larger steps the higher its limit, and the default limit follows the
 * machine's memory (4 GiB on one with 16 GiB or more): a thread under a limit far above what it
 * needs (1 GiB) holds much less garbage between collections (docs/performance.md). A thread
 * that needs more stops with `ERR_WORKER_OUT_OF_MEMORY`, and its work is done again on the main
 * thread, which has no such limit: the limit never fails a run.
 * `MD_L10N_THREAD_HEAP_MB=<n>` sets the limit (in MiB).
 */
import type {ResourceLimits} from 'node:worker_threads'

export const defaultThreadHeapMb = 1024

export function threadResourceLimits(): ResourceLimits {
  return {maxOldGenerationSizeMb: Number(process.env.MD_L10N_THREAD_HEAP_MB) || defaultThreadHeapMb}
}

/** Whether a worker thread's `error` is its heap limit (its work can be done again elsewhere). */
export function ranOutOfMemory(error: unknown): boolean {
  return (error as {code?: unknown} | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
}
