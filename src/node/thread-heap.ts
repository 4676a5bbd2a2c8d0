/**
 * node/thread-heap: the heap limit md-l10n's worker threads run under, and how to tell a thread
 * that ran past it.
 *
 * V8 lets a heap grow in larger steps the higher its limit, and the default limit follows the
 * machine's memory (a quarter of it, up to 4 GiB): a thread under a limit far above what it
 * needs (1 GiB) holds much less garbage between collections (docs/performance.md). A thread
 * that needs more stops with `ERR_WORKER_OUT_OF_MEMORY`, and its work is done again on the main
 * thread, which has no such limit. (Node stops a thread at its limit as best it can; a process
 * that runs out of memory altogether still fails.)
 * `MD_L10N_THREAD_HEAP_MB=<n>` sets the threads' limit (in MiB). A process started with
 * `--max-old-space-size` (or with it in `NODE_OPTIONS`) gives every thread that limit instead:
 * Node applies the flag over a thread's own limits.
 */
import type {ResourceLimits} from 'node:worker_threads'

const defaultThreadHeapMb = 1024

/**
 * The limits of a new thread. `workMoves: false` for a thread whose work cannot be done elsewhere
 * (the writer): `MD_L10N_THREAD_HEAP_MB` does not lower its limit.
 */
export function threadResourceLimits({workMoves = true} = {}): ResourceLimits {
  const asked = workMoves ? Number(process.env.MD_L10N_THREAD_HEAP_MB) : 0
  return {maxOldGenerationSizeMb: asked || defaultThreadHeapMb}
}

/** Whether a worker thread's `error` is its heap limit (its work can be done again elsewhere). */
export function ranOutOfMemory(error: unknown): boolean {
  return (error as {code?: unknown} | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
}

/** The code of the process warning that work moved off a thread that ran past its heap limit. */
export const workMovedWarning = 'MD_L10N_THREAD_OUT_OF_MEMORY'

/**
 * Say that a thread ran past its heap limit and what it had not done moved to the main thread: the
 * run succeeds, slower and with more memory on the main thread, and the user can raise the limit.
 * A process warning, which Node prints on stderr and a program can hear (`process.on('warning')`).
 */
export function warnWorkMoved(work: 'segmented' | 'localized'): void {
  process.emitWarning(
    `a worker thread ran past its heap limit: the documents it had left are ${work} on the main thread (MD_L10N_THREAD_HEAP_MB=<MiB> raises the limit)`,
    {code: workMovedWarning}
  )
}
