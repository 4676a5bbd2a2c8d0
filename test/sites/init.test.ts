/**
 * `init` on a site whose generator md-l10n knows: the config it writes for each generator's
 * fixture site, the human translations it finds, and the sites it refuses (exit 2, nothing written).
 */
import {cpSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {normalizeConfig} from '../../src/config/normalize.js'
import {openProject} from '../../src/index.js'
import {parse as parseJsonc} from 'jsonc-parser'
import {fixturesDir, runCli, snapshot, temporaryFolder} from '../helpers.js'

function site(generator: string): string {
  const root = temporaryFolder(`md-l10n-${generator}-`)
  cpSync(path.join(fixturesDir, generator, 'init'), root, {recursive: true})
  return root
}

const written = (root: string) =>
  parseJsonc(readFileSync(path.join(root, 'md-l10n.config.json'), 'utf8')) as Record<string, unknown>

describe('init on a site', () => {
  const expected: Record<
    string,
    {config: Record<string, unknown>; found: unknown[]; extracted: Array<[string, number]>}
  > = {
    vitepress: {
      config: {
        dialect: 'vitepress',
        layout: 'generator',
        sources: [{dir: 'docs/en'}],
        sourceLanguage: 'en-US',
        languages: ['en-US', 'zh-Hans', 'ja'],
        locales: {'zh-Hans': 'zh'},
        headingIds: 'pin',
        links: [{from: '/guide/', to: '/{locale}/guide/'}],
        untranslatedDocuments: 'copy',
        localesDir: 'locales',
        outDir: 'dist',
        exportCatalogs: false,
        minCoverage: 0
      },
      found: [{language: 'zh-Hans', pages: 1, example: 'docs/zh/guide/what-is-vitepress.md'}],
      extracted: [
        ['zh-Hans', 4],
        ['ja', 4]
      ]
    },
    docusaurus: {
      config: {
        dialect: 'docusaurus',
        layout: 'generator',
        sources: [{dir: 'docs'}, {dir: 'blog', namespace: 'blog'}, {dir: 'src/pages', namespace: 'pages'}],
        sourceLanguage: 'en',
        languages: ['en', 'fr', 'ja', 'pt-BR'],
        headingIds: 'pin',
        links: [],
        untranslatedDocuments: 'omit-unlinked',
        localesDir: 'locales',
        outDir: 'dist',
        exportCatalogs: false,
        minCoverage: 0
      },
      found: [{language: 'fr', pages: 1, example: 'i18n/fr/docusaurus-plugin-content-docs/current/intro.md'}],
      extracted: [
        ['fr', 6],
        ['ja', 6],
        ['pt-BR', 6]
      ]
    },
    starlight: {
      config: {
        dialect: 'starlight',
        layout: 'generator',
        sources: [{dir: 'src/content/docs'}],
        sourceLanguage: 'en',
        languages: ['en', 'fr', 'zh-CN'],
        locales: {'zh-CN': 'zh-cn'},
        headingIds: 'translate',
        links: [{from: '/guides/', to: '/{locale}/guides/'}],
        untranslatedDocuments: 'omit-unlinked',
        localesDir: 'locales',
        outDir: 'l10n-build',
        exportCatalogs: false,
        minCoverage: 0
      },
      found: [{language: 'fr', pages: 1, example: 'src/content/docs/fr/index.mdx'}],
      extracted: [
        ['fr', 4],
        ['zh-CN', 4]
      ]
    },
    hugo: {
      config: {
        dialect: 'hugo',
        layout: 'generator',
        sources: [{dir: 'content'}],
        sourceLanguage: 'en-US',
        languages: ['en-US', 'de-DE', 'zh-Hans'],
        locales: {'de-DE': 'de', 'zh-Hans': 'zh'},
        headingIds: 'pin',
        links: [{from: '/docs/', to: '/{locale}/docs/'}],
        untranslatedDocuments: 'copy',
        localesDir: 'locales',
        outDir: 'dist',
        exportCatalogs: false,
        minCoverage: 0
      },
      found: [{language: 'de-DE', pages: 1, example: 'content/docs/install.de.md'}],
      extracted: [
        ['de-DE', 4],
        ['zh-Hans', 4]
      ]
    },
    jekyll: {
      config: {
        dialect: 'jekyll',
        layout: 'generator',
        sources: [
          {
            dir: '.',
            exclude: [
              '_site/**',
              'vendor/**',
              '.jekyll-cache/**',
              'README.md',
              'CHANGELOG.md',
              'LICENSE.md',
              'Gemfile/**',
              'vendor/**'
            ]
          }
        ],
        sourceLanguage: 'en',
        languages: ['en', 'es', 'fr'],
        headingIds: 'pin',
        links: [],
        untranslatedDocuments: 'copy',
        routingFields: {permalink: 'keep'},
        localesDir: 'locales',
        outDir: 'dist',
        exportCatalogs: false,
        minCoverage: 0
      },
      found: [],
      extracted: [
        ['es', 4],
        ['fr', 4]
      ]
    },
    mkdocs: {
      config: {
        dialect: 'gfm',
        generator: 'mkdocs',
        layout: 'generator',
        sources: [{dir: 'docs'}],
        sourceLanguage: 'en',
        languages: ['en', 'fr'],
        headingIds: 'pin',
        links: [],
        untranslatedDocuments: 'omit-unlinked',
        localesDir: 'locales',
        outDir: 'dist',
        exportCatalogs: false,
        minCoverage: 0
      },
      found: [{language: 'fr', pages: 1, example: 'docs/index.fr.md'}],
      extracted: [['fr', 2]]
    }
  }

  it.each(Object.keys(expected))(
    '%s: a config that fits the site, read back, and extract works under it',
    async (generator) => {
      const root = site(generator)
      const result = await openProject({root}).init({})
      expect(written(root)).toEqual(expected[generator]!.config)
      expect(result.found).toEqual(expected[generator]!.found)
      expect(() => normalizeConfig(written(root))).not.toThrow()
      const extract = await openProject({root}).extract()
      expect(extract.languages.map(({language, added}) => [language, added])).toEqual(expected[generator]!.extracted)
    }
  )

  it('mdBook lists no other language: init asks for them, and writes the build layout', async () => {
    const root = site('mdbook')
    await expect(openProject({root}).init({})).rejects.toThrow(
      "no target languages: book.toml lists no other language than the source's, and the pages have no language switcher; give them with `md-l10n init --languages fr,de,ja`"
    )
    expect(existsSync(path.join(root, 'md-l10n.config.json'))).toBe(false)
    const result = await openProject({root}).init({languages: ['fr']})
    expect(written(root)).toEqual({
      dialect: 'mdbook',
      sources: [{dir: 'src'}],
      sourceLanguage: 'en',
      languages: ['en', 'fr'],
      headingIds: 'pin',
      links: [],
      untranslatedDocuments: 'copy',
      localesDir: 'locales',
      outDir: 'dist',
      exportCatalogs: true,
      minCoverage: 0
    })
    expect(result.notes).toContain(
      "each language's book: `md-l10n build`, then `mdbook build` with `src` set to `dist/docs/<tag>`"
    )
  })

  it("--languages narrows the generator's list; the source pages are never among the languages' places", async () => {
    const root = site('starlight')
    const result = await openProject({root}).init({languages: ['fr']})
    expect(result.languages).toEqual(['en', 'fr'])
    expect(written(root).locales).toBeUndefined()
  })

  it('imports the human translations it finds with `import`', async () => {
    const root = site('docusaurus')
    const result = await openProject({root}).init({import: true})
    expect(result.imported).toEqual([{language: 'fr', certain: 2, uncertain: 0}])
    const catalog = JSON.parse(readFileSync(path.join(root, 'locales/fr/intro.json'), 'utf8')) as Record<string, string>
    expect(Object.values(catalog)).toEqual([
      'Introduction au tutoriel',
      'Découvrons <1>Docusaurus en moins de 5 minutes</1>.'
    ])
  })

  it.each([
    [
      'vitepress',
      'docs/.vitepress/config.mts',
      'export default defineConfig({locales: {root: {lang: "en"},}',
      'docs/.vitepress/config.mts:1:60: cannot read the generator\'s config: Unexpected token, expected ","'
    ],
    ['hugo', 'hugo.toml', 'defaultContentLanguage = \n', "hugo.toml:2: cannot read the generator's config:"],
    ['jekyll', '_config.yml', 'languages: [en, fr\n', "_config.yml:2:1: cannot read the generator's config:"]
  ])(
    '%s: a generator config it cannot read exits 2 naming the file, and nothing is written',
    async (generator, file, text, message) => {
      const root = site(generator)
      writeFileSync(path.join(root, file), text)
      const before = snapshot(root)
      const {code, stderr} = await runCli(root, 'init')
      expect(code).toBe(2)
      expect(stderr).toContain(message)
      expect(snapshot(root)).toEqual(before)
    }
  )
})
