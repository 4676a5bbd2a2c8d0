/**
 * A run killed at any moment ends, after the next run, exactly as a run that was never killed.
 *
 * Not sampled kill times: a host that dies before its Nth change to the file system (or halfway
 * through it, for a write), for every N until the run completes. Once dead it refuses every call,
 * as a killed process makes none, so nothing of the run's own clean-up happens. The next run, on
 * the real host, must leave catalogs, meta and outputs byte-identical to an uninterrupted run's,
 * with no temporary or journal file anywhere.
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {nodeHost} from '../../src/node/host.js'
import type {Host, WriteOptions} from '../../src/project/host.js'
import {copyProject, snapshot} from '../helpers.js'

class Killed extends Error {}

/** The Node host, until its `budget` of changes is spent; `torn`: the fatal write is half done. */
function dyingHost(budget: number, torn: boolean): Host & {tore: () => boolean} {
  let changes = 0
  let dead = false
  let tore = false
  const alive = () => {
    if (dead) throw new Killed('the process is gone')
  }
  const change = (half?: () => void) => {
    alive()
    if (changes++ < budget) return
    dead = true
    if (torn && half) {
      half()
      tore = true
    }
    throw new Killed(`killed before change ${budget}`)
  }
  const halfOf = (content: string | Uint8Array) =>
    typeof content === 'string' ? content.slice(0, content.length >> 1) : content.subarray(0, content.length >> 1)
  return {
    tore: () => tore,
    read: (file) => (alive(), nodeHost.read(file)),
    stamp: (file) => (alive(), nodeHost.stamp(file)),
    exists: (file) => (alive(), nodeHost.exists(file)),
    list: (folder) => (alive(), nodeHost.list(folder)),
    makeFolder: (folder) => (change(), nodeHost.makeFolder(folder)),
    write: (file: string, content: string | Uint8Array, options?: WriteOptions) => {
      change(() => nodeHost.write(file, halfOf(content), {...options, stamp: false}))
      return nodeHost.write(file, content, options)
    },
    append: (file, text) => {
      change(() => nodeHost.append(file, text.slice(0, Math.max(1, text.length >> 1))))
      nodeHost.append(file, text)
    },
    rename: (from, to) => (change(), nodeHost.rename(from, to)),
    remove: (file) => (change(), nodeHost.remove(file)),
    removeFolder: (folder) => (change(), nodeHost.removeFolder(folder)),
    // The journal's seal binds where it was written: the project's real path, the cache folder's identity.
    realPath: (file) => (alive(), nodeHost.realPath!(file)),
    identity: (folder) => (alive(), nodeHost.identity!(folder))
  }
}

/** What must be identical: every file but the caches, whose stamps differ between copies. */
function state(root: string, folders: string[]): Map<string, string> {
  const files = new Map<string, string>()
  for (const folder of folders)
    for (const [file, content] of snapshot(path.join(root, folder)))
      if (!file.includes('.md-l10n-manifest')) files.set(`${folder}/${file}`, content)
  return files
}

function leftovers(root: string): string[] {
  return readdirSync(root, {recursive: true})
    .map(String)
    .filter((file) => /\.tmp-\d+-|\.md-l10n-journal|\.md-l10n-cache\/journal|\.md-l10n\.lock/.test(file))
}

/** A copy of the article whose source changed: extract rewrites every catalog, build every output. */
function editedProject(): string {
  const root = copyProject('md-l10n-kill-point-')
  const source = path.join(root, 'source/openai-palace-drama.md')
  writeFileSync(
    source,
    readFileSync(source, 'utf8')
      .replace('Sumber asli:', 'Sumber aslinya:')
      .replace('01\n', '01\n\nParagraf baru di bagian pertama.\n')
  )
  // A translation edited by hand since the last extract, of a segment whose source changed too: it
  // is stale against the source text its translator saw, which a recovery must not lose.
  const japanese = path.join(root, 'locales/ja/openai-palace-drama.json')
  const catalog = JSON.parse(readFileSync(japanese, 'utf8')) as Record<string, string>
  catalog['p-bd9c5de6'] = `${catalog['p-bd9c5de6']}（改訂）`
  writeFileSync(japanese, `${JSON.stringify(catalog, null, 2)}\n`)
  // An image next to the source, which build copies beside every localized document.
  mkdirSync(path.join(root, 'source/img'))
  writeFileSync(
    path.join(root, 'source/img/figure.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>\n'
  )
  return root
}

async function everyKillPoint(
  operation: (project: ReturnType<typeof openProject>) => Promise<unknown>,
  compared: string[],
  prepare: (root: string) => Promise<void> = async () => {}
) {
  const clean = editedProject()
  await prepare(clean)
  await operation(openProject({root: clean}))
  const expected = state(clean, compared)
  let points = 0
  for (const torn of [false, true]) {
    for (let budget = 0; ; budget++) {
      const root = editedProject()
      await prepare(root)
      const host = dyingHost(budget, torn)
      const killed = await operation(openProject({root, host})).then(
        () => false,
        (error: unknown) => {
          if (!(error instanceof Killed)) throw error
          return true
        }
      )
      if (!killed) break
      // A torn pass differs from the clean one only where the fatal change was a write.
      if (torn && !host.tore()) continue
      points++
      // The next run: recovery from the journal, then the operation again.
      await operation(openProject({root}))
      expect(state(root, compared), `killed before change ${budget}${torn ? ', torn' : ''}`).toEqual(expected)
      expect(leftovers(root), `killed before change ${budget}${torn ? ', torn' : ''}`).toEqual([])
    }
  }
  return points
}

describe('a run killed at any change to the file system', () => {
  it('extract: the next run ends with the catalogs and meta of a run never killed', async () => {
    const points = await everyKillPoint((project) => project.extract(), ['locales'])
    expect(points).toBeGreaterThan(40)
  })

  it('build: the next run ends with the outputs of a run never killed', async () => {
    const points = await everyKillPoint(
      (project) => project.build(),
      ['dist'],
      async (root) => void (await openProject({root}).extract())
    )
    expect(points).toBeGreaterThan(20)
  })

  it('import: the next run ends with the catalogs and meta of a run never killed', async () => {
    // A translator's XLIFF with the hand-edited Japanese target edited again (its source changed too).
    const prepare = async (root: string) => {
      const project = openProject({root})
      await project.extract()
      const exported = (await project.export({language: 'ja', format: 'xliff'})).text
      const edited = exported.replace(
        /(<target xml:space="preserve">)([^<]+)(<\/target>)/g,
        (whole, open: string, text: string, close: string) =>
          text.includes('（改訂）') ? `${open}${text}（再訂）${close}` : whole
      )
      expect(edited).not.toBe(exported)
      writeFileSync(path.join(root, 'ja.xlf'), edited)
    }
    const points = await everyKillPoint(
      (project) => project.import({language: 'ja', from: path.join(project.root, 'ja.xlf')}),
      ['locales'],
      prepare
    )
    expect(points).toBeGreaterThan(4)
  })

  it('review: the next run ends with the review site of a run never killed', async () => {
    const points = await everyKillPoint((project) => project.review({languages: ['ar']}), ['dist'])
    expect(points).toBeGreaterThan(10)
  }, 300_000)

  it('pseudo: the next run ends with the pseudo-locale catalogs of a run never killed', async () => {
    const points = await everyKillPoint((project) => project.pseudo(), ['locales'])
    expect(points).toBeGreaterThan(2)
  })
})
