/**
 * Each generator's heading ids (`headingIds: "pin"` writes them): md-l10n's id of a heading
 * equals the generator's own. VitePress is judged by markdown-it with markdown-it-anchor and
 * `slugify` of @mdit-vue/shared, set up as VitePress sets them up; Hugo by the ids `hugo`
 * v0.111.3 wrote for these headings (its default `autoHeadingIDType: github`); Jekyll (kramdown
 * GFM), mdBook and github-slugger generators by their algorithms' results, listed exactly.
 */
import {describe, expect, it} from 'vitest'
import MarkdownIt from 'markdown-it'
import anchor from 'markdown-it-anchor'
import {slugify} from '@mdit-vue/shared'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import type {DialectName} from '../../src/dialects/index.js'

const headings = [
  "What's next",
  'Install `pnpm`',
  'Café & crème',
  '中文标题',
  'Emoji 🎉 party',
  'Duplicate',
  'Duplicate',
  'C++ / C#',
  '1. Numbered',
  'Hello---world',
  'API (v2)',
  'Ünïcödé Ärger'
]
const page = headings.map((text) => `## ${text.replace(/^1\./, '1\\.')}\n`).join('\n')
const ids = (dialect: DialectName, source = page) =>
  segmentDocument(source, {dialect, file: 'page.md'}).headings!.map(({id}) => id)

describe('heading ids as each generator makes them', () => {
  it('VitePress: as its markdown-it renders them', () => {
    const markdown = new MarkdownIt({html: true})
    markdown.use(anchor, {
      slugify,
      getTokensText: (tokens: Array<{type: string; content: string}>) =>
        tokens
          .filter((token) => !['html_inline', 'emoji'].includes(token.type))
          .map((token) => token.content)
          .join('')
    })
    const source = `${page}\n## Badge <Badge type="tip" text="beta" />\n\n## Hello :tada: world\n`
    const rendered = [...markdown.render(source.replace(':tada: ', '')).matchAll(/<h2 id="([^"]*)"/g)].map(
      (match) => match[1]
    )
    expect(ids('vitepress', source)).toEqual(rendered)
    expect(rendered.slice(0, 3)).toEqual(['what-s-next', 'install-pnpm', 'cafe-creme'])
  })

  it('Hugo: as hugo writes them', () => {
    expect(ids('hugo')).toEqual([
      'whats-next',
      'install-pnpm',
      'café--crème',
      '中文标题',
      'emoji--party',
      'duplicate',
      'duplicate-1',
      'c--c',
      '1-numbered',
      'hello---world',
      'api-v2',
      'ünïcödé-ärger'
    ])
  })

  it('Jekyll (kramdown GFM): as generate_gfm_header_id makes them', () => {
    expect(ids('jekyll')).toEqual([
      'whats-next',
      'install-pnpm',
      'café--crème',
      '中文标题',
      'emoji--party',
      'duplicate',
      'duplicate-1',
      'c--c',
      '1-numbered',
      'hello---world',
      'api-v2',
      'ünïcödé-ärger'
    ])
  })

  it('mdBook: as normalize_id makes them (non-ASCII letters keep their case)', () => {
    expect(ids('mdbook')).toEqual([
      'whats-next',
      'install-pnpm',
      'café--crème',
      '中文标题',
      'emoji--party',
      'duplicate',
      'duplicate-1',
      'c--c',
      '1-numbered',
      'hello---world',
      'api-v2',
      'Ünïcödé-Ärger'
    ])
  })

  for (const dialect of ['gfm', 'docusaurus', 'starlight'] as const) {
    it(`${dialect}: as github-slugger makes them`, () => {
      expect(ids(dialect)).toEqual([
        'whats-next',
        'install-pnpm',
        'café--crème',
        '中文标题',
        'emoji--party',
        'duplicate',
        'duplicate-1',
        'c--c',
        '1-numbered',
        'hello---world',
        'api-v2',
        'ünïcödé-ärger'
      ])
    })
  }
})

describe('pinned ids in the syntax the site reads', () => {
  const translate = (dialect: DialectName, source: string, file = 'page.md') => {
    const document = segmentDocument(source, {dialect, file})
    return assembleDocument(document, (segment) => pseudoLocalize(segment.text), {headingIds: 'pin'}).markdown
  }

  it('Docusaurus: `\\{#id}` (what its own preprocessor writes), ids it has kept byte for byte and outside the pseudo brackets', () => {
    expect(translate('docusaurus', "## What's next\n\n## Headings {/* #my-id */}\n\n## Other \\{#other}\n")).toBe(
      "## [Ŵĥåţ'š ñéẋţ ·] \\{#whats-next}\n\n## [Ĥéåðîñĝš ·] {/* #my-id */}\n\n## [Öţĥéŕ ·] \\{#other}\n"
    )
  })

  it('VitePress: `{#id}` with its own slug', () => {
    expect(translate('vitepress', "## What's next\n\n## Hello {#hi}\n")).toBe(
      "## [Ŵĥåţ'š ñéẋţ ·] {#what-s-next}\n\n## [Ĥéļļö ·] {#hi}\n"
    )
  })
})
