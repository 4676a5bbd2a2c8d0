/**
 * `import --from <folder>` as a whole: every document and segment accounted for (extensions
 * matched across `.md`/`.mdx`, a translated page with no source listed, a translation that cannot
 * be read skipped with why), the language's localized URLs kept and written back by build, stale
 * pairs with their reason in the meta, the translation memory filled, and why rebuilt pages differ.
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {reasons} from '../../src/interchange/align.js'
import {differenceReasons} from '../../src/interchange/differences.js'
import {runCli, temporaryFolder} from '../helpers.js'

function write(root: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), text)
  }
}

async function imported(
  sources: Record<string, string>,
  translations: Record<string, string>,
  config: Record<string, unknown> = {}
) {
  const root = temporaryFolder('md-l10n-import-')
  write(root, Object.fromEntries(Object.entries(sources).map(([name, text]) => [`docs/${name}`, text])))
  write(root, Object.fromEntries(Object.entries(translations).map(([name, text]) => [`site/fr/${name}`, text])))
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    JSON.stringify({sourceDir: 'docs', sourceLanguage: 'en', languages: ['en', 'fr'], ...config})
  )
  const project = openProject({root})
  await project.extract()
  const result = await project.importDocuments({language: 'fr', from: path.join(root, 'site/fr')})
  const meta = (namespace: string) =>
    JSON.parse(readFileSync(path.join(root, 'locales/fr', `${namespace}.meta.json`), 'utf8')) as {
      entries: Record<string, Record<string, unknown>>
    }
  return {root, project, result, meta}
}

describe('import --from <folder>', () => {
  it('matches documents by namespace across .md and .mdx, lists a translation without a source and a document without a translation', async () => {
    const {result} = await imported(
      {
        'environmental-impact.mdx': '# Impact\n\nThe web has a cost.\n',
        'intro.md': '# Intro\n\nWelcome.\n',
        'faq.md': '# FAQ\n\nAsk.\n'
      },
      {
        'environmental-impact.md': '# Impact\n\nLe web a un coût.\n',
        'intro.md': '# Intro\n\nBienvenue.\n',
        'old-page.md': '# Ancienne\n'
      }
    )
    expect(
      result.documents.map(({document, translated, skipped, certain}) => [document, translated, skipped, certain])
    ).toEqual([
      ['docs/environmental-impact.mdx', 'site/fr/environmental-impact.md', undefined, 2],
      ['docs/faq.md', undefined, 'no translated document', 0],
      ['docs/intro.md', 'site/fr/intro.md', undefined, 2]
    ])
    expect(result.unmatchedDocuments).toEqual(['site/fr/old-page.md'])
    expect(result.totals).toEqual({
      documents: 3,
      aligned: 2,
      segments: 4,
      current: 4,
      stale: 0,
      reasons: {},
      kept: 0,
      leftInSource: 0,
      leftInTranslation: 0,
      localizedUrls: 0,
      skipped: {'no translated document': 1},
      differences: {}
    })
  })

  it('skips a translated document that cannot be parsed, with why, and imports the others', async () => {
    const {result} = await imported(
      {'a.mdx': '# A\n\nText a.\n', 'b.md': '# B\n\nText b.\n'},
      {'a.mdx': '# A\n\n<Broken\n', 'b.md': '# B\n\nTexte b.\n'}
    )
    expect(result.documents[0]!.skipped).toMatch(/^the translated document cannot be read: /)
    expect(result.documents[1]).toMatchObject({certain: 2})
    expect(result.documents[1]!.skipped).toBeUndefined()
    expect(result.totals.skipped).toEqual({'the translated document cannot be read': 1})
  })

  it('keeps a localized external URL for build, leaves the locale prefix to the site, and records why a pair is stale', async () => {
    const source =
      '# Links\n\nRead [MDN](https://developer.mozilla.org/en-US/docs/Web/HTML) and [pages](/guides/pages/).\n\nSee [routing](/guides/routing/).\n'
    const french =
      '# Liens\n\nLisez [pages](/fr/guides/pages/) et [MDN](https://developer.mozilla.org/fr/docs/Web/HTML).\n\nVoir [la FAQ](/fr/faq/).\n'
    const {root, project, result, meta} = await imported({'links.md': source}, {'links.md': french})
    expect(result.documents[0]).toMatchObject({
      certain: 2,
      uncertain: 1,
      localizedUrls: 1,
      reasons: {[reasons.links]: 1}
    })
    const entries = Object.values(meta('links').entries)
    expect(entries.map(({urls, reason}) => [urls, reason])).toEqual([
      [undefined, undefined],
      [
        {'https://developer.mozilla.org/en-US/docs/Web/HTML': 'https://developer.mozilla.org/fr/docs/Web/HTML'},
        undefined
      ],
      [undefined, reasons.links]
    ])
    expect(result.documents[0]!.differences).toEqual({[differenceReasons.urls]: 2})
    await project.build({languages: ['fr']})
    const built = readFileSync(path.join(root, 'dist/docs/fr/links.md'), 'utf8')
    expect(built).toContain('Lisez [pages](/guides/pages/) et [MDN](https://developer.mozilla.org/fr/docs/Web/HTML).')
    const check = await project.check({languages: ['fr']})
    expect(check.problems.filter(({check}) => check === 'localized-links').map(({message}) => message)).toEqual([
      'build writes `https://developer.mozilla.org/fr/docs/Web/HTML` (the language’s page) in place of the source’s `https://developer.mozilla.org/en-US/docs/Web/HTML`'
    ])
  })

  it('with the `links` mapping the locale prefix is the mapping’s business: the rebuilt page keeps it', async () => {
    const {root, project, result} = await imported(
      {'a.md': '# A\n\nSee [pages](/en/guides/pages/).\n'},
      {'a.md': '# A\n\nVoir [les pages](/fr/guides/pages/).\n'},
      {links: [{from: '/en/', to: '/{lang}/'}]}
    )
    expect(result.documents[0]).toMatchObject({certain: 2, localizedUrls: 0, differences: {}})
    await project.build({languages: ['fr']})
    expect(readFileSync(path.join(root, 'dist/docs/fr/a.md'), 'utf8')).toContain('Voir [les pages](/fr/guides/pages/).')
  })

  it('fills from the translation memory what the import left, and says how many', async () => {
    const {result} = await imported(
      {'a.md': '# A\n\nInstall the package.\n', 'b.md': '# B\n\nInstall the package.\n'},
      {'a.md': '# A\n\nInstallez le paquet.\n'}
    )
    expect(result.fromMemory).toBe(1)
  })

  it('says why the rebuilt page differs from the human one: code blocks, line wrapping', async () => {
    const source = '# Use\n\nRun the command in a terminal.\n\n```sh\n# install it\nnpm i x\n```\n'
    const french = '# Utiliser\n\nLancez la commande\ndans un terminal.\n\n```sh\n# installez-le\nnpm i x\n```\n'
    const {result} = await imported({'use.md': source}, {'use.md': french})
    expect(result.documents[0]!.differences).toEqual({[differenceReasons.code]: 1, [differenceReasons.wrapping]: 1})
  })

  it('prints a line a document, then the language’s totals; --json gives the same as data', async () => {
    const {root} = await imported(
      {'a.md': '# A\n\nSee [pages](/guides/pages/).\n', 'b.md': '# B\n\nB.\n'},
      {'a.md': '# A\n\nVoir [la FAQ](/fr/faq/).\n', 'extra.md': '# X\n'}
    )
    const text = await runCli(root, 'import', '--language', 'fr', '--from', path.join(root, 'site/fr'), '--overwrite')
    expect(text.code).toBe(0)
    expect(text.stdout.split('\n')).toEqual([
      'docs/a.md: 1 aligned, 1 uncertain (stale, to review; 1: its link targets do not match the source’s one to one), 0 kept (already translated), 0 left in the source, 0 left in the translation',
      `  the rebuilt page differs from site/fr/a.md: 1 ${differenceReasons.urls}`,
      'docs/b.md: no translated document',
      `fr: 1 of 2 documents aligned (skipped: 1 no translated document); 2 segments: 1 current, 1 stale, 0 kept, 0 left in the source, 0 left in the translation; 0 URLs of the language kept; 0 filled from the translation memory`,
      `  stale: 1 ${reasons.links}`,
      '  site/fr/extra.md: matches no source document (not imported)',
      `  rebuilt pages differ from the human ones: 1 ${differenceReasons.urls}`,
      '0 files written',
      ''
    ])
    const json = await runCli(root, 'import', '--language', 'fr', '--from', path.join(root, 'site/fr'), '--json')
    const data = JSON.parse(json.stdout) as {totals: {documents: number; stale: number}; unmatchedDocuments: string[]}
    expect([data.totals.documents, data.unmatchedDocuments]).toEqual([2, ['site/fr/extra.md']])
  })
})
