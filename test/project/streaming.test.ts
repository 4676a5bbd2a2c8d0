/**
 * extract on a project loaded streaming: the first documents are synced while the others are
 * still being segmented, with exactly the files of a run that waited for every document, and an
 * input error in any document fails the run as before (the first in document order, nothing written).
 */
import {expect, it} from 'vitest'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {segmentInSequence, type SegmentMany, type SegmentOutcome} from '../../src/project/load.js'
import {docsProject, snapshot} from '../helpers.js'

const pages = Object.fromEntries(
  ['install', 'configure', 'deploy', 'upgrade', 'faq', 'glossary'].map((name, index) => [
    name,
    `---\ntitle: ${name}\n---\n\n# The ${name} page\n\nRun \`tool ${name}\` to ${name} the site (step ${index + 1}).\n\n- One item about ${name}.\n- Another one, with [a link](https://example.com/${name}).\n`
  ])
)
const config = {languages: ['en', 'fr', 'de']}

/** Segments every document, then hands the outcomes over in document order or in reverse, one per timer tick. */
function slowly(order: 'forward' | 'reverse', log: string[] = []): SegmentMany {
  return async (jobs, settings, arrived) => {
    const outcomes: SegmentOutcome[] = []
    for (const [index, job] of jobs.entries())
      await segmentInSequence([job], settings, (_, outcome) => (outcomes[index] = outcome)).catch(() => {})
    for (let step = 0; step < jobs.length; step++) {
      const index = order === 'forward' ? step : jobs.length - 1 - step
      await new Promise((resolve) => setTimeout(resolve, 5))
      log.push(`arrived ${jobs[index]!.file}`)
      arrived?.(index, outcomes[index]!)
    }
    const failed = outcomes.find((outcome) => 'error' in outcome)
    if (failed && 'error' in failed) throw failed.error
    return outcomes.map((outcome) => (outcome as {result: never}).result)
  }
}

it('syncs documents as their segments arrive, writing what a run that waited writes', async () => {
  const waited = docsProject(pages, config)
  await openProject({root: waited, segmentMany: segmentInSequence}).extract()
  const log: string[] = []
  const progress = (_: string, done: number) => log.push(`synced ${done}`)
  const forward = docsProject(pages, config)
  const result = await openProject({root: forward, segmentMany: slowly('forward', log)}).extract({progress})
  // The first document was synced before the last one's segments came.
  expect(log.slice(0, 3)).toEqual(['arrived docs/configure.md', 'synced 1', 'arrived docs/deploy.md'])
  expect(log.at(-1)).toBe('synced 6')
  expect(result.documents).toBe(6)
  expect(result.segments).toBe(6 * 5)
  expect(snapshot(path.join(forward, 'locales'))).toEqual(snapshot(path.join(waited, 'locales')))
  // Arriving last to first, documents are still synced in document order.
  const reverse = docsProject(pages, config)
  await openProject({root: reverse, segmentMany: slowly('reverse')}).extract()
  expect(snapshot(path.join(reverse, 'locales'))).toEqual(snapshot(path.join(waited, 'locales')))
})

it('fails on the first broken document in document order, whatever order they arrive in, and writes nothing', async () => {
  const broken = {
    ...pages,
    configure: `# Deep\n\n${'> '.repeat(500)}x\n`,
    upgrade: `# Deep too\n\n${'> '.repeat(500)}y\n`
  }
  const root = docsProject(broken, config)
  await expect(openProject({root, segmentMany: slowly('reverse')}).extract()).rejects.toMatchObject({
    file: 'docs/configure.md'
  })
  expect(existsSync(path.join(root, 'locales'))).toBe(false)
  expect(existsSync(path.join(root, '.md-l10n-cache/journal'))).toBe(false)
})
