/**
 * Starlight is the judge: test/sites/starlight/ (English the root locale of src/content/docs/,
 * French and the pseudo-locale in it) localized by md-l10n, then built by Astro, where
 * starlight-links-validator fails the build on a broken link or anchor.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {
  bin,
  brokenOnlyIn,
  buildSite,
  langOf,
  lostLinks,
  missingGenerator,
  textIn,
  textOf,
  type BrokenLink,
  type BuiltPage
} from './helpers.js'

const skipped = missingGenerator('starlight')
const locales = ['fr', 'qps-ploc']

/**
 * Anchors broken by known md-l10n defects (notes/generators-findings.md), left out of the general
 * check and pinned by an `it.fails` below (remove all three when they are fixed). G2: with
 * `headingIds: "translate"`, md-l10n points a fragment at github-slugger's slug of the translated
 * heading, and Astro drops its trailing `-` (`Et ensuite ?` is `et-ensuite`; every pseudo-localized
 * heading ends so). G8: a link to another page under the `links` prefix init writes
 * (`/guides/`) keeps the English heading's id, the page is not followed. Until G2 is fixed the
 * validator's hash check is off in the test's copy, and the built-HTML check judges the anchors.
 */
const linkedEnglishIds = ['serve-an-image', 'whats-next', 'limits', 'cache']
const isKnown = (link: BrokenLink, locale: string) =>
  link.reason === 'no anchor' &&
  (link.url.endsWith('-') ||
    (link.url.startsWith(`/${locale}/guides/`) && linkedEnglishIds.includes(link.url.split('#')[1]!)))
function withoutHashCheck(root: string): void {
  const file = path.join(root, 'astro.config.mjs')
  const text = readFileSync(file, 'utf8')
  expect(text).toContain('starlightLinksValidator()')
  writeFileSync(
    file,
    text.replace('starlightLinksValidator()', 'starlightLinksValidator({errorOnInvalidHashes: false})')
  )
}

describe.skipIf(skipped)(`Starlight builds the localized site${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  let root: string
  let pages: Map<string, BuiltPage>
  let broken: BrokenLink[]
  let output: string

  beforeAll(async () => {
    ;({root, pages, broken, output} = await buildSite('starlight', {
      init: {
        dialect: 'starlight',
        layout: 'generator',
        sources: [{dir: 'src/content/docs'}],
        sourceLanguage: 'en',
        languages: ['en', 'fr', 'qps-ploc'],
        links: [{from: '/guides/', to: '/{locale}/guides/'}],
        // Astro has no `{#id}`: Starlight slugs the translated heading text, `build` points links at it.
        headingIds: 'translate'
      },
      segments: 39,
      command: bin('starlight', 'astro'),
      args: ['build'],
      outDir: 'dist',
      prepare: withoutHashCheck
    }))
    expect(output).toContain('All internal links are valid.')
  }, 600_000)

  it('builds every page of every language', () => {
    expect([...pages.keys()].sort()).toEqual([
      '404.html',
      'fr/guides/configuration/index.html',
      'fr/guides/getting-started/index.html',
      'fr/index.html',
      'guides/configuration/index.html',
      'guides/getting-started/index.html',
      'index.html',
      'qps-ploc/guides/configuration/index.html',
      'qps-ploc/guides/getting-started/index.html',
      'qps-ploc/index.html'
    ])
    const french = JSON.parse(readFileSync(path.join(root, 'locales', 'fr', 'guides', 'getting-started.json'), 'utf8'))
    const page = pages.get('fr/guides/getting-started/index.html')!
    expect([langOf(page), textOf(page, 'h1')]).toEqual(['fr', french['fm-title']])
    expect(langOf(pages.get('qps-ploc/guides/configuration/index.html')!)).toBe('qps-ploc')
  })

  it('breaks no link or anchor that English does not, and loses none', () => {
    for (const locale of locales) {
      expect(
        brokenOnlyIn(broken, locale, locales).filter((link) => !isKnown(link, locale)),
        locale
      ).toEqual([])
      expect(lostLinks(pages, locale, locales, 'sl-markdown-content'), locale).toEqual([])
    }
  })

  it.fails('points fragment links at the ids Astro gives translated headings (G2: trailing `-`; G8: pages under /guides/)', () => {
    for (const locale of locales) expect(brokenOnlyIn(broken, locale, locales), locale).toEqual([])
  })

  it.fails('translates the home page’s hero (G6: init leaves hero.* out of frontMatterFields)', () => {
    const french = JSON.parse(readFileSync(path.join(root, 'locales', 'fr', 'index.json'), 'utf8'))
    expect(textIn(pages.get('fr/index.html')!.tree)).toContain(french['fm-hero-tagline'])
  })
})
