import {expect, it} from 'vitest'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {segmentDocument} from '../../src/segment/index.js'
import {fixtures, projectRoot} from '../helpers.js'

it('segments on worker threads exactly as on one thread, in input order, input errors included', async () => {
  // The compiled module, whose worker file sits beside it.
  process.env.MD_L10N_THREADS = '2'
  const {segmentAll, parallelThreshold} = await import(
    pathToFileURL(path.join(projectRoot, 'lib/node/workers.js')).href
  )
  const documents = fixtures().map(([name, source]) => ({file: name, source}))
  const jobs = Array.from({length: parallelThreshold + 100}, (_, index) => documents[index % documents.length]!)
  const settings = {
    frontMatterFields: ['title', 'description'],
    dialect: 'gfm',
    proseAttributes: ['title'],
    remarkPlugins: []
  }
  const parallel = await segmentAll(jobs, settings)
  const sequential = jobs.map(({source, file}) =>
    segmentDocument(source, {file, proseAttributes: settings.proseAttributes})
  )
  expect(parallel).toEqual(sequential)
  const broken = [...jobs]
  broken[450] = {file: 'deep.md', source: `${'> '.repeat(500)}x\n`}
  await expect(segmentAll(broken, settings)).rejects.toThrow(/nesting is deeper/)
  // The first error in input order, also when the results are heard as they arrive (in any order).
  broken[420] = {file: 'deep-first.md', source: `${'> '.repeat(500)}y\n`}
  const heard: number[] = []
  await expect(segmentAll(broken, settings, (index: number) => heard.push(index))).rejects.toMatchObject({
    file: 'deep-first.md'
  })
  expect(heard.length).toBe(broken.length)
})

// A process started with `--max-old-space-size` gives every thread that limit (node/thread-heap).
const heapFlagSet = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((flag) =>
  flag.includes('--max-old-space-size')
)

it.skipIf(heapFlagSet)(
  'gives the batches of a thread past its heap limit to the main thread, with the same results',
  async () => {
    process.env.MD_L10N_THREADS = '2'
    const {segmentAll, parallelThreshold} = await import(
      pathToFileURL(path.join(projectRoot, 'lib/node/workers.js')).href
    )
    const documents = fixtures().map(([name, source]) => ({file: name, source}))
    const jobs = Array.from({length: parallelThreshold + 100}, (_, index) => documents[index % documents.length]!)
    // Ten thousand list items need more than 32 MiB of heap to parse; the fixtures need far less.
    jobs[300] = {
      file: 'long-list.md',
      source: Array.from(
        {length: 10_000},
        (_, index) => `- item ${index} of [the list](https://example.com/${index})\n`
      ).join('')
    }
    const settings = {
      frontMatterFields: ['title', 'description'],
      dialect: 'gfm',
      proseAttributes: ['title'],
      remarkPlugins: []
    }
    const sequential = jobs.map(({source, file}) =>
      segmentDocument(source, {file, proseAttributes: settings.proseAttributes})
    )
    const arrived: unknown[] = []
    const warnings: unknown[] = []
    const hear = (warning: Error & {code?: string}) =>
      void (
        warning.code === 'MD_L10N_THREAD_OUT_OF_MEMORY' && warnings.push({code: warning.code, message: warning.message})
      )
    const movedToMainThread = {
      code: 'MD_L10N_THREAD_OUT_OF_MEMORY',
      message:
        'a worker thread ran past its heap limit: the documents it had left are segmented on the main thread (MD_L10N_THREAD_HEAP_MB=<MiB> raises the limit)'
    }
    try {
      // One thread stops at the long list, the other goes on; then both stop at once.
      process.env.MD_L10N_THREAD_HEAP_MB = '32'
      // A thread under that limit does stop at the long list: the results below come through the main thread.
      const {Worker} = await import('node:worker_threads')
      const {threadResourceLimits} = await import(pathToFileURL(path.join(projectRoot, 'lib/node/thread-heap.js')).href)
      const alone = new Worker(new URL(pathToFileURL(path.join(projectRoot, 'lib/node/segment-worker.js')).href), {
        workerData: settings,
        resourceLimits: threadResourceLimits()
      })
      alone.postMessage([{index: 300, ...jobs[300]!}])
      const stopped = await new Promise((resolve) =>
        alone.on('error', (error: {code?: string}) => resolve(error.code)).on('message', () => resolve('answered'))
      )
      await alone.terminate()
      expect(stopped).toBe('ERR_WORKER_OUT_OF_MEMORY')
      process.on('warning', hear)
      // Heard as they arrive, the results are the caller's: none is kept for the promise.
      expect(
        await segmentAll(
          jobs,
          settings,
          (index: number, outcome: {result: unknown}) => (arrived[index] = outcome.result)
        )
      ).toBeUndefined()
      expect(arrived).toEqual(sequential)
      expect(warnings).toEqual([movedToMainThread])
      process.env.MD_L10N_THREAD_HEAP_MB = '4'
      expect(await segmentAll(jobs.slice(0, parallelThreshold), settings)).toEqual(
        sequential.slice(0, parallelThreshold)
      )
      // Said once a run, however many threads stop.
      expect(warnings).toEqual([movedToMainThread, movedToMainThread])
    } finally {
      process.off('warning', hear)
      delete process.env.MD_L10N_THREAD_HEAP_MB
    }
  },
  120_000
)
