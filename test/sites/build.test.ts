/**
 * build under a site layout: each language's pages where the generator reads them, the source
 * language's never rewritten, a human's file never replaced, only build's own outputs withdrawn,
 * and a layout that would write over the sources refused before anything is written.
 */
import {cpSync, existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {openProject} from '../../src/index.js'
import {fixturesDir, runCli, snapshot, temporaryFolder} from '../helpers.js'

function site(generator: string): string {
  const root = temporaryFolder(`md-l10n-${generator}-`)
  cpSync(path.join(fixturesDir, generator, 'init'), root, {recursive: true})
  return root
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8')

/** Translate every key of a page whose source text is in `bySource`. */
function translate(
  root: string,
  language: string,
  namespace: string,
  sourceLanguage: string,
  bySource: Record<string, string>
): void {
  const source = JSON.parse(read(root, `locales/${sourceLanguage}/${namespace}.json`)) as Record<string, string>
  const catalog = Object.fromEntries(Object.entries(source).map(([key, text]) => [key, bySource[text] ?? '']))
  writeFileSync(path.join(root, `locales/${language}/${namespace}.json`), `${JSON.stringify(catalog, null, 2)}\n`)
}

describe('build under a site layout', () => {
  it('Starlight: pages in src/content/docs/<locale>/, the human page kept, untranslated pages left to the fallback', async () => {
    const root = site('starlight')
    await openProject({root}).init({})
    await openProject({root}).extract()
    translate(root, 'fr', 'guides/example', 'en', {
      'Example Guide': 'Guide d’exemple',
      'Guides lead a user through a specific task.': 'Les guides mènent à une tâche précise.'
    })
    translate(root, 'fr', 'index', 'en', {Welcome: 'Bienvenue'})
    const sources = ['src/content/docs/index.mdx', 'src/content/docs/guides/example.md'].map((file) => [
      file,
      read(root, file)
    ])
    const human = read(root, 'src/content/docs/fr/index.mdx')
    const result = await openProject({root}).build()
    expect(
      read(root, 'src/content/docs/fr/guides/example.md').replace(/sourceVersion: \w+/, 'sourceVersion: <hash>')
    ).toBe(
      '---\ntitle: Guide d’exemple\nlang: fr\nsourceVersion: <hash>\n---\n\nLes guides mènent à une tâche précise.\n'
    )
    expect(read(root, 'src/content/docs/fr/index.mdx')).toBe(human)
    expect(existsSync(path.join(root, 'src/content/docs/zh-cn'))).toBe(false)
    for (const [file, text] of sources) expect(read(root, file!)).toBe(text)
    expect(result.written.filter((file) => file.startsWith('src/'))).toEqual(['src/content/docs/fr/guides/example.md'])
    expect(result.kept).toEqual([{language: 'fr', file: 'src/content/docs/fr/index.mdx'}])
  })

  it('a plain build keeps the pseudo-locale pages `build --language qps-ploc` wrote; a page gone from the sources takes only its own outputs', async () => {
    const root = site('vitepress')
    await openProject({root}).init({})
    await openProject({root}).extract()
    expect((await runCli(root, 'pseudo')).code).toBe(0)
    expect((await runCli(root, 'build', '--language', 'qps-ploc')).code).toBe(0)
    expect(existsSync(path.join(root, 'docs/qps-ploc/guide/getting-started.md'))).toBe(true)
    expect((await runCli(root, 'build')).code).toBe(0)
    expect(existsSync(path.join(root, 'docs/qps-ploc/guide/getting-started.md'))).toBe(true)
    expect(read(root, 'docs/ja/guide/getting-started.md')).toContain('untranslated: true')
    rmSync(path.join(root, 'docs/en/guide/what-is-vitepress.md'))
    expect((await runCli(root, 'build')).code).toBe(0)
    expect(existsSync(path.join(root, 'docs/ja/guide/what-is-vitepress.md'))).toBe(false)
    // The human translation stays.
    expect(existsSync(path.join(root, 'docs/zh/guide/what-is-vitepress.md'))).toBe(true)
  })

  it("a layout that would write into the source language's folder exits 2 and writes nothing", async () => {
    const root = site('starlight')
    await openProject({root}).init({})
    await openProject({root}).extract()
    const config = read(root, 'md-l10n.config.json')
      .replace(
        '"sources": [{"dir": "src/content/docs"}]',
        '"sources": [{"dir": "src/content/docs/guides", "layout": "src/content/docs/{locale}/{path}"}]'
      )
      .replace('"locales": {"zh-CN": "zh-cn"}', '"locales": {"zh-CN": "guides"}')
    writeFileSync(path.join(root, 'md-l10n.config.json'), config)
    const before = snapshot(root)
    const {code, stderr} = await runCli(root, 'build')
    expect(code).toBe(2)
    expect(stderr).toContain(
      'puts zh-CN pages in `src/content/docs/guides/`, which holds the source pages of `src/content/docs/guides/`; nothing was written'
    )
    expect(snapshot(root)).toEqual(before)
  })

  it('a language below minCoverage is reported withheld on stderr and in the summary; --strict exits 1', async () => {
    const root = site('hugo')
    await openProject({root}).init({minCoverage: 50})
    await openProject({root}).extract()
    const plain = await runCli(root, 'build')
    expect(plain.code).toBe(0)
    expect(plain.stderr).toContain(
      'warning: zh-Hans withheld: 0% translated, below its minCoverage 50%; none of its pages were written'
    )
    expect(plain.stdout).toContain('withheld (below minCoverage): de-DE, zh-Hans')
    expect(plain.stdout).toContain("into the site's layout")
    expect(existsSync(path.join(root, 'content/_index.zh.md'))).toBe(false)
    const strict = await runCli(root, 'build', '--strict')
    expect(strict.code).toBe(1)
  })

  it("Hugo: routing fields get the locale, so no translation takes the source page's URL", async () => {
    const root = site('hugo')
    await openProject({root}).init({})
    await openProject({root}).extract()
    const result = await openProject({root}).build()
    const page = read(root, 'content/docs/install.zh.md')
    expect(page.split('\n').filter((line) => /^(url|aliases|untranslated):/.test(line))).toEqual([
      'url: /zh/installation/',
      'aliases: [/zh/install/]',
      'untranslated: true'
    ])
    expect(result.kept).toEqual([{language: 'de-DE', file: 'content/docs/install.de.md'}])
    expect(read(root, 'content/docs/install.de.md')).toBe('---\ntitle: Installation\n---\n\nHugo installieren.\n')
  })
})
