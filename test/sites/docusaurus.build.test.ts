/**
 * Docusaurus is the judge: test/sites/docusaurus/ (English in docs/, French and the pseudo-locale
 * in i18n/<locale>/docusaurus-plugin-content-docs/current/) localized by md-l10n, then built by
 * Docusaurus with broken links, anchors, markdown links and images as errors.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  bin,
  brokenOnlyIn,
  buildSite,
  langOf,
  lostLinks,
  missingGenerator,
  textOf,
  type BrokenLink,
  type BuiltPage
} from './helpers.js'

const skipped = missingGenerator('docusaurus')
const locales = ['fr', 'qps-ploc']

describe.skipIf(skipped)(`Docusaurus builds the localized site${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  let root: string
  let pages: Map<string, BuiltPage>
  let broken: BrokenLink[]

  beforeAll(async () => {
    ;({root, pages, broken} = await buildSite('docusaurus', {
      init: {
        dialect: 'docusaurus',
        layout: 'generator',
        sources: [{dir: 'docs'}, {dir: 'src/pages', namespace: 'pages'}],
        sourceLanguage: 'en',
        languages: ['en', 'fr', 'qps-ploc'],
        headingIds: 'pin'
      },
      segments: 42,
      command: bin('docusaurus', 'docusaurus'),
      args: ['build'],
      outDir: 'build'
    }))
  }, 600_000)

  it('builds every page of every language', () => {
    expect([...pages.keys()].sort()).toEqual([
      '404.html',
      'configuration/index.html',
      'fr/404.html',
      'fr/configuration/index.html',
      'fr/getting-started/index.html',
      'fr/index.html',
      'getting-started/index.html',
      'index.html',
      'qps-ploc/404.html',
      'qps-ploc/configuration/index.html',
      'qps-ploc/getting-started/index.html',
      'qps-ploc/index.html'
    ])
    const french = JSON.parse(readFileSync(path.join(root, 'locales', 'fr', 'getting-started.json'), 'utf8'))
    const page = pages.get('fr/getting-started/index.html')!
    expect([langOf(page), textOf(page, 'h1')]).toEqual(['fr', french['h-831d0f72']])
    expect(langOf(pages.get('qps-ploc/configuration/index.html')!)).toBe('qps-ploc')
  })

  it('breaks no link or anchor that English does not, and loses none', () => {
    for (const locale of locales) {
      expect(brokenOnlyIn(broken, locale, locales), locale).toEqual([])
      expect(lostLinks(pages, locale, locales, 'theme-doc-markdown'), locale).toEqual([])
    }
  })
})
