/**
 * Threat: folder settings that overlap make md-l10n's outputs its inputs, or its output folder the
 * project itself: `build` overwrites working catalogs, prunes files it did not write, or writes over
 * the sources. Defence: overlapping settings exit 2 when the config is read, before anything is
 * touched (`config/overlaps`). A source folder that holds the others (`"sourceDir": "."`) is
 * allowed: the sources are listed without `outDir` and `localesDir`, as the last case shows.
 */
import {describe, expect, it} from 'vitest'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree} from './world.js'

const config = 'md-l10n.config.json'

const cases: Array<{settings: Record<string, string>; message: string}> = [
  {
    settings: {outDir: '.'},
    message:
      '`outDir` is ".", the project root: `build` would write over the project\'s own files and remove those it did not write; name a folder of its own'
  },
  {
    settings: {outDir: './'},
    message:
      '`outDir` is "./", the project root: `build` would write over the project\'s own files and remove those it did not write; name a folder of its own'
  },
  {
    settings: {localesDir: '.'},
    message:
      '`localesDir` is ".", the project root: every folder of the project would be read as a language\'s catalogs; name a folder of its own'
  },
  {
    settings: {localesDir: 'dist/locales'},
    message:
      '`localesDir` ("dist/locales") is inside `outDir` ("dist"): `build` would overwrite the working catalogs with its exports and drop every translation it cannot use'
  },
  {
    settings: {localesDir: 'out', outDir: 'out/'},
    message:
      '`localesDir` ("out") is the same folder as `outDir` ("out/"): each needs a folder of its own (`build` would overwrite the working catalogs with its exports and drop every translation it cannot use)'
  },
  {
    settings: {sourceDir: 'dist/en'},
    message:
      '`sourceDir` ("dist/en") is inside `outDir` ("dist"): `build` writes and prunes its output folder: it would overwrite or remove the sources'
  },
  {
    settings: {outDir: 'locales/site'},
    message:
      '`outDir` ("locales/site") is inside `localesDir` ("locales"): `build`\'s exported catalogs would be read as working catalogs'
  },
  {
    settings: {sourceDir: './locales/docs'},
    message:
      '`sourceDir` ("./locales/docs") is inside `localesDir` ("locales"): the sources would be listed among the catalogs'
  }
]

describe('folder settings that overlap exit 2 at config load and touch nothing', () => {
  it.each(cases)('$settings', async ({settings, message}) => {
    const world = await makeWorld()
    writeFileSync(
      path.join(world.root, config),
      `${JSON.stringify({sourceLanguage: 'en', languages: ['fr'], ...settings}, null, 2)}\n`
    )
    const before = worldTree(world)
    const result = await runCli(world.root, 'build')
    expect(result.stderr).toBe(`md-l10n build: ${config}: ${message}\n`)
    expect(result.code).toBe(2)
    expect(worldTree(world)).toEqual(before)
  })
})

it('a source folder at the root does not read its own outputs back: a second build writes what the first did', async () => {
  const world = await makeWorld()
  writeFileSync(path.join(world.root, 'index.md'), '# Home\n\nThe home page.\n')
  writeFileSync(
    path.join(world.root, config),
    `${JSON.stringify({sourceLanguage: 'en', languages: ['fr'], sourceDir: '.'}, null, 2)}\n`
  )
  expect((await runCli(world.root, 'extract')).code).toBe(0)
  expect((await runCli(world.root, 'build')).code).toBe(0)
  const built = [...worldTree(world).keys()].filter((file) => file.startsWith('project/dist/docs/')).sort()
  expect(built).toEqual([
    'project/dist/docs/en',
    'project/dist/docs/en/index.md',
    // Files beside the sources are assets, copied beside every language's pages.
    'project/dist/docs/en/md-l10n.config.json',
    'project/dist/docs/en/source',
    'project/dist/docs/en/source/index.md',
    'project/dist/docs/fr',
    'project/dist/docs/fr/index.md',
    'project/dist/docs/fr/md-l10n.config.json',
    'project/dist/docs/fr/source',
    'project/dist/docs/fr/source/index.md'
  ])
  expect((await runCli(world.root, 'extract')).code).toBe(0)
  expect((await runCli(world.root, 'build')).code).toBe(0)
  expect([...worldTree(world).keys()].filter((file) => file.startsWith('project/dist/docs/')).sort()).toEqual(built)
})
