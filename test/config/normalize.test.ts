/**
 * The config: every mistake is refused with a message that says what was received and what is
 * expected (exact messages, as ESLint's rule tests have them).
 */
import {describe, expect, it} from 'vitest'
import {normalizeConfig} from '../../src/config/normalize.js'
import {InputError} from '../../src/util/errors.js'

const invalid: Array<[string, unknown, string]> = [
  [
    'an unknown check',
    {checks: {tag: 'off'}},
    'md-l10n.config.json: `checks` has an unknown check `tag`; the checks are `missing`, `stale`, `obsolete`, `untranslated`, `source-left-behind`, `tags`, `placeholders`, `numbers`, `punctuation`, `plurals`, `script`, `glossary`, `markup-safety`, `length`, `structure`, `anchors`, `valid-page`, `links`, `localized-links`'
  ],
  [
    'a severity that is not one',
    {checks: {tags: 'fatal'}},
    'md-l10n.config.json: `checks.tags` is "fatal", expected "error", "warning" or "off", or [severity, {options}]'
  ],
  [
    'an option a check does not have',
    {checks: {length: ['warning', {hihg: 3}]}},
    'md-l10n.config.json: `checks.length` has an unknown option `hihg`; its options are `low`, `high`, `minimumLetters`'
  ],
  [
    'an option for a check without options',
    {checks: {tags: ['error', {strict: true}]}},
    'md-l10n.config.json: `checks.tags` has an unknown option `strict`; it has no options'
  ],
  [
    'an option of the wrong type',
    {checks: {length: ['warning', {high: '3'}]}},
    'md-l10n.config.json: `checks.length.high` is "3", expected a number'
  ],
  [
    'an unknown setting',
    {langauges: ['fr']},
    'md-l10n.config.json: unknown setting `langauges`, expected one of `sourceDir`, `sources`, `layout`, `generator`, `locales`, `existingPages`, `linkFields`, `linkAttributes`, `routingFields`, `localesDir`, `outDir`, `sourceLanguage`, `languages`, `frontMatterFields`, `minCoverage`, `staleTranslations`, `checks`, `glossary`, `exceptions`, `untranslated`, `assets`, `untranslatedDocuments`, `exportCatalogs`, `links`, `dialect`, `remarkPlugins`, `headingIds`, `proseAttributes`, `pluginFolders`, `math`, `machineTranslations`, `minCoverageCounts`, `translate`'
  ],
  [
    'a link rewrite without a prefix',
    {links: [{to: '/{lang}/'}]},
    'md-l10n.config.json: `links` must be an array of {"from": "/en/", "to": "/{lang}/"} rewrites (from: a URL prefix of the source\'s links, to: what replaces it)'
  ],
  [
    'an unknown dialect',
    {dialect: 'mkdocs'},
    'md-l10n.config.json: `dialect` is "mkdocs", expected one of "gfm", "vitepress", "docusaurus", "starlight", "mdbook", "hugo", "jekyll"'
  ],
  [
    'a remark plugin that is not a name',
    {remarkPlugins: [42]},
    'md-l10n.config.json: `remarkPlugins` must be an array of module names or [name, options] pairs'
  ],
  [
    'an unknown heading-id mode',
    {headingIds: 'slug'},
    'md-l10n.config.json: `headingIds` is "slug", expected "keep", "pin" or "translate"'
  ],
  [
    'a language name',
    {languages: ['Japanese']},
    'md-l10n.config.json: `languages` has "Japanese", which names no language CLDR knows (did you mean `ja`?); expected a BCP 47 tag such as "fr" or "pt-BR"'
  ]
]

describe('normalizeConfig', () => {
  it.each(invalid)('refuses %s', (_, input, message) => {
    let error: unknown
    try {
      normalizeConfig(input)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect(String(error)).toBe(message)
  })

  it('accepts severities, options and tags, canonicalized', () => {
    const config = normalizeConfig({
      checks: {length: ['warning', {high: 3}], numbers: 'error'},
      languages: ['pt-br', 'zh-hant', 'qps-ploc']
    })
    expect(config.checks).toEqual({length: ['warning', {high: 3}], numbers: 'error'})
    expect(config.languages).toEqual(['pt-BR', 'zh-Hant', 'qps-ploc'])
  })
})
