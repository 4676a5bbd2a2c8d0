/**
 * Threat: a write journal md-l10n did not write (planted in a repository, forged, or copied from
 * another checkout) makes the next run remove or rename files. Defence: the journal lives in the
 * cache folder and is obeyed only with a seal bound to this project's real path and this cache
 * folder's identity; a sealed journal's paths go through the confined host all the same.
 */
import {describe, expect, it} from 'vitest'
import {createHash} from 'node:crypto'
import {cpSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Journal} from '../../src/project/journal.js'
import {nodeHost} from '../../src/node/host.js'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree, type World} from './world.js'

/** What a planted journal asks for: remove the config, a catalog, a source, and a file outside through a link. */
const hostileLines = [
  '+ md-l10n.config.json',
  '+ locales/fr/index.json',
  '~ source/index.md\tlocales/fr/index.meta.json',
  '- source/index.md',
  'commit'
]

interface Case {
  name: string
  plant(world: World): void
  /** What the run removes besides (its own working files), as world paths. */
  removed: string[]
  code: number
  stderr: string
}

const cases: Case[] = [
  {
    name: 'a journal in the root, where earlier versions kept it (or planted in a repository)',
    plant: ({root}) =>
      writeFileSync(path.join(root, '.md-l10n-journal'), ['md-l10n journal 2', ...hostileLines, ''].join('\n')),
    removed: [],
    code: 0,
    stderr:
      'md-l10n coverage: warning: ignored .md-l10n-journal: md-l10n keeps its journal in .md-l10n-cache/ and does not obey this one; nothing it names was touched (delete it)\n'
  },
  {
    name: 'a journal in the cache folder without a seal',
    plant: ({root}) => {
      mkdirSync(path.join(root, '.md-l10n-cache'), {recursive: true})
      writeFileSync(
        path.join(root, '.md-l10n-cache/journal'),
        ['md-l10n journal 3 0f0f0f0f-0000-4000-8000-000000000000', ...hostileLines, ''].join('\n')
      )
    },
    removed: ['project/.md-l10n-cache/journal'],
    code: 0,
    stderr: ''
  },
  {
    name: 'a journal with a seal forged by someone who knows everything but the cache folder’s identity',
    plant: ({root}) => {
      mkdirSync(path.join(root, '.md-l10n-cache'), {recursive: true})
      const run = '0f0f0f0f-0000-4000-8000-000000000000'
      const text = [`md-l10n journal 3 ${run}`, ...hostileLines, ''].join('\n')
      const hash = createHash('sha256').update(`md-l10n journal seal\0${run}\0${root}\0\0`).update(text).digest('hex')
      writeFileSync(path.join(root, '.md-l10n-cache/journal'), text)
      writeFileSync(
        path.join(root, '.md-l10n-cache/journal.seal'),
        `${JSON.stringify({run, bytes: Buffer.byteLength(text), hash})}\n`
      )
    },
    removed: ['project/.md-l10n-cache/journal', 'project/.md-l10n-cache/journal.seal'],
    code: 0,
    stderr:
      'md-l10n coverage: warning: ignored .md-l10n-cache/journal: its seal does not match it here (written in another folder or by another program); nothing it names was touched\n'
  },
  {
    name: 'a genuine journal and seal copied from another checkout of the project',
    plant: ({base, root}) => {
      const other = path.join(base, 'other-checkout')
      mkdirSync(other)
      new Journal(nodeHost, other).append(hostileLines)
      cpSync(path.join(other, '.md-l10n-cache'), path.join(root, '.md-l10n-cache'), {recursive: true})
    },
    removed: ['project/.md-l10n-cache/journal', 'project/.md-l10n-cache/journal.seal'],
    code: 0,
    stderr:
      'md-l10n coverage: warning: ignored .md-l10n-cache/journal: its seal does not match it here (written in another folder or by another program); nothing it names was touched\n'
  },
  {
    name: 'a journal md-l10n sealed here, whose path now goes out through a link planted since',
    plant: ({root}) => {
      symlinkSync('../outside', path.join(root, 'out'))
      new Journal(nodeHost, root).append(['+ out/keep.txt'])
    },
    removed: [],
    code: 2,
    stderr:
      'md-l10n coverage: out/keep.txt: refusing to remove it: a symbolic link on its path leads outside the project (to {base}/outside/keep.txt)\n'
  }
]

describe('a journal md-l10n did not write in this project touches nothing', () => {
  it.each(cases)('$name', async ({plant, removed, code, stderr}) => {
    const world = await makeWorld()
    plant(world)
    const before = worldTree(world)
    const result = await runCli(world.root, 'coverage')
    expect(result.stderr).toBe(stderr.replaceAll('{base}', world.base))
    expect(result.code).toBe(code)
    const expected = new Map(before)
    for (const file of removed) expected.delete(file)
    expect(worldTree(world)).toEqual(expected)
  })
})
