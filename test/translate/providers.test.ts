/**
 * The hosted engines' providers against a local server of their documented protocols
 * (fake-engines.ts), and the run's behaviour around them: the gate, the retry alone, the back-off,
 * the cache, the budget, the person's translations left alone.
 */
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {docsProject} from '../helpers.js'
import {openProject} from '../../src/index.js'
import {createProvider} from '../../src/translate/providers/index.js'
import {ProviderError} from '../../src/translate/types.js'
import {startFakeEngines, type Engine, type FakeEngines} from './fake-engines.js'

const page = `---
title: Store
---

# The store

The package manager keeps a single copy of every package on the disk.

Run \`pnpm store prune\` to remove the packages that no project uses anymore.
`

const spanish: Record<string, string> = {
  Store: 'Almacén',
  'The store': 'El almacén',
  'The package manager keeps a single copy of every package on the disk.':
    'El gestor de paquetes guarda una sola copia de cada paquete en el disco.',
  'Run <x id="1"/> to remove the packages that no project uses anymore.':
    'Ejecuta <x id="1"/> para quitar los paquetes que ya no usa ningún proyecto.'
}
const french = 'Le gestionnaire de paquets conserve une seule copie de chaque paquet sur le disque.'

const expectedCatalog = {
  'fm-title': 'Almacén',
  'h-el-almacen': 'El almacén',
  p1: 'El gestor de paquetes guarda una sola copia de cada paquete en el disco.',
  p2: 'Ejecuta <1/> para quitar los paquetes que ya no usa ningún proyecto.'
}

let engines: FakeEngines
beforeAll(async () => {
  engines = await startFakeEngines((text) => spanish[text] ?? `?${text}`)
})
afterAll(() => engines.close())
beforeEach(() => {
  engines.requests.length = 0
  engines.overrides.length = 0
})

const env = {
  OPENAI_API_KEY: 'sk-test',
  ANTHROPIC_API_KEY: 'ant-test',
  DEEPL_AUTH_KEY: 'deepl-test',
  GOOGLE_CLOUD_ACCESS_TOKEN: 'ya29.test'
}

function providerSettings(engine: Engine): Record<string, unknown> {
  switch (engine) {
    case 'openai':
      return {type: 'openai', baseUrl: `${engines.url}/v1`, model: 'gpt-test'}
    case 'anthropic':
      return {type: 'anthropic', baseUrl: engines.url, model: 'claude-test'}
    case 'deepl':
      return {type: 'deepl', serverUrl: engines.url, formality: {es: 'prefer_less'}}
    case 'google':
      return {type: 'google', baseUrl: engines.url, projectId: 'docs-project'}
    case 'apertium':
      return {type: 'apertium', baseUrl: engines.url}
  }
}

/** A project with the page extracted, whose only provider is `engine`. */
async function projectWith(engine: Engine, translate: Record<string, unknown> = {}) {
  const root = docsProject(
    {store: page},
    {
      languages: ['en', 'es'],
      translate: {providers: {[engine]: providerSettings(engine)}, concurrency: 1, retries: 2, ...translate}
    }
  )
  const project = openProject({root})
  await project.extract()
  return {root, project}
}

/** The catalog with its keys renamed to stable names (`p1`, `p2`) in document order. */
function catalogOf(root: string): Record<string, string> {
  const catalog = JSON.parse(readFileSync(path.join(root, 'locales/es/store.json'), 'utf8')) as Record<string, string>
  let paragraph = 0
  return Object.fromEntries(
    Object.entries(catalog).map(([key, value]) => [
      key.startsWith('p-') ? `p${++paragraph}` : key === 'fm-title' ? key : 'h-el-almacen',
      value
    ])
  )
}

function metaOf(root: string): Record<string, {origin?: string; provider?: string; model?: string}> {
  return (
    JSON.parse(readFileSync(path.join(root, 'locales/es/store.meta.json'), 'utf8')) as {
      entries: Record<string, {origin?: string}>
    }
  ).entries
}

const engineNames: Engine[] = ['openai', 'anthropic', 'deepl', 'google', 'apertium']
const models: Record<Engine, string> = {
  openai: 'gpt-test',
  anthropic: 'claude-test',
  deepl: 'deepl',
  google: 'google-nmt',
  apertium: 'apertium-apy'
}

