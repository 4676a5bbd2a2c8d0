/**
 * The heap limit of md-l10n's worker threads (node/thread-heap): 1 GiB, or the process's own limit
 * when it is lower, or what `MD_L10N_THREAD_HEAP_MB` asks for a thread whose work can move.
 */
import {afterEach, expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import {getHeapStatistics} from 'node:v8'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {projectRoot} from '../helpers.js'
import {ranOutOfMemory, threadResourceLimits} from '../../src/node/thread-heap.js'

afterEach(() => {
  delete process.env.MD_L10N_THREAD_HEAP_MB
})

it('limits a thread to 1 GiB, or to the process’s own limit when that is lower', () => {
  const processLimitMb = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20)
  expect(threadResourceLimits()).toEqual({maxOldGenerationSizeMb: Math.min(1024, processLimitMb)})
  // A process started with a lower limit passes it on (the compiled module, in a process of its own).
  const script = `import(${JSON.stringify(pathToFileURL(path.join(projectRoot, 'lib/node/thread-heap.js')).href)}).then(({threadResourceLimits}) => console.log(JSON.stringify(threadResourceLimits())))`
  const lowered = JSON.parse(execFileSync(process.execPath, ['--max-old-space-size=300', '--input-type=module', '-e', script], {encoding: 'utf8'}).trim())
  expect(lowered.maxOldGenerationSizeMb).toBeGreaterThanOrEqual(300)
  expect(lowered.maxOldGenerationSizeMb).toBeLessThan(400)
})

it('takes MD_L10N_THREAD_HEAP_MB for a thread whose work can move, not for one whose work cannot', () => {
  process.env.MD_L10N_THREAD_HEAP_MB = '48'
  expect(threadResourceLimits()).toEqual({maxOldGenerationSizeMb: 48})
  expect(threadResourceLimits({workMoves: false}).maxOldGenerationSizeMb).toBeGreaterThan(48)
})

it.each([
  [{code: 'ERR_WORKER_OUT_OF_MEMORY'}, true],
  [{code: 'ERR_WORKER_INIT_FAILED'}, false],
  [new Error('boom'), false],
  [undefined, false]
])('tells a thread past its heap limit from other failures: %o', (error, expected) => {
  expect(ranOutOfMemory(error)).toBe(expected)
})
