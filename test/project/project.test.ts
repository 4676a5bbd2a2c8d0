/**
 * The project API on a copy of this repository's article: what each operation returns and
 * writes. The CLI prints these results (test/cli).
 */
import {describe, expect, it} from 'vitest'
import {existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {copyProject, runCli, snapshot, temporaryFolder} from '../helpers.js'

const article = 'source/openai-palace-drama.md'
const english = 'locales/en/openai-palace-drama.json'
const footerLanguages = [
  'zh-Hans',
  'en',
  'vi',
  'zh-Hant',
  'es',
  'ru',
  'fr-002',
  'pt-PT',
  'id',
  'ja',
  'ar',
  'uk',
  'pt-BR'
]

function editCatalog(root: string, file: string, change: (catalog: Record<string, string>) => void): void {
  const catalog = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<string, string>
  change(catalog)
  writeFileSync(path.join(root, file), `${JSON.stringify(catalog, null, 2)}\n`)
}

describe('openProject', () => {
  it('lists the footer languages with their names as the switcher writes them', async () => {
    const languages = await openProject({root: copyProject()}).languages()
    expect(languages.map(({tag}) => tag)).toEqual(footerLanguages)
    expect(languages.find(({tag}) => tag === 'fr-002')).toEqual({
      tag: 'fr-002',
      name: 'Français (Afrique)',
      source: false
    })
    expect(languages.find(({tag}) => tag === 'id')!.source).toBe(true)
  })

  it('builds 13 documents, the source one byte-identical, RTL marked for Arabic', async () => {
    const root = copyProject()
    const result = await openProject({root}).build()
    expect(result.documents).toBe(13)
    expect(result.languages.map(({language}) => language)).toEqual(footerLanguages)
    expect(result.languages.every(({emitted, percent}) => emitted && percent === 100)).toBe(true)
    expect(readFileSync(path.join(root, 'dist/docs/id/openai-palace-drama.md'), 'utf8')).toBe(
      readFileSync(path.join(root, article), 'utf8')
    )
    expect(readFileSync(path.join(root, 'dist/docs/ar/openai-palace-drama.md'), 'utf8')).toMatch(
      /\nlang: ar\ndir: rtl\nsourceVersion: (?:"[0-9][0-9a-f]{7}"|[a-f][0-9a-f]{7})\n---\n/
    )
    expect(
      Object.keys(JSON.parse(readFileSync(path.join(root, 'dist/locales/id/openai-palace-drama.json'), 'utf8'))).length
    ).toBeGreaterThan(60)
  })

  it('rebuilds what changed and only that', async () => {
    const root = copyProject()
    const project = openProject({root})
    await project.build()
    const japanese = path.join(root, 'dist/docs/ja/openai-palace-drama.md')
    const before = readFileSync(japanese, 'utf8')
    editCatalog(root, english, (catalog) => (catalog['ln-6c2dc1e0'] = 'Share this'))
    expect((await project.build()).written.sort()).toEqual([
      'dist/docs/en/openai-palace-drama.md',
      'dist/locales/en/openai-palace-drama.json'
    ])
    expect(readFileSync(path.join(root, 'dist/docs/en/openai-palace-drama.md'), 'utf8')).toContain('\n  • Share this\n')
    expect(readFileSync(japanese, 'utf8')).toBe(before)
    // A deleted output folder is rebuilt whole: what claims it is up to date lives inside it.
    rmSync(path.join(root, 'dist'), {recursive: true})
    await project.build()
    expect(readFileSync(japanese, 'utf8')).toBe(before)
  })

  it('extracts idempotently', async () => {
    const root = copyProject()
    const project = openProject({root})
    await project.extract()
    const before = snapshot(path.join(root, 'locales'))
    expect((await project.extract()).written).toEqual([])
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
  })

  it('marks a changed source segment stale and keeps its translation', async () => {
    const root = copyProject()
    const project = openProject({root})
    await project.extract()
    const file = path.join(root, article)
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Sumber asli: Laboratorium berbasis silikon',
        'Sumber asli: Laboratorium berbasis silikon.'
      )
    )
    expect((await project.extract()).languages.find(({language}) => language === 'en')).toMatchObject({
      synced: 1,
      stale: 1,
      added: 0
    })
    const englishCoverage = (await project.coverage({min: 100})).languages.find(({language}) => language === 'en')!
    expect(englishCoverage).toMatchObject({stale: 1, passed: false})
  })

  it('returns from coverage() exactly what `coverage --format json` prints', async () => {
    const root = copyProject()
    const report = await openProject({root}).coverage()
    const printed = await runCli(root, 'coverage', '--format', 'json')
    expect(JSON.parse(printed.stdout)).toEqual(report)
  })

  it('counts a translation whose tags are broken the way build does, and marks its document outdated', async () => {
    const root = copyProject()
    const project = openProject({root})
    writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({sourceLanguage: 'id', minCoverage: 90}))
    // The source has no markup here: a tag in the translation stands for nothing.
    editCatalog(root, english, (catalog) => (catalog['p-bd9c5de6'] = 'Original source: <1>silicon</1> lab'))
    const build = await project.build()
    const built = build.languages.find(({language}) => language === 'en')!
    const covered = (await project.coverage()).languages.find(({language}) => language === 'en')!
    expect(build.warnings.map(({key}) => key)).toContain('p-bd9c5de6')
    expect(covered.translated).toBe(built.translated)
    expect(covered.total).toBe(built.total)
    expect(covered.translated).toBeLessThan(covered.total)
    expect(readFileSync(path.join(root, 'dist/docs/en/openai-palace-drama.md'), 'utf8')).toMatch(/\noutdated: true\n/)
  })

  it('builds only the languages asked for, keeps the others, and a plain build keeps the pseudo-locale pages (issue 30)', async () => {
    const root = copyProject()
    const project = openProject({root})
    await project.build()
    const french = path.join(root, 'dist/docs/fr-002/openai-palace-drama.md')
    const frenchBefore = readFileSync(french, 'utf8')
    await project.pseudo()
    const pseudo = await project.build({languages: ['qps-ploc']})
    expect(pseudo.languages.map(({language}) => language)).toEqual(['qps-ploc'])
    expect(readFileSync(path.join(root, 'dist/docs/qps-ploc/openai-palace-drama.md'), 'utf8')).toContain('[Ķöɱéñţåŕ')
    expect(readFileSync(french, 'utf8')).toBe(frenchBefore)
    const plain = await project.build()
    expect(plain.removed).toEqual([])
    expect(existsSync(path.join(root, 'dist/docs/qps-ploc/openai-palace-drama.md'))).toBe(true)
    expect(readdirSync(path.join(root, 'dist/docs')).sort()).toEqual([...footerLanguages, 'qps-ploc'].sort())
  })

  it('refuses a language the project does not have, suggesting the tag a name means', async () => {
    const project = openProject({root: copyProject()})
    await expect(project.check({languages: ['de']})).rejects.toThrow(
      /^`de` is not a language of this project; its languages are zh-Hans, en, /
    )
    await expect(project.extract({languages: ['English']})).rejects.toThrow(
      /"English", which names no language CLDR knows \(did you mean `en`\?\)/
    )
    await expect(project.build({languages: ['fr']})).rejects.toThrow(/`fr` is not a language of this project/)
  })

  it('reports reviewed exceptions that silence nothing', async () => {
    const root = copyProject()
    const exceptions = JSON.parse(readFileSync(path.join(root, 'l10n/exceptions.json'), 'utf8')) as unknown[]
    const stray = {
      check: 'numbers',
      language: 'ja',
      key: 'p-bd9c5de6',
      reason: 'written for a problem that was fixed since'
    }
    writeFileSync(path.join(root, 'l10n/exceptions.json'), JSON.stringify([...exceptions, stray]))
    const result = await openProject({root}).check()
    expect(result.unusedExceptions).toEqual([stray])
    expect(result.errors).toBe(0)
  })

  it('copies the images next to the sources beside every localized document, and withdraws them when they go', async () => {
    const root = copyProject()
    const project = openProject({root})
    mkdirSync(path.join(root, 'source/img'))
    const figure = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>\n'
    writeFileSync(path.join(root, 'source/img/architecture.svg'), figure)
    await project.build()
    for (const language of footerLanguages)
      expect(readFileSync(path.join(root, 'dist/docs', language, 'img/architecture.svg'), 'utf8')).toBe(figure)
    expect((await project.build()).written).toEqual([])
    writeFileSync(
      path.join(root, 'source/img/architecture.svg'),
      figure.replace('width="4" height="4"/>', 'width="4" height="2"/>')
    )
    expect((await project.build()).written).toHaveLength(13)
    rmSync(path.join(root, 'source/img/architecture.svg'))
    expect((await project.build()).removed).toHaveLength(13)
    expect(existsSync(path.join(root, 'dist/docs/ja/img'))).toBe(false)
  })

  it('leaves pages with no translation to the site’s own fallback with untranslatedDocuments: omit', async () => {
    const root = copyProject()
    writeFileSync(
      path.join(root, 'md-l10n.config.json'),
      JSON.stringify({sourceLanguage: 'id', untranslatedDocuments: 'omit'})
    )
    writeFileSync(path.join(root, 'locales/vi/openai-palace-drama.json'), '{}\n')
    const project = openProject({root})
    await project.build()
    expect(existsSync(path.join(root, 'dist/docs/vi/openai-palace-drama.md'))).toBe(false)
    expect(existsSync(path.join(root, 'dist/locales/vi/openai-palace-drama.json'))).toBe(false)
    expect(existsSync(path.join(root, 'dist/docs/ja/openai-palace-drama.md'))).toBe(true)
    expect((await project.build()).written).toEqual([])
    writeFileSync(path.join(root, 'locales/vi/openai-palace-drama.json'), '{"ln-6c2dc1e0": "Chia sẻ"}\n')
    await project.build()
    expect(readFileSync(path.join(root, 'dist/docs/vi/openai-palace-drama.md'), 'utf8')).toContain('  • Chia sẻ\n')
  })

  it('exports no catalogs with exportCatalogs: false, withdraws those of an earlier build, and writes the same documents', async () => {
    const root = copyProject()
    const project = () => openProject({root})
    const first = await project().build()
    const documents = snapshot(path.join(root, 'dist/docs'))
    expect(first.written.filter((file) => file.startsWith('dist/locales/'))).toHaveLength(13)
    writeFileSync(
      path.join(root, 'md-l10n.config.json'),
      JSON.stringify({sourceLanguage: 'id', exportCatalogs: false, untranslatedDocuments: 'omit', outDir: 'dist/'})
    )
    writeFileSync(path.join(root, 'locales/vi/openai-palace-drama.json'), '{}\n')
    const second = await project().build()
    expect(second.removed.filter((file) => file.startsWith('dist/locales/'))).toHaveLength(13)
    expect(existsSync(path.join(root, 'dist/locales'))).toBe(false)
    // Vietnamese has no translation left and is omitted; the others are as before.
    expect(second.documents).toBe(12)
    documents.delete(`vi${path.sep}openai-palace-drama.md`)
    expect(snapshot(path.join(root, 'dist/docs'))).toEqual(documents)
    expect(await project().build()).toMatchObject({written: [], removed: [], documents: 12})
    writeFileSync(path.join(root, 'locales/vi/openai-palace-drama.json'), '{"ln-6c2dc1e0": "Chia sẻ"}\n')
    expect(await project().build()).toMatchObject({written: ['dist/docs/vi/openai-palace-drama.md'], documents: 13})
    writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({sourceLanguage: 'id'}))
    expect((await project().build()).written.filter((file) => file.startsWith('dist/locales/'))).toHaveLength(13)
  })

  it('summarizes only what is on disk now: a stale translation fixed in place is not reported stale by the next extract', async () => {
    const root = copyProject()
    const project = openProject({root})
    await project.extract()
    const file = path.join(root, article)
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'Sumber asli: Laboratorium berbasis silikon',
        'Sumber asli: Laboratorium silikon'
      )
    )
    expect((await project.extract()).languages.find(({language}) => language === 'en')).toMatchObject({
      synced: 1,
      stale: 1
    })
    // The translator fixes the stale entry in place; the source does not change again.
    editCatalog(root, english, (catalog) => (catalog['p-bd9c5de6'] = 'Original source: Silicon lab'))
    const after = await project.extract()
    expect(after.languages.find(({language}) => language === 'en')).toMatchObject({stale: 0})
    expect((await project.coverage()).languages.find(({language}) => language === 'en')).toMatchObject({
      stale: 0,
      translated: 69
    })
  })

  it('points links to the source’s pages at the translated pages with the links setting', async () => {
    const root = temporaryFolder('md-l10n-links-')
    mkdirSync(path.join(root, 'docs'))
    writeFileSync(
      path.join(root, 'docs/index.md'),
      '# Home\n\nRead the [guide](/en/guide/) and see ![the map](/en/map.png).\n'
    )
    writeFileSync(
      path.join(root, 'md-l10n.config.json'),
      JSON.stringify({
        sourceDir: 'docs',
        sourceLanguage: 'en',
        languages: ['en', 'fr'],
        links: [{from: '/en/', to: '/{lang}/'}]
      })
    )
    const project = openProject({root})
    await project.build()
    expect(readFileSync(path.join(root, 'dist/docs/fr/index.md'), 'utf8')).toBe(
      '# Home\n\nRead the [guide](/fr/guide/) and see ![the map](/fr/map.png).\n'
    )
    expect(readFileSync(path.join(root, 'dist/docs/en/index.md'), 'utf8')).toBe(
      readFileSync(path.join(root, 'docs/index.md'), 'utf8')
    )
  })
})