describe.each(engineNames)('the %s provider against a server of its protocol', (engine) => {
  it('drafts every segment, sent in the protocol’s shape, stored as machine drafts', async () => {
    const {root, project} = await projectWith(engine)
    const result = await project.translate({env})
    expect(result.languages).toEqual([
      {
        language: 'es',
        segments: 4,
        characters: 144,
        estimatedTokens: 36,
        cached: 0,
        drafted: 4,
        rejected: 0,
        overBudget: 0
      }
    ])
    expect(result.rejected).toEqual([])
    expect(catalogOf(root)).toEqual(expectedCatalog)
    expect(Object.values(metaOf(root)).map(({origin, provider, model}) => [origin, provider, model])).toEqual(
      Array(4).fill(['machine', engine, models[engine]])
    )
    const [first] = engines.requests
    const sent = engines.requests.flatMap(({texts}) => texts)
    expect(sent.sort()).toEqual(Object.keys(spanish).sort())
    switch (engine) {
      case 'openai':
        expect([first!.path, first!.headers.authorization, first!.body.model, first!.body.temperature]).toEqual([
          '/v1/chat/completions',
          'Bearer sk-test',
          'gpt-test',
          0
        ])
        break
      case 'anthropic':
        // The client sends the key as `x-api-key` or, in its later versions, as a bearer token.
        expect([
          first!.path,
          `${first!.headers['x-api-key'] ?? first!.headers.authorization}`.replace('Bearer ', ''),
          typeof first!.headers['anthropic-version'],
          first!.body.model,
          first!.body.max_tokens
        ]).toEqual(['/v1/messages', 'ant-test', 'string', 'claude-test', 4096])
        break
      case 'deepl':
        expect([
          first!.path,
          first!.headers.authorization,
          first!.body.target_lang,
          first!.body.source_lang,
          first!.body.tag_handling,
          first!.body.formality
        ]).toEqual(['/v2/translate', 'DeepL-Auth-Key deepl-test', 'es', 'en', 'xml', 'prefer_less'])
        break
      case 'google':
        expect([
          first!.path,
          first!.headers.authorization,
          first!.body.mimeType,
          first!.body.sourceLanguageCode,
          first!.body.targetLanguageCode
        ]).toEqual([
          '/v3/projects/docs-project/locations/global:translateText',
          'Bearer ya29.test',
          'text/html',
          'en',
          'es'
        ])
        break
      case 'apertium':
        expect([first!.path, first!.body.langpair, first!.body.format, first!.body.markUnknown]).toEqual([
          '/translate',
          'en|es',
          'html',
          'no'
        ])
    }
  })

  it('waits out a 429 (Retry-After: 0 here) and retries', async () => {
    const {root, project} = await projectWith(engine)
    engines.overrides.push({
      status: 429,
      headers: {'retry-after': '0'},
      body: '{"error": {"message": "slow down", "type": "rate_limit_error"}}'
    })
    const result = await project.translate({env})
    expect([result.retried, result.languages[0]!.drafted, result.rejected]).toEqual([1, 4, []])
    expect(catalogOf(root)).toEqual(expectedCatalog)
  })

  it('gives a 429’s Retry-After and a 500 to the queue as the provider error', async () => {
    const provider = await createProvider(engine, providerSettings(engine) as never, {env, root: '.', fetch})
    const context = {sourceLanguage: 'en', targetLanguage: 'es'}
    engines.overrides.push({status: 429, headers: {'retry-after': '7'}}, {status: 500})
    const limited = await provider.translate([{text: 'Store'}], context).catch((error: ProviderError) => error)
    const failed = await provider.translate([{text: 'Store'}], context).catch((error: ProviderError) => error)
    expect(limited).toBeInstanceOf(ProviderError)
    // deepl-node keeps the status and the header to itself: its error class says "too many requests".
    expect([(limited as ProviderError).retryable, (limited as ProviderError).options.retryAfter]).toEqual([
      true,
      engine === 'deepl' ? undefined : 7
    ])
    expect([failed instanceof ProviderError, (failed as ProviderError).retryable]).toEqual([true, false])
  })
})

