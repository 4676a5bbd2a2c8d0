/**
 * The site settings (`sources`, `layout`, `generator`, `locales`, …): exact messages for every
 * mistake, and what a valid one becomes.
 */
import {describe, expect, it} from 'vitest'
import {normalizeConfig} from '../../src/config/normalize.js'
import {generatorOf, localeKeyOf, sourceRootsOf} from '../../src/config/sites.js'

const invalid: Array<[string, unknown, string]> = [
  [
    'sourceDir and sources',
    {sourceDir: 'docs', sources: [{dir: 'docs'}]},
    'md-l10n.config.json: has both `sourceDir` and `sources`; keep one (`sourceDir: "docs"` is `sources: [{"dir": "docs"}]`)'
  ],
  [
    'an empty sources',
    {sources: []},
    'md-l10n.config.json: `sources` must be a non-empty array of {"dir": "docs", "include": [...], "exclude": [...]}'
  ],
  [
    'a root outside the project',
    {sources: [{dir: '../docs'}]},
    'md-l10n.config.json: `sources[0].dir` is "../docs", expected a folder relative to the project, inside it ("." for the project itself)'
  ],
  [
    'an unknown root setting',
    {sources: [{dir: 'docs', ignore: ['x']}]},
    'md-l10n.config.json: `sources[0]` has an unknown setting `ignore`, expected `dir`, `include`, `exclude`, `layout`, `namespace`'
  ],
  [
    'globs that are not strings',
    {sources: [{dir: 'docs', exclude: 'drafts'}]},
    'md-l10n.config.json: `sources[0].exclude` must be an array of globs such as "**/*.md"'
  ],
  [
    'two roots in one namespace',
    {sources: [{dir: 'docs'}, {dir: 'blog', namespace: ''}]},
    'md-l10n.config.json: two `sources` share the namespace ""; give one a `namespace`'
  ],
  [
    'a root layout without a language',
    {sources: [{dir: 'docs', layout: 'i18n/{path}'}]},
    'md-l10n.config.json: `sources[0].layout` is "i18n/{path}": it names no language (`{locale}` or `{tag}`), so every language would write over the same files'
  ],
  [
    'a layout outside the project',
    {layout: '../site/{locale}/{path}'},
    'md-l10n.config.json: `layout` is "../site/{locale}/{path}": expected a path relative to the project, inside it'
  ],
  [
    'layout generator without a generator',
    {layout: 'generator'},
    'md-l10n.config.json: `layout` is "generator" but no generator is known: set `generator` (or a `dialect` of one), or give a path template'
  ],
  [
    'an unknown generator',
    {generator: 'gatsby'},
    'md-l10n.config.json: `generator` is "gatsby", expected one of "vitepress", "docusaurus", "starlight", "hugo", "jekyll", "mdbook", "mkdocs"'
  ],
  [
    'locales as a list',
    {locales: ['zh']},
    'md-l10n.config.json: `locales` must be an object of BCP 47 tag → the site\'s locale key, such as {"zh-Hans": "zh"}'
  ],
  [
    'a locale key with a slash',
    {locales: {fr: 'fr/x'}},
    'md-l10n.config.json: `locales.fr` is "fr/x", expected the site\'s key for it (letters, digits, `-`, `_`), such as "zh"'
  ],
  [
    'a locale key twice',
    {locales: {'zh-Hans': 'zh', 'zh-Hant': 'zh'}},
    'md-l10n.config.json: `locales` gives two languages the key "zh"'
  ],
  [
    'a locale tag that is none',
    {locales: {Chinese: 'zh'}},
    'md-l10n.config.json: `locales` has "Chinese", which names no language CLDR knows (did you mean `zh`?); expected a BCP 47 tag such as "fr" or "pt-BR"'
  ],
  [
    'an unknown existingPages',
    {existingPages: 'overwrite'},
    'md-l10n.config.json: `existingPages` is "overwrite", expected "keep" or "replace"'
  ],
  [
    'an unknown routing rule',
    {routingFields: {url: 'localize'}},
    'md-l10n.config.json: `routingFields.url` is "localize", expected "keep", "prefix", "segment" or "drop"'
  ],
  [
    'link fields that are not paths',
    {linkFields: 'hero'},
    'md-l10n.config.json: `linkFields` must be an array of front-matter paths such as "hero.actions.*.link"'
  ],
  [
    'an unknown untranslated policy',
    {untranslatedDocuments: 'fallback'},
    'md-l10n.config.json: `untranslatedDocuments` is "fallback", expected "copy", "omit" or "omit-unlinked"'
  ]
]

describe('site settings', () => {
  it.each(invalid)('refuses %s', (_, input, message) => {
    expect(() => normalizeConfig(input)).toThrow(message.replace('md-l10n.config.json: ', ''))
    try {
      normalizeConfig(input)
    } catch (error) {
      expect(String(error)).toBe(message)
    }
  })

  it('takes a Docusaurus site and canonicalizes the locale tags', () => {
    const config = normalizeConfig({
      dialect: 'docusaurus',
      layout: 'generator',
      locales: {'pt-br': 'pt-BR', 'zh-hans': 'zh'},
      sources: [
        {dir: 'docs'},
        {dir: 'blog', layout: 'i18n/{locale}/docusaurus-plugin-content-blog/{path}'},
        {dir: 'src/pages', namespace: 'pages', include: ['**/*.md']}
      ]
    })
    expect(config.locales).toEqual({'pt-BR': 'pt-BR', 'zh-Hans': 'zh'})
    expect(generatorOf(config)).toBe('docusaurus')
    expect(sourceRootsOf(config).map(({dir}) => dir)).toEqual(['docs', 'blog', 'src/pages'])
    expect(localeKeyOf(config, 'zh-Hans')).toBe('zh')
    expect(localeKeyOf(config, 'fr')).toBe('fr')
  })

  it('keeps the defaults of a config without site settings', () => {
    const config = normalizeConfig({sourceDir: 'docs'})
    expect(sourceRootsOf(config)).toEqual([{dir: 'docs'}])
    expect([config.layout, config.generator, config.locales, config.existingPages, config.linkAttributes]).toEqual([
      undefined,
      undefined,
      {},
      'keep',
      ['href', 'link', 'src']
    ])
    expect(generatorOf(config)).toBeUndefined()
    expect(generatorOf({dialect: 'gfm', generator: 'mkdocs'})).toBe('mkdocs')
  })
})
