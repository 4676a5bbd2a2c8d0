import {describe, expect, it} from 'vitest'
import {dialectParser} from '../../src/dialects/index.js'
import {placePage, rebaseUrl, type PlaceContext} from '../../src/sites/page.js'

const pages = new Map([
  ['src/content/docs/guides/b.md', 'src/content/docs/fr/guides/b.md'],
  ['src/content/docs/guides/a.mdx', 'src/content/docs/fr/guides/a.mdx']
])

function context(overrides: Partial<PlaceContext> = {}): PlaceContext {
  return {
    parser: dialectParser('starlight', {mdx: true}),
    language: {tag: 'fr', locale: 'fr'},
    rewrites: [{from: '/guides/', to: '/{locale}/guides/'}],
    attributes: ['href', 'link', 'src'],
    linkFields: ['hero.actions.*.link'],
    routing: {slug: 'segment'},
    from: 'src/content/docs/guides/a.mdx',
    to: 'src/content/docs/fr/guides/a.mdx',
    placeOf: (file) => pages.get(file),
    exists: (file) => !/missing\.png$|\/b$/.test(file),
    ...overrides
  }
}

describe('rebaseUrl', () => {
  it.each([
    ['../../components/card.astro', '../../../components/card.astro'],
    ['./b.md', undefined],
    ['./missing.png', undefined],
    ['./b/', undefined],
    ['./b.md#install', undefined],
    ['../../assets/shot.png?raw', '../../../assets/shot.png?raw'],
    ['img/a b.png', '../../guides/img/a b.png'],
    ['img/a%20b.png', '../../guides/img/a%20b.png'],
    ['/guides/b/', undefined],
    ['https://example.com/x', undefined],
    ['#anchor', undefined],
    ['mailto:a@b.c', undefined],
    ['../../../../outside.md', '../../../../../outside.md'],
    ['../../../../../above-the-project.md', undefined]
  ])('%s → %s', (url, expected) => {
    expect(rebaseUrl(url, context())).toBe(expected)
  })

  it('Docusaurus: an image beside the docs, from the i18n folder', () => {
    const docusaurus = {
      from: 'docs/guide/intro.md',
      to: 'i18n/fr/docusaurus-plugin-content-docs/current/guide/intro.md',
      placeOf: () => undefined,
      exists: () => true
    }
    expect(rebaseUrl('./img/x.png', docusaurus)).toBe('../../../../../docs/guide/img/x.png')
    expect(rebaseUrl('../../static/y.png', docusaurus)).toBe('../../../../../static/y.png')
  })
})

describe('placePage', () => {
  it('rebases imports, JSX and markdown paths, rewrites JSX, HTML and front-matter URLs, localizes the slug', () => {
    const page = [
      '---',
      'title: Guide',
      'slug: guides/a',
      'hero:',
      '  actions:',
      '    - text: Start',
      '      link: /guides/b/',
      '    - text: Out',
      "      link: 'https://example.com'",
      '---',
      "import Card from '../../components/card.astro'",
      '',
      '<Card href="/guides/b/" src="../../assets/x.png" title="/guides/" />',
      '',
      'See [b](./b.md), ![shot](../../assets/shot.png) and <a href="/guides/b/">b</a>.',
      '',
      '```html',
      '<a href="/guides/b/">in code</a>',
      '```',
      ''
    ].join('\n')
    expect(placePage(page, context())).toBe(
      [
        '---',
        'title: Guide',
        'slug: fr/guides/a',
        'hero:',
        '  actions:',
        '    - text: Start',
        '      link: /fr/guides/b/',
        '    - text: Out',
        "      link: 'https://example.com'",
        '---',
        "import Card from '../../../components/card.astro'",
        '',
        '<Card href="/fr/guides/b/" src="../../../assets/x.png" title="/guides/" />',
        '',
        'See [b](./b.md), ![shot](../../../assets/shot.png) and <a href="/fr/guides/b/">b</a>.',
        '',
        '```html',
        '<a href="/guides/b/">in code</a>',
        '```',
        ''
      ].join('\n')
    )
  })

  it.each([
    [
      'Hugo url and aliases get the locale in front',
      '---\ntitle: Install\nurl: /installation/\naliases: [/install/, "/setup/"]\nslug: installing\n---\n\nText.\n',
      {url: 'prefix', aliases: 'prefix', slug: 'keep'},
      '---\ntitle: Install\nurl: /de/installation/\naliases: [/de/install/, "/de/setup/"]\nslug: installing\n---\n\nText.\n'
    ],
    [
      'Hugo TOML',
      '+++\ntitle = "Install"\nurl = "/installation/"\n+++\n\nText.\n',
      {url: 'prefix'},
      '+++\ntitle = "Install"\nurl = "/de/installation/"\n+++\n\nText.\n'
    ],
    ['a field already localized stays', '---\nurl: /de/x/\n---\n', {url: 'prefix'}, '---\nurl: /de/x/\n---\n'],
    [
      'Docusaurus slug and id stay',
      '---\nid: intro\nslug: /intro\n---\n',
      {slug: 'keep', id: 'keep'},
      '---\nid: intro\nslug: /intro\n---\n'
    ],
    ['drop removes the line', '---\ntitle: A\npermalink: /a/\n---\n', {permalink: 'drop'}, '---\ntitle: A\n---\n']
  ])('%s', (_, page, routing, expected) => {
    const hugo = context({
      parser: dialectParser('hugo'),
      language: {tag: 'de-DE', locale: 'de'},
      routing: routing as PlaceContext['routing'],
      rewrites: [],
      from: 'content/a.md',
      to: 'content/a.de.md'
    })
    expect(placePage(page, hugo)).toBe(expected)
  })
})
