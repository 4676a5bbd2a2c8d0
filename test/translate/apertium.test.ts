/**
 * A real engine: Apertium APy (Debian's `apertium-apy` with `apertium-eng-spa`), started by the
 * test on a free 127.0.0.1 port, drafting English → Spanish on real pages (pnpm's docs).
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import {fixturesDir, temporaryFolder} from '../helpers.js'
import {openProject} from '../../src/index.js'
import {nodeHost} from '../../src/node/host.js'
import type {Host} from '../../src/project/host.js'

const modes = '/usr/share/apertium/modes'
const installed = spawnSync('sh', ['-c', 'command -v apertium-apy'], {encoding: 'utf8'}).status === 0
const reason = !installed
  ? 'apertium-apy is not installed (apt-get install apertium-apy apertium-eng-spa)'
  : !existsSync(path.join(modes, 'eng-spa.mode'))
    ? 'apertium-eng-spa is not installed'
    : undefined

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

let apy: ChildProcess | undefined
let baseUrl = ''

/** Start APy and wait (bounded) until it lists its pairs. */
async function startApy(): Promise<void> {
  const port = await freePort()
  apy = spawn('apertium-apy', ['-p', String(port), modes], {stdio: 'ignore'})
  baseUrl = `http://127.0.0.1:${port}`
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${baseUrl}/listPairs`)).ok) return
    } catch {
      // Not listening yet.
    }
    if (apy.exitCode !== null) throw new Error(`apertium-apy exited with ${apy.exitCode}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('apertium-apy did not answer within 30 s')
}

const pages = ['limitations', 'pnpm-vs-npm', 'production', 'uninstall']

/** A Docusaurus project of pnpm's pages, extracted, translating into Spanish with the local APy. */
async function pnpmProject(host?: Host) {
  const root = temporaryFolder('md-l10n-apy-')
  for (const page of pages)
    cpSync(path.join(fixturesDir, 'translate', `${page}.md`), path.join(root, 'docs', `${page}.md`))
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    JSON.stringify({
      sourceDir: 'docs',
      sourceLanguage: 'en',
      languages: ['en', 'es'],
      dialect: 'docusaurus',
      translate: {providers: {apertium: {type: 'apertium', baseUrl}}}
    })
  )
  await openProject({root}).extract()
  return {root, project: openProject({root, ...(host ? {host} : {})})}
}

function catalogs(root: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    pages.map((page) => [
      page,
      JSON.parse(readFileSync(path.join(root, 'locales/es', `${page}.json`), 'utf8')) as Record<string, string>
    ])
  )
}

const tagsOf = (text: string) => (text.match(/<\/?\d+\/?>/g) ?? []).sort()

