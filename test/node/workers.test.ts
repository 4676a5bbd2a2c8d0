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
