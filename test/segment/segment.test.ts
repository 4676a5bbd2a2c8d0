import {describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import {readArticle, fixtures} from '../helpers.js'

const fixture = (name: string) => fixtures().find(([file]) => file === name)![1]

describe('segmentDocument on the article', () => {
  const result = segmentDocument(readArticle())
  const texts = result.segments.map(({text}) => text)

  it('translates the front-matter title and description, not lang', () => {
    expect(result.segments.slice(0, 2).map(({key, kind}) => [key, kind])).toEqual([
      ['fm-title', 'frontMatter'],
      ['fm-description', 'frontMatter']
    ])
    expect(texts).not.toContain('id')
  })

  it('splits the footer into one segment per line, bullets outside the text', () => {
    const lines = result.segments.filter(({kind}) => kind === 'line').map(({text}) => text)
    expect(lines).toContain('Hadiah')
    expect(lines).toContain('0/400')
    expect(lines).toContain('Bahasa Indonesia')
    expect(lines.filter((text) => text === 'Komentar')).toHaveLength(2)
    expect(lines.some((text) => text.startsWith('•'))).toBe(false)
  })

  it('leaves the language switcher out and discovers its languages in footer order', () => {
    expect(texts).not.toContain('English')
    expect(texts).not.toContain('Français (Afrique)')
    expect(result.languageSwitcher.map(({tag}) => tag)).toEqual([
      'zh-Hans',
      'en',
      'vi',
      'zh-Hant',
      'es',
      'ru',
      'fr-002',
      'pt-PT',
      'id',
      'ja',
      'ar',
      'uk',
      'pt-BR'
    ])
    expect(result.languageSwitcher.find(({tag}) => tag === 'ar')!.name).toBe('بالعربية')
  })

  it('keeps the stray ** markers of the real page as text', () => {
    expect(texts).toContain('** Konservatif VS Terbuka, **')
  })

  it('keeps `$ 10 miliar … $ 1 miliar` as prose, not math', () => {
    expect(texts.some((text) => text.includes('$ 10 miliar') && text.includes('$ 1 miliar'))).toBe(true)
  })

  it('gives every segment a distinct key that i18next can resolve as is', () => {
    const keys = result.segments.map(({key}) => key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const key of keys) expect(key).toMatch(/^[a-z]+-[a-z0-9-]+$/)
  })
})

describe('inline markup as numbered tags', () => {
  it('carries containers as <n>…</n> and atoms as <n/>, never URLs or code', () => {
    const {segments} = segmentDocument(fixture('gfm-table.md'))
    const texts = segments.map(({text}) => text)
    expect(texts).toContain('The CLI runs wherever Node.js 20 runs. Pick the <1>package</1> that fits your setup:')
    expect(texts).toContain('Use <1>PowerShell</1> 7')
    expect(texts).toContain('Tested on <1>Debian</1> and Alpine')
    expect(texts).toContain('Cells with <1>deprecated</1> entries are kept for one more release.')
    expect(texts.join('\n')).not.toMatch(/learn\.microsoft|`md-l10n`/)
    expect(segments.filter(({kind}) => kind === 'tableCell').length).toBeGreaterThan(6)
  })

  it('never hands code, HTML markup or math to a translator, only the text inside HTML', () => {
    const texts = segmentDocument(fixture('code-html.md')).segments.map(({text}) => text)
    expect(texts).toContain('Set <1/> in <2/> and run the extractor:')
    expect(texts).toContain('Press <1/>Ctrl<2/>+<3/>C<4/> to stop, or send <5/>SIGINT<6/>.')
    // Text in an HTML block and a prose attribute of inline HTML are offered, their tags are not.
    expect(texts).toContain('Raw HTML blocks are copied as they are.')
    expect(texts).toContain('interrupt')
    expect(texts.join('\n')).not.toMatch(/sourceDir|npx|warning|kbd|mc\^2/)
    expect(texts).toContain('Prices like $ 10 and $ 20 stay prose, and {{count}} items keep their placeholder.')
  })

  it('unwraps soft line breaks and keeps hard breaks as atoms', () => {
    const texts = segmentDocument(fixture('footnotes.md')).segments.map(({text}) => text)
    expect(texts).toContain('A <1>soft</1> wrapped paragraph keeps its lines when nothing changes.')
    expect(texts.some((text) => text.includes('two spaces<2/>line two'))).toBe(true)
    expect(texts).toContain('Entities & escapes: *not emphasis*, © 2026, 5 < 6.')
    expect(texts).toContain("See the W3C's <1>Internationalization</1> pages for the difference.")
  })

  it('segments list items, task items, nested quotes and setext headings', () => {
    const {segments} = segmentDocument(fixture('nested.md'))
    const byText = new Map(segments.map((segment) => [segment.text, segment.kind]))
    expect(byText.get('Release checklist')).toBe('heading')
    expect(byText.get('Setext subtitle')).toBe('heading')
    expect(byText.get('Changelog reviewed')).toBe('listItem')
    expect(byText.get('Run the full test suite on a clean checkout, including the slow integration tests.')).toBe(
      'listItem'
    )
    expect(byText.get('Nested quote: ask the <1>release manager</1> if the registry is down.')).toBe('paragraph')
  })

  it('makes alt text and link titles their own segments', () => {
    const {segments} = segmentDocument(fixture('links.md'))
    const kinds = segments.map(({kind, text}) => `${kind}:${text}`)
    expect(kinds).toContain('alt:A diagram of the pipeline: parse, segment, translate, assemble')
    expect(kinds).toContain('title:The md-l10n pipeline')
    expect(kinds).toContain('title:Install md-l10n')
    expect(kinds).toContain('title:Frequently asked questions')
    expect(kinds).toContain('alt:Build status')
    expect(kinds.join('\n')).not.toMatch(/https:|www\.example/)
  })

  it('reads folded YAML scalars and leaves other fields alone', () => {
    const {segments} = segmentDocument(fixture('front-matter.md'))
    expect(segments.map(({key, text}) => [key, text])).toEqual([
      ['fm-title', 'Getting started'],
      ['fm-description', 'A folded description over two lines.\n'],
      [expect.stringMatching(/^p-/), 'Welcome to the guide.']
    ])
  })

  it('returns nothing for an empty document', () => {
    expect(segmentDocument('').segments).toEqual([])
  })
})

describe('table cells', () => {
  it('offers cells with words, not cells of numbers or prices', () => {
    const source = '| Plan | Seats | Price |\n|---|--:|--:|\n| Team | 3 | $0 |\n| Enterprise | 50 | `custom` |\n'
    expect(segmentDocument(source).segments.map(({text}) => text)).toEqual([
      'Plan',
      'Seats',
      'Price',
      'Team',
      'Enterprise'
    ])
  })
})

describe('notes to translators', () => {
  it('gives the segment after an `<!-- l10n: … -->` comment its note, and no other segment', () => {
    const source =
      '# Install\n\n<!-- l10n: "pnpm" is a name: keep it in lower case. -->\nRun `pnpm install` first.\n\n<!-- an ordinary comment -->\nThen build.\n'
    const {segments} = segmentDocument(source)
    expect(segments.map(({text, note}) => [text, note])).toEqual([
      ['Install', undefined],
      ['Run <1/> first.', '"pnpm" is a name: keep it in lower case.'],
      ['Then build.', undefined]
    ])
  })
})

describe('nested front-matter fields', () => {
  it('offers fields by path, `*` standing for any key or index, and writes them back in place', () => {
    const source =
      '---\nlayout: home\nhero:\n  name: Vite\n  tagline: Next generation tooling\nfeatures:\n  - title: Instant start\n    details: >-\n      No bundling\n      needed.\n  - title: Fast HMR\n    details: Stays fast.\n---\n'
    const {segments} = segmentDocument(source, {
      frontMatterFields: ['hero.tagline', 'features.*.title', 'features.*.details']
    })
    expect(segments.map(({field, text}) => [field, text])).toEqual([
      ['hero.tagline', 'Next generation tooling'],
      ['features.0.title', 'Instant start'],
      ['features.0.details', 'No bundling needed.'],
      ['features.1.title', 'Fast HMR'],
      ['features.1.details', 'Stays fast.']
    ])
  })
})
