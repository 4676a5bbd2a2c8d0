import {describe, expect, it, beforeEach} from 'vitest'
import {cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {main} from '../../src/cli/main.js'
import {memoryOutput} from '../../src/cli/io.js'
import {projectRoot} from '../helpers.js'

let root: string

/** A copy of this repository's project (sources and catalogs) in a temporary folder. */
function copyProject(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'md-l10n-cli-'))
  cpSync(path.join(projectRoot, 'source'), path.join(folder, 'source'), {recursive: true})
  cpSync(path.join(projectRoot, 'locales'), path.join(folder, 'locales'), {recursive: true})
  return folder
}

async function run(...argv: string[]) {
  const output = memoryOutput()
  const code = await main([...argv, '--cwd', root], output)
  return {code, ...output}
}

/** Every file under a folder with its content, for "nothing changed" assertions. */
function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name)
      files.set(path.relative(folder, file), readFileSync(file, 'utf8'))
    }
  }
  return files
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
