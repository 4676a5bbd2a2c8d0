import {expect, it} from 'vitest'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {segmentDocument} from '../../src/segment/index.js'
import {fixtures, projectRoot} from '../helpers.js'

it('segments on worker threads exactly as on one thread, in input order, input errors included', async () => {
  // The compiled module, whose worker file sits beside it.
  process.env.MD_L10N_THREADS = '2'
  const {segmentAll, parallelThreshold} = await import(pathToFileURL(path.join(projectRoot, 'lib/node/workers.js')).href)
  const documents = fixtures().map(([name, source]) => ({file: name, source}))
  const jobs = Array.from({length: parallelThreshold + 100}, (_, index) => documents[index % documents.length]!)
  const settings = {frontMatterFields: ['title', 'description'], dialect: 'gfm', proseAttributes: ['title'], remarkPlugins: []}
  const parallel = await segmentAll(jobs, settings)
  const sequential = jobs.map(({source, file}) => segmentDocument(source, {file, proseAttributes: settings.proseAttributes}))
  expect(parallel).toEqual(sequential)
  const broken = [...jobs]
  broken[450] = {file: 'deep.md', source: `${'> '.repeat(500)}x\n`}
  await expect(segmentAll(broken, settings)).rejects.toThrow(/nesting is deeper/)
})

it('gives the batches of a thread past its heap limit to the main thread, with the same results', async () => {
  process.env.MD_L10N_THREADS = '2'
  const {segmentAll, parallelThreshold} = await import(pathToFileURL(path.join(projectRoot, 'lib/node/workers.js')).href)
  const documents = fixtures().map(([name, source]) => ({file: name, source}))
  const jobs = Array.from({length: parallelThreshold + 100}, (_, index) => documents[index % documents.length]!)
  // Ten thousand list items need more than 32 MiB of heap to parse; the fixtures need far less.
  jobs[300] = {file: 'long-list.md', source: Array.from({length: 10_000}, (_, index) => `- item ${index} of [the list](https://example.com/${index})\n`).join('')}
  const settings = {frontMatterFields: ['title', 'description'], dialect: 'gfm', proseAttributes: ['title'], remarkPlugins: []}
  const sequential = jobs.map(({source, file}) => segmentDocument(source, {file, proseAttributes: settings.proseAttributes}))
  const arrived: number[] = []
  try {
    // One thread stops at the long list, the other goes on; then both stop at once.
    process.env.MD_L10N_THREAD_HEAP_MB = '32'
    expect(await segmentAll(jobs, settings, (index: number) => arrived.push(index))).toEqual(sequential)
    expect(arrived.sort((a, b) => a - b)).toEqual(jobs.map((_, index) => index))
    process.env.MD_L10N_THREAD_HEAP_MB = '4'
    expect(await segmentAll(jobs.slice(0, parallelThreshold), settings)).toEqual(sequential.slice(0, parallelThreshold))
  } finally {
    delete process.env.MD_L10N_THREAD_HEAP_MB
  }
}, 120_000)
