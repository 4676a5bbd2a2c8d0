/**
 * What a machine draft is once stored: marked in the meta, kept apart in the exports (XLIFF
 * `initial`, PO `fuzzy` and `#. machine`), accepted by a reviewer's import, never memory.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {docsProject} from '../helpers.js'
import {openProject} from '../../src/index.js'
import {startFakeEngines, type FakeEngines} from './fake-engines.js'

const page = `# The store

The package manager keeps a single copy of every package on the disk.
`
const spanish: Record<string, string> = {
  'The store': 'El almacén',
  'The package manager keeps a single copy of every package on the disk.':
    'El gestor de paquetes guarda una sola copia de cada paquete en el disco.'
}

let engines: FakeEngines
beforeAll(async () => {
  engines = await startFakeEngines((text) => spanish[text]!)
})
afterAll(() => engines.close())

/** A project whose two segments are machine drafts in Spanish. */
async function drafted() {
  const root = docsProject(
    {store: page},
    {
      languages: ['en', 'es'],
      translate: {providers: {llm: {type: 'openai', baseUrl: `${engines.url}/v1`, model: 'gpt-test'}}}
    }
  )
  const project = openProject({root})
  await project.extract()
  await project.translate({env: {OPENAI_API_KEY: 'sk-test'}})
  const keys = Object.keys(
    JSON.parse(readFileSync(path.join(root, 'locales/es/store.json'), 'utf8')) as Record<string, string>
  )
  return {root, project, keys}
}

const metaOf = (root: string) =>
  (
    JSON.parse(readFileSync(path.join(root, 'locales/es/store.meta.json'), 'utf8')) as {
      entries: Record<string, Record<string, string>>
    }
  ).entries

describe('a stored machine draft', () => {
  it('is exported to XLIFF as `initial`, with the provider and model in a note', async () => {
    const {project} = await drafted()
    const {text, units} = await project.export({language: 'es', format: 'xliff'})
    expect(units).toEqual({current: 2, stale: 0, missing: 0})
    expect(text.match(/<segment[^>]*>/g)).toEqual([
      '<segment state="initial" subState="md-l10n:machine">',
      '<segment state="initial" subState="md-l10n:machine">'
    ])
    expect(text.match(/<note category="machine">[^<]*<\/note>/g)).toEqual(
      Array(2).fill('<note category="machine">machine translation (llm, gpt-test)</note>')
    )
  })

  it('is exported to PO as fuzzy, with `#. machine translation`', async () => {
    const {project} = await drafted()
    const {text} = await project.export({language: 'es', format: 'po'})
    expect(text.match(/^#[.,] .*$/gm)).toEqual([
      '#. machine translation (llm, gpt-test)',
      '#, fuzzy',
      '#. machine translation (llm, gpt-test)',
      '#, fuzzy'
    ])
  })

  it('becomes a person’s translation when a reviewer marks it done unchanged, and stays a draft while fuzzy', async () => {
    const {root, project, keys} = await drafted()
    const {text} = await project.export({language: 'es', format: 'po'})
    // The reviewer accepts the heading (clears its fuzzy flag) and leaves the paragraph fuzzy.
    const reviewed = text.replace(/#, fuzzy\n(msgctxt "store:h-)/, '$1')
    writeFileSync(path.join(root, 'es.po'), reviewed)
    const imported = await project.import({language: 'es', from: path.join(root, 'es.po')})
    expect(imported.documents).toEqual([{namespace: 'store', updated: 1, stale: 0}])
    const meta = metaOf(root)
    expect([meta[keys[0]!]!.origin, meta[keys[1]!]!.origin]).toEqual([undefined, 'machine'])
  })

  it('is not memory: extract fills no other segment from it', async () => {
    const {root, project} = await drafted()
    writeFileSync(path.join(root, 'docs/other.md'), page)
    await project.extract()
    const other = JSON.parse(readFileSync(path.join(root, 'locales/es/other.json'), 'utf8')) as Record<string, string>
    expect(Object.values(other)).toEqual(['', ''])
  })

  it('stops being a draft once a person edits it', async () => {
    const {root, project, keys} = await drafted()
    const file = path.join(root, 'locales/es/store.json')
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    writeFileSync(file, `${JSON.stringify({...catalog, [keys[0]!]: 'El depósito'}, null, 2)}\n`)
    await project.extract()
    const meta = metaOf(root)
    expect([meta[keys[0]!]!.origin, meta[keys[1]!]!.origin, meta[keys[1]!]!.provider, meta[keys[1]!]!.model]).toEqual([
      undefined,
      'machine',
      'llm',
      'gpt-test'
    ])
  })
})
