/**
 * Machine drafts in build and coverage (`machineTranslations`, `machineTranslated: true`,
 * `minCoverageCounts`), and the `translate` command's output.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {docsProject, runCli} from '../helpers.js'
import {openProject} from '../../src/index.js'
import {startFakeEngines, type FakeEngines} from './fake-engines.js'

const page = `---
title: Store
---

# The store

The package manager keeps a single copy of every package on the disk.
`
const spanish: Record<string, string> = {
  Store: 'Almacén',
  'The store': 'El almacén',
  'The package manager keeps a single copy of every package on the disk.':
    'El gestor de paquetes guarda una sola copia de cada paquete en el disco.'
}

let engines: FakeEngines
beforeAll(async () => {
  engines = await startFakeEngines((text) => spanish[text]!)
})
afterAll(() => engines.close())

/** Drafts for every segment, then a person's translation of the title. */
async function drafted(config: Record<string, unknown> = {}) {
  const root = docsProject(
    {store: page},
    {languages: ['en', 'es'], translate: {providers: {apertium: {type: 'apertium', baseUrl: engines.url}}}, ...config}
  )
  const project = openProject({root})
  await project.extract()
  await project.translate({})
  const file = path.join(root, 'locales/es/store.json')
  writeFileSync(file, readFileSync(file, 'utf8').replace('"Almacén"', '"Depósito"'))
  await project.extract()
  return {root, project}
}

describe('machine drafts in build and coverage', () => {
  it('are published by default, the page saying machineTranslated: true', async () => {
    const {root, project} = await drafted()
    const build = await project.build({languages: ['es']})
    expect(build.languages.map(({language, translated, total}) => [language, translated, total])).toEqual([
      ['es', 3, 3]
    ])
    expect(readFileSync(path.join(root, 'dist/docs/es/store.md'), 'utf8')).toMatch(
      /^---\ntitle: Depósito\nlang: es\nsourceVersion: (?:"[0-9][0-9a-f]{7}"|[a-f][0-9a-f]{7})\nmachineTranslated: true\n---\n\n# El almacén\n\nEl gestor de paquetes guarda una sola copia de cada paquete en el disco\.\n$/
    )
  })

  it('fall back to the source with machineTranslations: "fallback", and count as missing', async () => {
    const {root, project} = await drafted({machineTranslations: 'fallback'})
    const build = await project.build({languages: ['es']})
    expect(build.languages.map(({language, translated, total}) => [language, translated, total])).toEqual([
      ['es', 1, 3]
    ])
    expect(readFileSync(path.join(root, 'dist/docs/es/store.md'), 'utf8')).toMatch(
      /^---\ntitle: Depósito\nlang: es\nsourceVersion: (?:"[0-9][0-9a-f]{7}"|[a-f][0-9a-f]{7})\noutdated: true\n---\n\n# The store\n\nThe package manager keeps a single copy of every package on the disk\.\n$/
    )
  })

  it('are counted apart in coverage; minCoverageCounts: "reviewed" gates on the person’s translations only', async () => {
    const {project} = await drafted({minCoverage: 50})
    const es = (await project.coverage()).languages.find(({language}) => language === 'es')!
    expect([es.translated, es.machine, es.percent, es.reviewedPercent, es.passed]).toEqual([3, 2, 100, 33.3, true])
    const strict = await drafted({minCoverage: 50, minCoverageCounts: 'reviewed'})
    const gated = (await strict.project.coverage()).languages.find(({language}) => language === 'es')!
    expect([gated.percent, gated.reviewedPercent, gated.passed]).toEqual([100, 33.3, false])
  })
})

describe('md-l10n translate', () => {
  it('prints what a dry run would send, then what a run drafted, per language', async () => {
    const root = docsProject(
      {store: page},
      {languages: ['en', 'es'], translate: {providers: {apertium: {type: 'apertium', baseUrl: engines.url}}}}
    )
    await runCli(root, 'extract')
    const dry = await runCli(root, 'translate', '--dry-run')
    expect([dry.code, dry.stdout]).toEqual([
      0,
      'es: 3 segments to draft, 83 characters, ~21 tokens to send\ndry run: nothing sent to apertium (apertium-apy), nothing written\n'
    ])
    const run = await runCli(root, 'translate', '--language', 'es')
    expect([run.code, run.stdout]).toEqual([
      0,
      'es: 3 drafted, 0 rejected (83 characters, ~21 tokens sent)\n3 requests to apertium (apertium-apy); 2 files written\n'
    ])
  })

  it('refuses a budget that is not a number and a provider that is not configured', async () => {
    const root = docsProject(
      {store: page},
      {languages: ['en', 'es'], translate: {providers: {apertium: {type: 'apertium', baseUrl: engines.url}}}}
    )
    expect(await runCli(root, 'translate', '--max-chars', 'lots')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'md-l10n translate: `--max-chars lots` is not a number of characters, expected a whole number such as 200000 or 200k\n'
    })
    const unknown = await runCli(root, 'translate', '--provider', 'nope')
    expect([unknown.code, unknown.stderr.split(': ').slice(0, 2).join(': ')]).toEqual([
      2,
      'md-l10n translate: md-l10n.config.json'
    ])
    expect(unknown.stderr).toContain(
      '`nope` is not one of `apertium`, `openai`, `anthropic`, `deepl`, `google`, `command`'
    )
  })
})
