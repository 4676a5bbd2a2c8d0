/**
 * Pages a generator would reject are `check` errors, and one such page never stops the build of
 * the others (issue: checks a docs team can gate on).
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {copyProject, runCli, temporaryFolder} from '../helpers.js'

function project(files: Record<string, string>, config: Record<string, unknown>): string {
  const root = temporaryFolder()
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
    writeFileSync(path.join(root, file), text)
  }
  writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify(config))
  return root
}

describe('a leading block that is not a YAML mapping', () => {
  // CommonMark spec example: a thematic break, a setext heading, a thematic break, a paragraph.
  const spec = '---\nFoo\n---\nBar\n---\nBaz\n'

  it('is markdown: its headings are segments, and build writes every page in every language', async () => {
    const root = project(
      {'docs/spec.md': spec, 'docs/other.md': '# Lain\n\nTeks.\n'},
      {sourceLanguage: 'id', languages: ['id', 'fr', 'de'], sourceDir: 'docs'}
    )
    const api = openProject({root})
    await api.extract()
    expect(Object.keys(JSON.parse(readFileSync(path.join(root, 'locales/fr/spec.json'), 'utf8')))).toEqual([
      'h-1cbec737',
      'h-95d64cac',
      'p-bc541a4c'
    ])
    const result = await api.build()
    for (const language of ['id', 'fr', 'de']) {
      expect(readFileSync(path.join(root, `dist/docs/${language}/spec.md`), 'utf8')).toBe(spec)
      expect(readFileSync(path.join(root, `dist/docs/${language}/other.md`), 'utf8')).toContain('Teks.')
    }
    expect(result.documents).toBe(6)
  })
})

describe('check reads an MDX page as MDX', () => {
  it('indented JSX is not code: a translated text inside it is no structure error', async () => {
    const source = '# Judul\n\n<Tabs>\n  <TabItem value="a">\n\n    Teks di dalam tab.\n\n  </TabItem>\n</Tabs>\n'
    const root = project(
      {'docs/intro.mdx': source},
      {sourceLanguage: 'id', languages: ['id', 'fr'], sourceDir: 'docs', dialect: 'docusaurus'}
    )
    expect((await runCli(root, 'extract')).code).toBe(0)
    const file = path.join(root, 'locales/fr/intro.json')
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    const french: Record<string, string> = {Judul: 'Titre', 'Teks di dalam tab.': 'Le texte de l’onglet.'}
    const source_ = JSON.parse(readFileSync(path.join(root, 'locales/id/intro.json'), 'utf8')) as Record<string, string>
    for (const key of Object.keys(catalog)) catalog[key] = french[source_[key]!]!
    expect(Object.values(catalog)).toEqual(['Titre', 'Le texte de l’onglet.'])
    writeFileSync(file, JSON.stringify(catalog))
    const check = await runCli(root, 'check', '--format', 'json')
    expect((JSON.parse(check.stdout) as {problems: unknown[]}).problems).toEqual([])
    expect(check.code).toBe(0)
  })
})

describe('check on a pseudo-locale', () => {
  it('runs the checks that do not judge a language, and the pseudo-localized article passes them', async () => {
    const root = copyProject()
    expect((await runCli(root, 'pseudo')).code).toBe(0)
    const check = await runCli(root, 'check', '--language', 'qps-ploc', '--format', 'json')
    expect(check.stderr).toBe('')
    expect((JSON.parse(check.stdout) as {problems: unknown[]}).problems).toEqual([])
    expect(check.code).toBe(0)
  })

  it('reports what a pseudo translation breaks: a dropped tag', async () => {
    const root = project(
      {'docs/guide.md': '# Panduan\n\nBaca [panduan](/guide) dan jalankan `pnpm i`.\n'},
      {sourceLanguage: 'id', languages: ['id', 'fr'], sourceDir: 'docs'}
    )
    expect((await runCli(root, 'extract')).code).toBe(0)
    expect((await runCli(root, 'pseudo')).code).toBe(0)
    const file = path.join(root, 'locales/qps-ploc/guide.json')
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    const [key, text] = Object.entries(catalog).find(([, value]) => /<\d+\/?>/.test(value))!
    writeFileSync(file, JSON.stringify({...catalog, [key]: text.replace(/<\/?\d+\/?>/g, '')}))
    const check = await runCli(root, 'check', '--language', 'qps-ploc', '--format', 'json')
    const problems = (JSON.parse(check.stdout) as {problems: Array<{check: string; key: string; messageId: string}>})
      .problems
    expect(problems.map(({check, key, messageId}) => `${check} ${key} ${messageId}`)).toEqual([
      `tags ${key} missingTag`,
      `tags ${key} missingTag`
    ])
    expect(check.code).toBe(1)
  })
})
