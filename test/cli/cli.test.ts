import {describe, expect, it, beforeEach} from 'vitest'
import {readFileSync, readdirSync, writeFileSync, existsSync, rmSync} from 'node:fs'
import path from 'node:path'
import {main} from '../../src/cli/main.js'
import {memoryOutput} from '../../src/cli/io.js'
import {copyProject, snapshot} from '../helpers.js'

let root: string

async function run(...argv: string[]) {
  const output = memoryOutput()
  const code = await main([...argv, '--cwd', root], output)
  return {code, ...output}
}

beforeEach(() => {
  root = copyProject()
})

describe('md-l10n CLI on the article', () => {
  it('lists the footer languages as JSON', async () => {
    const {code, stdout} = await run('languages', '--json')
    expect(code).toBe(0)
    const languages = JSON.parse(stdout) as Array<{tag: string; name: string}>
    expect(languages.map(({tag}) => tag)).toEqual(['zh-Hans', 'en', 'vi', 'zh-Hant', 'es', 'ru', 'fr-002', 'pt-PT', 'id', 'ja', 'ar', 'uk', 'pt-BR'])
    expect(languages.find(({tag}) => tag === 'fr-002')!.name).toBe('Français (Afrique)')
  })

  it('builds 13 documents, the source one byte-identical, RTL marked for Arabic', async () => {
    const {code} = await run('build')
    expect(code).toBe(0)
    const docs = readdirSync(path.join(root, 'dist/docs'))
    expect(docs).toHaveLength(13)
    const source = readFileSync(path.join(root, 'source/openai-palace-drama.md'), 'utf8')
    expect(readFileSync(path.join(root, 'dist/docs/id/openai-palace-drama.md'), 'utf8')).toBe(source)
    const arabic = readFileSync(path.join(root, 'dist/docs/ar/openai-palace-drama.md'), 'utf8')
    expect(arabic).toMatch(/\nlang: ar\ndir: rtl\nsourceVersion: [0-9a-f]{8}\n---\n/)
    const exported = JSON.parse(readFileSync(path.join(root, 'dist/locales/id/openai-palace-drama.json'), 'utf8'))
    expect(Object.keys(exported).length).toBeGreaterThan(60)
  })

  it('rebuilds what changed and only that on an incremental build', async () => {
    expect((await run('build')).code).toBe(0)
    const english = path.join(root, 'dist/docs/en/openai-palace-drama.md')
    const japanese = path.join(root, 'dist/docs/ja/openai-palace-drama.md')
    const before = readFileSync(japanese, 'utf8')
    const catalogFile = path.join(root, 'locales/en/openai-palace-drama.json')
    const catalog = JSON.parse(readFileSync(catalogFile, 'utf8'))
    catalog['ln-6c2dc1e0'] = 'Share this'
    writeFileSync(catalogFile, JSON.stringify(catalog, null, 2))
    expect((await run('build')).code).toBe(0)
    expect(readFileSync(english, 'utf8')).toContain('\n  • Share this\n')
    expect(readFileSync(japanese, 'utf8')).toBe(before)
    // A deleted output folder is rebuilt whole: what claims it is up to date lives inside it.
    rmSync(path.join(root, 'dist'), {recursive: true})
    expect((await run('build')).code).toBe(0)
    expect(readFileSync(japanese, 'utf8')).toBe(before)
  })

  it('extract is idempotent on synced catalogs', async () => {
    await run('extract')
    const before = snapshot(path.join(root, 'locales'))
    const {code} = await run('extract')
    expect(code).toBe(0)
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
  })

  it('marks a changed source segment stale and keeps its translation', async () => {
    await run('extract')
    const file = path.join(root, 'source/openai-palace-drama.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Sumber asli: Laboratorium berbasis silikon', 'Sumber asli: Laboratorium berbasis silikon.'))
    const {stdout} = await run('extract')
    expect(stdout).toMatch(/en: .*1 stale/)
    const coverage = await run('coverage', '--format', 'json', '--min', '100')
    expect(coverage.code).toBe(1)
    const english = JSON.parse(coverage.stdout).languages.find((row: {language: string}) => row.language === 'en')
    expect(english.stale).toBe(1)
  })

  it('pseudo-localizes and builds the pseudo-locale on request', async () => {
    expect((await run('pseudo')).code).toBe(0)
    expect((await run('build', '--language', 'qps-ploc')).code).toBe(0)
    const pseudo = readFileSync(path.join(root, 'dist/docs/qps-ploc/openai-palace-drama.md'), 'utf8')
    expect(pseudo).toContain('lang: qps-ploc')
    expect(pseudo).toContain('[Ķöɱéñţåŕ')
  })
})

describe('bad input', () => {
  it('reports a malformed catalog with file and line, exit 2, nothing written', async () => {
    const catalog = path.join(root, 'locales/en/openai-palace-drama.json')
    writeFileSync(catalog, readFileSync(catalog, 'utf8').replace('",\n  "p-bd9c5de6"', '"\n  "p-bd9c5de6"'))
    const before = snapshot(root)
    const {code, stderr} = await run('extract')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^md-l10n extract: locales\/en\/openai-palace-drama\.json:\d+: malformed JSON/)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(snapshot(root)).toEqual(before)
  })

  it('rejects an invalid language tag in the config', async () => {
    writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({languages: ['en', '../../x']}))
    const {code, stderr} = await run('build')
    expect(code).toBe(2)
    expect(stderr).toMatch(/md-l10n\.config\.json: `languages` has "\.\.\/\.\.\/x", expected a BCP 47 language tag/)
    expect(existsSync(path.join(root, 'dist'))).toBe(false)
  })

  it('rejects an unknown command and an unknown option with exit 2', async () => {
    expect((await run('translate')).code).toBe(2)
    const {code, stderr} = await run('build', '--fast')
    expect(code).toBe(2)
    expect(stderr).toMatch(/--fast/)
  })

  it('prints help for every command', async () => {
    for (const command of ['languages', 'extract', 'pseudo', 'build', 'coverage', 'check']) {
      const {code, stdout} = await run(command, '--help')
      expect(code).toBe(0)
      expect(stdout).toContain(`md-l10n ${command}`)
    }
  })
})
