/**
 * The heap limit of md-l10n's worker threads (node/thread-heap), as a thread started with it
 * reports it: 1 GiB, or what `MD_L10N_THREAD_HEAP_MB` asks for a thread whose work can move, or
 * the process's own `--max-old-space-size`, which Node applies over it.
 */
import {expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {projectRoot} from '../helpers.js'
import {ranOutOfMemory} from '../../src/node/thread-heap.js'

/** The heap limit (MiB) of a thread started with `threadResourceLimits(options)`, in a process of its own (the compiled module). */
function threadLimitMb(nodeFlags: string[], env: Record<string, string>, options = {}): number {
  const script = `
    import {Worker} from 'node:worker_threads'
    const {threadResourceLimits} = await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, 'lib/node/thread-heap.js')).href)})
    const worker = new Worker("import {parentPort} from 'node:worker_threads'; import {getHeapStatistics} from 'node:v8'; parentPort.postMessage(getHeapStatistics().heap_size_limit)", {eval: true, resourceLimits: threadResourceLimits(${JSON.stringify(options)})})
    worker.on('message', (limit) => { console.log(limit); void worker.terminate() })`
  const {NODE_OPTIONS: _, MD_L10N_THREAD_HEAP_MB: __, ...inherited} = process.env
  const output = execFileSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: {...inherited, ...env}
  })
  return Number(output.trim()) / 2 ** 20
}

// A heap's limit is its old generation's plus its young generation's (tens of MiB).
it.each([
  ['by default', [], {}, {}, 1024],
  ['as MD_L10N_THREAD_HEAP_MB asks', [], {MD_L10N_THREAD_HEAP_MB: '200'}, {}, 200],
  [
    'not lowered by MD_L10N_THREAD_HEAP_MB for a thread whose work cannot move',
    [],
    {MD_L10N_THREAD_HEAP_MB: '200'},
    {workMoves: false},
    1024
  ],
  ['as the process’s --max-old-space-size sets it', ['--max-old-space-size=300'], {}, {}, 300],
  ['as --max-old-space-size in NODE_OPTIONS sets it', [], {NODE_OPTIONS: '--max-old-space-size=300'}, {}, 300]
])('limits a thread’s heap %s', (_, flags, env, options, expectedMb) => {
  const limit = threadLimitMb(flags as string[], env as Record<string, string>, options)
  expect(limit).toBeGreaterThanOrEqual(expectedMb)
  expect(limit).toBeLessThan(expectedMb + 100)
})

it.each([
  [{code: 'ERR_WORKER_OUT_OF_MEMORY'}, true],
  [{code: 'ERR_WORKER_INIT_FAILED'}, false],
  [new Error('boom'), false],
  [undefined, false]
])('tells a thread past its heap limit from other failures: %o', (error, expected) => {
  expect(ranOutOfMemory(error)).toBe(expected)
})
