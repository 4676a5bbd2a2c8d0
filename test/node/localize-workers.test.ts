/**
 * build localizing on worker threads (node/localize-workers), compiled: the same outputs as one
 * thread, and a broken catalog met on a thread fails the build as it would on one (exit 2, the
 * file and line named, nothing written).
 */
import {expect, it} from 'vitest'
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {docsProject, projectRoot, snapshot} from '../helpers.js'

const bin = path.join(projectRoot, 'lib/cli/bin.js')
const languages = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt-BR', 'sv', 'tr', 'ja']
// 200 pages × 11 languages: past the 2,000 pairs from which build localizes on threads.
const pages = Object.fromEntries(
  Array.from({length: 200}, (_, index) => [
    `guide/page-${index}`,
    `# Page ${index}\n\nRun \`tool run ${index}\` before you *deploy* the [site](https://example.com/${index}).\n\n- First point of page ${index}.\n- Second point.\n`
  ])
)
const run = (root: string, threads: string, ...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args, '--cwd', root], {
    encoding: 'utf8',
    env: {...process.env, MD_L10N_THREADS: threads}
  })
/** Two projects extracted alike, French pseudo-translated. */
function translatedPair(): [string, string] {
  const pair = [docsProject(pages, {languages}), docsProject(pages, {languages})] as [string, string]
  for (const root of pair) {
    execFileSync(process.execPath, [bin, 'extract', '--cwd', root], {env: {...process.env, MD_L10N_THREADS: '1'}})
    execFileSync(process.execPath, [bin, 'pseudo', '--language', 'fr', '--cwd', root])
  }
  return pair
}
const outputsOf = (root: string) => ['docs', 'locales'].map((folder) => snapshot(path.join(root, 'dist', folder)))
/** The warnings a run printed that work moved off a thread, and the one it prints (Node's own form). */
const workMovedWarnings = (stderr: string) =>
  stderr.split('\n').filter((line) => line.includes('MD_L10N_THREAD_OUT_OF_MEMORY'))
const movedToMainThread = expect.stringMatching(
  /^\(node:\d+\) \[MD_L10N_THREAD_OUT_OF_MEMORY\] Warning: a worker thread ran past its heap limit: the documents it had left are localized on the main thread \(MD_L10N_THREAD_HEAP_MB=<MiB> raises the limit\)$/
)

/** A build under a heap limit for its threads (a `--max-old-space-size` in NODE_OPTIONS would set it instead: node/thread-heap). */
const buildLimited = (root: string, heapMb: string) => {
  const {NODE_OPTIONS: _, ...inherited} = process.env
  return spawnSync(process.execPath, [bin, 'build', '--cwd', root], {
    encoding: 'utf8',
    env: {...inherited, MD_L10N_THREADS: '2', MD_L10N_THREAD_HEAP_MB: heapMb}
  })
}

it('builds on worker threads exactly what one thread builds', () => {
  const [threaded, single] = translatedPair()
  expect(run(threaded, '2', 'build').status).toBe(0)
  expect(run(single, '1', 'build').status).toBe(0)
  // The build's record holds stamps, which differ between the two folders: the outputs must not.
  for (const folder of ['docs', 'locales']) {
    const outputs = snapshot(path.join(threaded, 'dist', folder))
    expect(outputs.size).toBe(200 * 11)
    expect(outputs).toEqual(snapshot(path.join(single, 'dist', folder)))
  }
  // French is translated (pseudo), code kept; the other languages fall back to the source.
  const french = Buffer.from(snapshot(path.join(threaded, 'dist/docs')).get('fr/guide/page-7.md')!, 'latin1').toString(
    'utf8'
  )
  expect(french).not.toBe(pages['guide/page-7'])
  expect(french).toContain('`tool run 7`')
  expect(
    Buffer.from(snapshot(path.join(threaded, 'dist/docs')).get('de/guide/page-7.md')!, 'latin1').toString('utf8')
  ).toBe(pages['guide/page-7'])
})

it('fails on a broken catalog met on a thread, naming it, and writes nothing', () => {
  const root = docsProject(pages, {languages})
  execFileSync(process.execPath, [bin, 'extract', '--cwd', root], {env: {...process.env, MD_L10N_THREADS: '1'}})
  writeFileSync(path.join(root, 'locales/ja/guide/page-150.json'), '{\n  "h-1": "x",\n  "h-1": "y"\n}\n')
  const failed = run(root, '2', 'build')
  expect(failed.status).toBe(2)
  expect(failed.stderr).toContain('locales/ja/guide/page-150.json:3')
  expect(failed.stderr).toContain('duplicate key')
  expect(existsSync(path.join(root, 'dist'))).toBe(false)
})

it('localizes on the main thread the jobs of threads past their heap limit', () => {
  const [threaded, single] = translatedPair()
  // No thread can even load the project in 4 MiB: every job falls to the main thread.
  const limited = buildLimited(threaded, '4')
  expect(workMovedWarnings(limited.stderr)).toEqual([movedToMainThread])
  expect(limited.status).toBe(0)
  expect(run(single, '1', 'build').status).toBe(0)
  const [documents, exports] = outputsOf(threaded)
  expect(documents!.size).toBe(200 * 11)
  expect([documents, exports]).toEqual(outputsOf(single))
})

it('localizes on the main thread the jobs of a thread that ran past its heap limit, while the other goes on', () => {
  // Ten thousand list items on one page: the thread that localizes it needs more than 16 MiB. The
  // short pages alone built under that limit by hand, so the other thread should go on; the test
  // holds either way, since the outputs must be the same.
  const long = {
    ...pages,
    'guide/long-list': Array.from(
      {length: 10_000},
      (_, index) => `- item ${index} of [the list](https://example.com/${index})\n`
    ).join('')
  }
  const [threaded, single] = [docsProject(long, {languages}), docsProject(long, {languages})]
  for (const root of [threaded, single])
    execFileSync(process.execPath, [bin, 'extract', '--cwd', root], {env: {...process.env, MD_L10N_THREADS: '1'}})
  const limited = buildLimited(threaded, '16')
  // Said once, however many threads stop.
  expect(workMovedWarnings(limited.stderr)).toEqual([movedToMainThread])
  expect(limited.status).toBe(0)
  expect(run(single, '1', 'build').status).toBe(0)
  expect(outputsOf(threaded)).toEqual(outputsOf(single))
}, 120_000)
