import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {nodeHost} from '../../src/node/host.js'
import {detectGenerator, generators, readSite} from '../../src/sites/index.js'
import type {SiteFacts} from '../../src/sites/types.js'
import {fixturesDir} from '../helpers.js'

const site = (generator: string) => path.join(fixturesDir, generator, 'init')

describe("reading each generator's config", () => {
  const expected: Record<string, Omit<SiteFacts, 'notes'>> = {
    vitepress: {
      generator: 'vitepress',
      configFile: 'docs/.vitepress/config.mts',
      sourceLanguage: 'en-US',
      targets: [
        {key: 'zh', tag: 'zh-Hans'},
        {key: 'ja', tag: 'ja'}
      ],
      roots: [{dir: 'docs/en', layout: 'docs/{locale}/{path}'}],
      buildFolders: ['docs/.vitepress/dist', 'docs/.vitepress/cache']
    },
    docusaurus: {
      generator: 'docusaurus',
      configFile: 'docusaurus.config.ts',
      sourceLanguage: 'en',
      targets: [
        {key: 'fr', tag: 'fr'},
        {key: 'ja', tag: 'ja'},
        {key: 'pt-BR', tag: 'pt-BR'}
      ],
      roots: [
        {dir: 'docs', layout: 'i18n/{locale}/docusaurus-plugin-content-docs/current/{path}'},
        {dir: 'blog', layout: 'i18n/{locale}/docusaurus-plugin-content-blog/{path}', namespace: 'blog'},
        {dir: 'src/pages', layout: 'i18n/{locale}/docusaurus-plugin-content-pages/{path}', namespace: 'pages'}
      ],
      buildFolders: ['build', '.docusaurus']
    },
    starlight: {
      generator: 'starlight',
      configFile: 'astro.config.mjs',
      sourceLanguage: 'en',
      targets: [
        {key: 'fr', tag: 'fr'},
        {key: 'zh-cn', tag: 'zh-CN'}
      ],
      roots: [{dir: 'src/content/docs', layout: 'src/content/docs/{locale}/{path}'}],
      buildFolders: ['dist', '.astro']
    },
    hugo: {
      generator: 'hugo',
      configFile: 'hugo.toml',
      sourceLanguage: 'en-US',
      targets: [
        {key: 'de', tag: 'de-DE'},
        {key: 'zh', tag: 'zh-Hans'}
      ],
      roots: [{dir: 'content', layout: 'content/{stem}.{locale}{ext}'}],
      buildFolders: ['public', 'resources']
    },
    jekyll: {
      generator: 'jekyll',
      configFile: '_config.yml',
      sourceLanguage: 'en',
      targets: [
        {key: 'es', tag: 'es'},
        {key: 'fr', tag: 'fr'}
      ],
      roots: [
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
          ],
          layout: '{locale}/{path}'
        }
      ],
      buildFolders: ['_site', '.jekyll-cache']
    },
    mdbook: {
      generator: 'mdbook',
      configFile: 'book.toml',
      sourceLanguage: 'en',
      targets: [],
      roots: [{dir: 'src'}],
      buildFolders: ['book']
    },
    mkdocs: {
      generator: 'mkdocs',
      configFile: 'mkdocs.yml',
      sourceLanguage: 'en',
      targets: [{key: 'fr', tag: 'fr'}],
      roots: [{dir: 'docs', layout: 'docs/{stem}.{locale}{ext}'}],
      buildFolders: ['site']
    }
  }

  it.each(Object.keys(expected))('%s', (name) => {
    const facts = readSite(nodeHost, site(name))
    expect(facts && {...facts, notes: undefined}).toEqual({...expected[name], notes: undefined})
  })

  it("detects each fixture's generator by its config file", () => {
    const found = Object.keys(expected).map((name) => detectGenerator(nodeHost, site(name))?.generator.name)
    expect(found).toEqual(['vitepress', 'docusaurus', 'starlight', 'hugo', 'jekyll', 'mdbook', 'mkdocs'])
  })
})

