/**
 * Hugo is the judge: test/sites/hugo/ (English in content/en/, French and the pseudo-locale in
 * content/<lang>/) localized by md-l10n, then built by Hugo (the Debian package), where a `relref`
 * to a missing page fails the build (`refLinksErrorLevel = 'ERROR'`).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  brokenOnlyIn,
  buildSite,
  langOf,
  lostLinks,
  missingGenerator,
  textOf,
  type BrokenLink,
  type BuiltPage
} from './helpers.js'

const skipped = missingGenerator('hugo', 'hugo')
const locales = ['fr', 'qps-ploc']

describe.skipIf(skipped)(`Hugo builds the localized site${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  let root: string
  let pages: Map<string, BuiltPage>
  let broken: BrokenLink[]

  beforeAll(async () => {
    ;({root, pages, broken} = await buildSite('hugo', {
      init: {
        dialect: 'hugo',
        layout: 'generator',
        sources: [{dir: 'content/en'}],
        sourceLanguage: 'en',
        languages: ['en', 'fr', 'qps-ploc'],
        headingIds: 'pin'
      },
      segments: 35,
      command: 'hugo',
      args: [],
      outDir: 'public'
    }))
  }, 600_000)

  it('builds every page of every language', () => {
    expect([...pages.keys()].sort()).toEqual([
      // Hugo's redirect from /en/ to the root.
      'en/index.html',
      'fr/guide/configuration/index.html',
      'fr/guide/getting-started/index.html',
      'fr/guide/index.html',
      'fr/index.html',
      'guide/configuration/index.html',
      'guide/getting-started/index.html',
      'guide/index.html',
      'index.html',
      'qps-ploc/guide/configuration/index.html',
      'qps-ploc/guide/getting-started/index.html',
      'qps-ploc/guide/index.html',
      'qps-ploc/index.html'
    ])
    const french = JSON.parse(
      readFileSync(path.join(root, 'locales', 'fr', 'guide', 'getting-started', 'index.json'), 'utf8')
    )
    const page = pages.get('fr/guide/getting-started/index.html')!
    expect([langOf(page), textOf(page, 'h1')]).toEqual(['fr', french['fm-title']])
    expect(langOf(pages.get('qps-ploc/guide/configuration/index.html')!)).toBe('qps-ploc')
  })

  it('breaks no link or anchor that English does not, and loses none', () => {
    for (const locale of locales) {
      expect(brokenOnlyIn(broken, locale, locales), locale).toEqual([])
      expect(lostLinks(pages, locale, locales, 'main'), locale).toEqual([])
    }
  })
})