if (reason) describe.skip(`APy English → Spanish: skipped, ${reason}`, () => {})
describe.skipIf(reason !== undefined)('APy English → Spanish on real pages', () => {
  beforeAll(startApy, 40_000)
  afterAll(() => {
    apy?.kill()
  })

  let drafted: Record<string, Record<string, string>>
  let root: string

  it('drafts every segment with its tags intact; the checks pass and build uses the drafts', async () => {
    const made = await pnpmProject()
    root = made.root
    const result = await made.project.translate({})
    const [row] = result.languages
    expect([result.provider, result.model, result.rejected, row!.segments, row!.drafted, result.requests]).toEqual([
      'apertium',
      'apertium-apy',
      [],
      31,
      31,
      31
    ])
    drafted = catalogs(root)
    const sources = Object.fromEntries(
      pages.map((page) => [
        page,
        JSON.parse(readFileSync(path.join(root, 'locales/en', `${page}.json`), 'utf8')) as Record<string, string>
      ])
    )
    for (const page of pages) {
      for (const [key, translation] of Object.entries(drafted[page]!)) {
        expect(translation, `${page} ${key}`).not.toBe('')
        expect(tagsOf(translation), `${page} ${key}`).toEqual(tagsOf(sources[page]![key]!))
      }
    }
    expect(drafted.production!['fm-title']).toBe('Producción')
    const check = await made.project.check({languages: ['es']})
    expect(check.problems.filter(({severity}) => severity === 'error')).toEqual([])
    const build = await made.project.build({languages: ['es']})
    expect([build.warnings, build.languages.map(({language, percent}) => [language, percent])]).toEqual([
      [],
      [['es', 100]]
    ])
    expect(readFileSync(path.join(root, 'dist/docs/es/production.md'), 'utf8')).toContain('`pnpm install --offline`')
  }, 120_000)

  it('sends nothing on a second run: the cache answers', async () => {
    for (const page of pages) {
      rmSync(path.join(root, 'locales/es', `${page}.json`))
      rmSync(path.join(root, 'locales/es', `${page}.meta.json`))
    }
    const project = openProject({root})
    await project.extract()
    const again = await project.translate({})
    expect([again.requests, again.languages[0]!.cached, again.languages[0]!.drafted]).toEqual([0, 31, 31])
    expect(catalogs(root)).toEqual(drafted)
  }, 60_000)

  it('leaves a person’s translation as it is', async () => {
    const file = path.join(root, 'locales/es/production.json')
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    writeFileSync(file, `${JSON.stringify({...catalog, 'fm-title': 'En producción'}, null, 2)}\n`)
    for (const page of ['limitations', 'uninstall'])
      writeFileSync(path.join(root, 'locales/es', `${page}.json`), '{}\n')
    const project = openProject({root})
    await project.extract()
    await project.translate({stale: true})
    expect(catalogs(root)).toEqual({...drafted, production: {...drafted.production, 'fm-title': 'En producción'}})
    const meta = JSON.parse(readFileSync(path.join(root, 'locales/es/production.meta.json'), 'utf8')) as {
      entries: Record<string, {origin?: string}>
    }
    expect(meta.entries['fm-title']!.origin).toBeUndefined()
  }, 60_000)

  it('recovers a run killed while it wrote the catalogs: every file valid, the rerun sends nothing', async () => {
    // Record the changes a whole run makes, then kill another halfway through its second catalog write.
    const counting = countingHost()
    const first = await pnpmProject(counting.host)
    await first.project.translate({})
    const complete = catalogs(first.root)
    const catalogWrites = counting.changes.flatMap(([operation, file], index) =>
      operation === 'write' && file.includes(`${path.sep}locales${path.sep}es${path.sep}`) ? [index] : []
    )
    expect(catalogWrites.length).toBe(8)
    const {root: killedRoot} = await pnpmProject()
    await expect(openProject({root: killedRoot, host: dyingHost(catalogWrites[1]!)}).translate({})).rejects.toThrow(
      'killed'
    )
    // What the killed run left is half a batch: the next run undoes it, and the cache has every answer.
    const project = openProject({root: killedRoot})
    const rerun = await project.translate({})
    expect([rerun.requests, rerun.languages[0]!.cached]).toEqual([0, 31])
    expect(catalogs(killedRoot)).toEqual(complete)
    expect(
      readdirSync(killedRoot, {recursive: true})
        .map(String)
        .filter((file) => /\.tmp-|\.md-l10n-journal/.test(file))
    ).toEqual([])
  }, 120_000)
})

/** The Node host, recording each change it makes: the operation and its file. */
function countingHost(): {host: Host; changes: Array<[string, string]>} {
  const changes: Array<[string, string]> = []
  const count =
    <T extends [string, ...unknown[]], R>(operation: string, call: (...args: T) => R) =>
    (...args: T) => (changes.push([operation, args[0]]), call(...args))
  return {
    changes,
    host: {
      ...nodeHost,
      lock: undefined,
      deferredWriter: undefined,
      makeFolder: count('makeFolder', nodeHost.makeFolder),
      write: count('write', nodeHost.write),
      append: count('append', nodeHost.append),
      rename: count('rename', nodeHost.rename),
      remove: count('remove', nodeHost.remove),
      removeFolder: count('removeFolder', nodeHost.removeFolder)
    }
  }
}

/** The Node host until its `budget` of changes is spent; the fatal write is torn in half. */
function dyingHost(budget: number): Host {
  let changes = 0
  let dead = false
  const change = (half?: () => void) => {
    if (dead) throw new Error('killed: the process is gone')
    if (changes++ < budget) return
    dead = true
    half?.()
    throw new Error(`killed before change ${budget}`)
  }
  const alive =
    <T extends unknown[], R>(call: (...args: T) => R) =>
    (...args: T) => {
      if (dead) throw new Error('killed: the process is gone')
      return call(...args)
    }
  return {
    read: alive(nodeHost.read),
    stamp: alive(nodeHost.stamp),
    exists: alive(nodeHost.exists),
    list: alive(nodeHost.list),
    // The same machine's view of where the project is: the journal's seal binds it.
    realPath: alive(nodeHost.realPath!),
    identity: alive(nodeHost.identity!),
    makeFolder: (folder) => (change(), nodeHost.makeFolder(folder)),
    write: (file, content, options) => {
      change(() =>
        nodeHost.write(
          file,
          typeof content === 'string'
            ? content.slice(0, content.length >> 1)
            : content.subarray(0, content.length >> 1),
          {...options, stamp: false}
        )
      )
      return nodeHost.write(file, content, options)
    },
    append: (file, text) => (
      change(() => nodeHost.append(file, text.slice(0, Math.max(1, text.length >> 1)))), nodeHost.append(file, text)
    ),
    rename: (from, to) => (change(), nodeHost.rename(from, to)),
    remove: (file) => (change(), nodeHost.remove(file)),
    removeFolder: (folder) => (change(), nodeHost.removeFolder(folder))
  }
}