describe('variants of a config', () => {
  const read = (name: keyof typeof generators, text: string, file = generators[name].configFiles[0]!) =>
    generators[name].read(text, file)

  it('VitePress with a root locale keeps the sources at srcDir, translations beside them', () => {
    const facts = read(
      'vitepress',
      `export default {srcDir: 'src', srcExclude: ['**/README.md'], locales: {root: {lang: 'en'}, fr: {lang: 'fr'}}}`,
      '.vitepress/config.js'
    )
    expect(facts.roots).toEqual([{dir: 'src', exclude: ['**/README.md'], layout: 'src/{locale}/{path}'}])
    expect(facts.targets).toEqual([{key: 'fr', tag: 'fr'}])
  })

  it('VitePress locales in a top-level const', () => {
    const facts = read(
      'vitepress',
      `const locales = {root: {lang: 'en'}, 'pt': {lang: 'pt-BR'}}\nexport default defineConfig({locales})`,
      'docs/.vitepress/config.ts'
    )
    expect(facts.targets).toEqual([{key: 'pt', tag: 'pt-BR'}])
    expect(facts.roots[0]!.dir).toBe('docs')
  })

  it('Starlight with a default locale in its own folder reads the sources from it', () => {
    const facts = read(
      'starlight',
      `import starlight from '@astrojs/starlight'\nexport default {integrations: [starlight({defaultLocale: 'en', locales: {en: {label: 'English'}, de: {label: 'Deutsch'}}})]}`
    )
    expect(facts.roots).toEqual([{dir: 'src/content/docs/en', layout: 'src/content/docs/{locale}/{path}'}])
    expect(facts.sourceLanguage).toBe('en')
    expect(facts.targets).toEqual([{key: 'de', tag: 'de'}])
  })

  it('Docusaurus (CommonJS) with the blog switched off and docs moved', () => {
    const facts = read(
      'docusaurus',
      `module.exports = {i18n: {defaultLocale: 'fr', locales: ['fr', 'en']}, presets: [['classic', {docs: {path: 'website/docs'}, blog: false}]]}`,
      'docusaurus.config.js'
    )
    expect(facts.sourceLanguage).toBe('fr')
    expect(facts.targets).toEqual([{key: 'en', tag: 'en'}])
    expect(facts.roots.map(({dir}) => dir)).toEqual(['website/docs', 'src/pages'])
  })

  it('Hugo with a content folder per language', () => {
    const facts = read(
      'hugo',
      `defaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content/en"\n[languages.fr]\ncontentDir = "content/fr"\n`
    )
    expect(facts.roots).toEqual([{dir: 'content/en', layout: 'content/{locale}/{path}'}])
  })

  it('Hugo in YAML', () => {
    const facts = read(
      'hugo',
      `defaultContentLanguage: en\nlanguages:\n  en: {languageCode: en}\n  ja: {languageCode: ja-JP}\n`,
      'hugo.yaml'
    )
    expect(facts.targets).toEqual([{key: 'ja', tag: 'ja-JP'}])
  })

  it('MkDocs with folders per language', () => {
    const facts = read(
      'mkdocs',
      `docs_dir: pages\nplugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - {locale: de, default: true}\n        - {locale: en}\n`
    )
    expect(facts.roots).toEqual([{dir: 'pages/de', layout: 'pages/{locale}/{path}'}])
    expect(facts.sourceLanguage).toBe('de')
  })

  it.each([
    [
      'vitepress',
      'export default {locales: {',
      '.vitepress/config.mts',
      ".vitepress/config.mts:1:27: cannot read the generator's config: Unexpected token"
    ],
    [
      'vitepress',
      'export default someFunction',
      '.vitepress/config.mts',
      ".vitepress/config.mts: cannot read the generator's config: no `export default {…}` (or `defineConfig({…})`) object in it"
    ],
    [
      'starlight',
      'import starlight from "@astrojs/starlight"\nexport default {integrations: [starlight(options)]}',
      'astro.config.mjs',
      "astro.config.mjs: cannot read the generator's config: no `starlight({…})` call with an object in it"
    ],
    ['hugo', 'title = "x"\n[languages\n', 'hugo.toml', "hugo.toml:3: cannot read the generator's config:"],
    [
      'mkdocs',
      'site_name: [x\n',
      'mkdocs.yml',
      "mkdocs.yml:2:1: cannot read the generator's config: Flow sequence in block collection must be sufficiently indented and end with a ]"
    ],
    [
      'docusaurus',
      'const x = 1',
      'docusaurus.config.js',
      "docusaurus.config.js: cannot read the generator's config: no exported config object"
    ]
  ])('%s: a config it cannot read fails naming the file', (name, text, file, message) => {
    let error: Error | undefined
    try {
      read(name as keyof typeof generators, text, file)
    } catch (caught) {
      error = caught as Error
    }
    expect(error?.name).toBe('InputError')
    expect(String(error)).toContain(message)
  })
})
