/**
 * Threat: folder settings that overlap make md-l10n's outputs its inputs, or its output folder the
 * project itself: `build` overwrites working catalogs, prunes files it did not write, or reads its
 * own outputs back as sources. Defence: overlapping settings exit 2 when the config is read,
 * before anything is touched (`config/overlaps`).
 */
import {describe, expect, it} from 'vitest'
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree} from './world.js'

const config = 'md-l10n.config.json'

const cases: Array<{settings: Record<string, string>; message: string}> = [
  {settings: {outDir: '.'}, message: '`outDir` is ".", the project root: `build` would write over the project\'s own files and remove those it did not write; name a folder of its own'},
  {settings: {outDir: './'}, message: '`outDir` is "./", the project root: `build` would write over the project\'s own files and remove those it did not write; name a folder of its own'},
  {
    settings: {sourceDir: '.'},
    message: '`sourceDir` is ".", the project root: every markdown file of the project would be a source, `build`\'s outputs and `node_modules` included; name a folder of its own'
  },
  {settings: {localesDir: '.'}, message: '`localesDir` is ".", the project root: every folder of the project would be read as a language\'s catalogs; name a folder of its own'},
  {
    settings: {localesDir: 'dist/locales'},
    message: '`localesDir` ("dist/locales") is inside `outDir` ("dist"): `build` would overwrite the working catalogs with its exports and drop every translation it cannot use'
  },
  {
    settings: {localesDir: 'out', outDir: 'out/'},
    message:
      '`localesDir` ("out") is the same folder as `outDir` ("out/"): each needs a folder of its own (`build` would overwrite the working catalogs with its exports and drop every translation it cannot use)'
  },
  {
    settings: {outDir: 'source/dist'},
    message: '`outDir` ("source/dist") is inside `sourceDir` ("source"): the localized outputs would be read as sources by the next run, and multiply with each run'
  },
  {
    settings: {sourceDir: 'dist/en'},
    message: '`sourceDir` ("dist/en") is inside `outDir` ("dist"): `build` writes and prunes its output folder: it would overwrite or remove the sources'
  },
  {settings: {outDir: 'locales/site'}, message: '`outDir` ("locales/site") is inside `localesDir` ("locales"): `build`\'s exported catalogs would be read as working catalogs'},
  {
    settings: {localesDir: 'source/locales'},
    message: '`localesDir` ("source/locales") is inside `sourceDir` ("source"): the catalogs would be copied into every language\'s output as assets of the sources'
  },
  {settings: {sourceDir: './locales/docs'}, message: '`sourceDir` ("./locales/docs") is inside `localesDir` ("locales"): the sources would be listed among the catalogs'}
]

describe('folder settings that overlap exit 2 at config load and touch nothing', () => {
  it.each(cases)('$settings', async ({settings, message}) => {
    const world = await makeWorld()
    writeFileSync(path.join(world.root, config), `${JSON.stringify({sourceLanguage: 'en', languages: ['fr'], ...settings}, null, 2)}\n`)
    const before = worldTree(world)
    const result = await runCli(world.root, 'build')
    expect(result.stderr).toBe(`md-l10n build: ${config}: ${message}\n`)
    expect(result.code).toBe(2)
    expect(worldTree(world)).toEqual(before)
  })
})