describe('a run around its provider', () => {
  it('retries alone each segment of a batch whose answer was malformed', async () => {
    const {root, project} = await projectWith('openai')
    engines.overrides.push({raw: 'Sure! Here are your translations.'})
    const result = await project.translate({env})
    expect([result.requests, result.languages[0]!.drafted]).toEqual([5, 4])
    expect(engines.requests.map(({texts}) => texts.length)).toEqual([4, 1, 1, 1, 1])
    expect(catalogOf(root)).toEqual(expectedCatalog)
  })

  it('names the problem of a wrong-language answer in the retry, and leaves it missing when the retry is wrong too', async () => {
    const {root, project} = await projectWith('openai')
    const wrong = (texts: string[]) =>
      texts.map((text) => (text.startsWith('The package manager') ? french : spanish[text]!))
    engines.overrides.push({texts: wrong}, {texts: wrong})
    const result = await project.translate({env})
    expect(result.languages[0]).toMatchObject({drafted: 3, rejected: 1})
    expect(
      result.rejected.map(({language, namespace, file, line, reason}) => ({
        language,
        namespace,
        file,
        line,
        reason: reason.split(':')[0]
      }))
    ).toEqual([{language: 'es', namespace: 'store', file: 'docs/store.md', line: 7, reason: 'script'}])
    const retry = JSON.parse((engines.requests[1]!.body.messages as Array<{content: string}>)[1]!.content) as {
      segments: Array<{text: string; problem?: string}>
    }
    expect(
      retry.segments.map(({text, problem}) => [
        text,
        problem?.startsWith('Your last translation was rejected: script:')
      ])
    ).toEqual([['The package manager keeps a single copy of every package on the disk.', true]])
    expect(catalogOf(root)).toEqual({...expectedCatalog, p1: ''})
  })

  it('rejects an answer that lost a tag, and keeps the retry that has it', async () => {
    const {root, project} = await projectWith('openai')
    engines.overrides.push({texts: (texts) => texts.map((text) => spanish[text]!.replace('<x id="1"/>', 'pnpm'))})
    const result = await project.translate({env})
    expect([result.requests, result.languages[0]!.drafted, result.rejected]).toEqual([2, 4, []])
    expect(catalogOf(root)).toEqual(expectedCatalog)
  })

  it('stops at a refused key, naming it, with nothing written', async () => {
    const {root, project} = await projectWith('openai')
    engines.overrides.push({
      status: 401,
      body: '{"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}}'
    })
    await expect(project.translate({env})).rejects.toThrow(/401/)
    expect(catalogOf(root)).toEqual({'fm-title': '', 'h-el-almacen': '', p1: '', p2: ''})
  })

  it('never sends or touches a person’s translation; drafts a stale machine draft again only with `stale`', async () => {
    const {root, project} = await projectWith('openai')
    const catalogFile = path.join(root, 'locales/es/store.json')
    const written = JSON.parse(readFileSync(catalogFile, 'utf8')) as Record<string, string>
    const [title, heading] = Object.keys(written)
    writeFileSync(catalogFile, JSON.stringify({...written, [title!]: 'Depósito'}, null, 2) + '\n')
    await project.extract()
    await project.translate({env})
    expect(engines.requests.flatMap(({texts}) => texts).sort()).toEqual(
      Object.keys(spanish)
        .filter((text) => text !== 'Store')
        .sort()
    )
    expect(catalogOf(root)).toEqual({...expectedCatalog, 'fm-title': 'Depósito'})
    // The source changes under both the person's title and the machine's heading.
    const source = path.join(root, 'docs/store.md')
    writeFileSync(
      source,
      readFileSync(source, 'utf8').replace('title: Store', 'title: Stores').replace('# The store', '# The store.')
    )
    await project.extract()
    engines.requests.length = 0
    engines.overrides.push({texts: (texts) => texts.map(() => 'El almacén.')})
    await project.translate({env})
    expect(engines.requests).toEqual([])
    await project.translate({env, stale: true})
    expect(engines.requests.flatMap(({texts}) => texts)).toEqual(['The store.'])
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8')) as Record<string, string>
    expect([catalog[title!], catalog[heading!]]).toEqual(['Depósito', 'El almacén.'])
  })

  it('counts without sending on a dry run, and stops cleanly at the character budget', async () => {
    const {root, project} = await projectWith('openai')
    const dry = await project.translate({env, dryRun: true})
    expect([dry.dryRun, dry.requests, dry.written, dry.languages]).toEqual([
      true,
      0,
      [],
      [
        {
          language: 'es',
          segments: 4,
          characters: 144,
          estimatedTokens: 36,
          cached: 0,
          drafted: 0,
          rejected: 0,
          overBudget: 0
        }
      ]
    ])
    const capped = await project.translate({env, maxChars: 20})
    expect([capped.stoppedAtBudget, capped.languages[0]]).toEqual([
      true,
      {
        language: 'es',
        segments: 2,
        characters: 14,
        estimatedTokens: 4,
        cached: 0,
        drafted: 2,
        rejected: 0,
        overBudget: 2
      }
    ])
    expect(catalogOf(root)).toEqual({...expectedCatalog, p1: '', p2: ''})
  })

  it('sends nothing twice: a rerun after the drafts were thrown away is answered by the cache', async () => {
    const {root, project} = await projectWith('openai')
    await project.translate({env})
    rmSync(path.join(root, 'locales/es/store.json'))
    rmSync(path.join(root, 'locales/es/store.meta.json'))
    await project.extract()
    engines.requests.length = 0
    const again = await project.translate({env})
    expect([engines.requests.length, again.requests, again.languages[0]!.cached, again.languages[0]!.drafted]).toEqual([
      0, 0, 4, 4
    ])
    expect(catalogOf(root)).toEqual(expectedCatalog)
  })

  it('runs a `command` provider: a JSON batch on stdin, one on stdout', async () => {
    const root = docsProject({store: page}, {languages: ['en', 'es']})
    const table = JSON.stringify(spanish)
    writeFileSync(
      path.join(root, 'mt.mjs'),
      `let input = ''\nprocess.stdin.on('data', (c) => (input += c)).on('end', () => {\n  const batch = JSON.parse(input)\n  const table = ${table}\n  process.stdout.write(JSON.stringify({translations: batch.units.map((unit) => table[unit.text])}))\n})\n`
    )
    writeFileSync(
      path.join(root, 'md-l10n.config.json'),
      JSON.stringify({
        sourceDir: 'docs',
        sourceLanguage: 'en',
        languages: ['en', 'es'],
        translate: {providers: {mine: {type: 'command', command: [process.execPath, 'mt.mjs']}}}
      })
    )
    const project = openProject({root})
    await project.extract()
    const result = await project.translate({})
    expect([result.provider, result.requests, result.languages[0]!.drafted]).toEqual(['mine', 1, 4])
    expect(catalogOf(root)).toEqual(expectedCatalog)
  })
})
