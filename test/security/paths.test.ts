/**
 * Threat: links in the repository (a translator's pull request can add them) lead md-l10n's
 * writes and removals outside the project, or from its output folder into the catalogs or the
 * sources. Defence: every change goes through the confined host (`project/confine`), which
 * resolves each folder's real location before touching it.
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree, type World} from './world.js'

interface Case {
  name: string
  plant(world: World): void
  command: string[]
  code: number
  stderr: string
}

const link = (world: World, target: string, at: string) => {
  mkdirSync(path.dirname(path.join(world.root, at)), {recursive: true})
  symlinkSync(target, path.join(world.root, at))
}

const cases: Case[] = [
  {
    name: '`dist` links outside the project',
    plant: (world) => {
      mkdirSync(path.join(world.outside, 'dist'))
      link(world, '../outside/dist', 'dist')
    },
    command: ['build'],
    code: 2,
    stderr:
      'md-l10n build: dist/locales/en/index.json: refusing to write it: a symbolic link on its path leads outside the project (to {base}/outside/dist/locales/en/index.json)\n'
  },
  {
    name: '`dist/docs/fr` links outside the project',
    plant: (world) => {
      mkdirSync(path.join(world.outside, 'fr'))
      link(world, '../../../outside/fr', 'dist/docs/fr')
    },
    command: ['build'],
    code: 2,
    stderr:
      'md-l10n build: dist/docs/fr/index.md: refusing to write it: a symbolic link on its path leads outside the project (to {base}/outside/fr/index.md)\n'
  },
  {
    name: '`dist/docs/fr` links into the catalogs',
    plant: (world) => link(world, '../../locales/fr', 'dist/docs/fr'),
    command: ['build'],
    code: 2,
    stderr:
      'md-l10n build: dist/docs/fr/index.md: refusing to write it: a symbolic link on its path leads into the `localesDir` folder `locales/` (to {base}/project/locales/fr/index.md)\n'
  },
  {
    name: '`dist/docs/fr` links into the sources',
    plant: (world) => link(world, '../../source', 'dist/docs/fr'),
    command: ['build'],
    code: 2,
    stderr:
      'md-l10n build: dist/docs/fr/index.md: refusing to write it: a symbolic link on its path leads into the `sourceDir` folder `source/` (to {base}/project/source/index.md)\n'
  },
  {
    name: '`locales/fr` links outside the project',
    plant: (world) => {
      mkdirSync(path.join(world.outside, 'fr'))
      writeFileSync(path.join(world.outside, 'fr/index.json'), '{}\n')
      rmSync(path.join(world.root, 'locales/fr'), {recursive: true})
      link(world, '../../outside/fr', 'locales/fr')
    },
    command: ['extract'],
    code: 2,
    stderr:
      'md-l10n extract: locales/fr/index.json: refusing to write it: a symbolic link on its path leads outside the project (to {base}/outside/fr/index.json)\n'
  },
  {
    name: '`.md-l10n-cache` links outside the project',
    plant: (world) => {
      mkdirSync(path.join(world.outside, 'cache'))
      rmSync(path.join(world.root, '.md-l10n-cache'), {recursive: true})
      link(world, '../outside/cache', '.md-l10n-cache')
    },
    command: ['build'],
    code: 2,
    stderr:
      'md-l10n build: .md-l10n-cache/journal: refusing to write it: a symbolic link on its path leads outside the project (to {base}/outside/cache/journal)\n'
  },
  {
    name: 'a built page is a link to a file outside: it is replaced by the page, not written through',
    plant: (world) => {
      mkdirSync(path.join(world.root, 'dist/docs/fr'), {recursive: true})
      link(world, '../../../../outside/keep.txt', 'dist/docs/fr/index.md')
    },
    command: ['build'],
    code: 0,
    stderr: ''
  },
  {
    name: '`dist/review` links outside the project',
    plant: (world) => {
      mkdirSync(path.join(world.outside, 'review'))
      link(world, '../../outside/review', 'dist/review')
    },
    command: ['review'],
    code: 2,
    stderr:
      'md-l10n review: dist/review/index.html: refusing to write it: a symbolic link on its path leads outside the project (to {base}/outside/review/index.html)\n'
  }
]

describe('no write or removal reaches outside the project, or into its sources and catalogs through a link', () => {
  it.each(cases)('$name', async ({plant, command, code, stderr}) => {
    const world = await makeWorld()
    plant(world)
    const before = worldTree(world)
    const result = await runCli(world.root, ...command)
    expect(result.stderr).toBe(stderr.replaceAll('{base}', world.base))
    expect(result.code).toBe(code)
    if (code === 2) expect(worldTree(world)).toEqual(before)
    const outside = (tree: Map<string, string>) =>
      [...tree].filter(([file]) => file === 'outside' || file.startsWith('outside/'))
    expect(outside(worldTree(world))).toEqual(outside(before))
  })
})
