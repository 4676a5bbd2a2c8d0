/**
 * Escaping from the syntax: a translation is text in every construct and every dialect. A
 * fast-check property writes random text full of markdown-significant characters as the
 * translation of every segment of a page and reads the localized page back with the dialect's
 * parser: the same segments, each with the translation's text. Tables pin what is escaped (only
 * what would change the parse) and how.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {dialectNames, type DialectName} from '../../src/dialects/index.js'
import remarkL10n from '../../src/remark/index.js'

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261208)

/** A page with every segment kind the dialect has, outside and inside containers. */
function page(dialect: DialectName): string {
  const common =
    '# Heading one\n\nParagraph text *with emphasis* and more.\n\n- List item text\n\n> Quote text\n\n| Head | Col |\n| ---- | --- |\n| Cell | x |\n\nSee ![Alt text](img.png "Title text") here.\n'
  if (dialect === 'vitepress') return `${common}\n::: tip Container title\nInside text.\n:::\n`
  if (dialect === 'docusaurus' || dialect === 'starlight')
    return `${common}\n:::note[Container title]\n\nInside text.\n\n:::\n`
  return common
}

const character = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABC')},
  {weight: 2, arbitrary: fc.constant(' ')},
  {weight: 6, arbitrary: fc.constantFrom(...'#*_[]()!<>{}:|$~`\\&-+=.1@/%\'"^')},
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\n',
      '\r',
      '\r\n',
      '\u2028',
      '\t',
      'https://',
      'www.',
      '{{',
      '{%',
      '{{<',
      'export ',
      'import ',
      '&amp;',
      '[!NOTE]',
      ':::',
      '---',
      '1. ',
      '```'
    )
  }
)
const translation = fc
  .array(character, {minLength: 1, maxLength: 40})
  .map((parts) => parts.join(''))
  .map((text) => text.trim())
  .filter((text) => /[a-z]/i.test(text) && !/<\/?\d/.test(text))

/** What a reader gets back from a translation: one space for a line break and the blanks around it, no outer blanks. */
const readBack = (text: string) =>
  text
    .replace(/\r\n?|[\n\u2028]/g, '\n')
    .replace(/[ \t]*\n\s*/g, ' ')
    .trim()

describe('a random translation parses back as its own text', () => {
  for (const dialect of dialectNames) {
    it(`in every segment of a ${dialect} page`, () => {
      const file = 'page.md'
      const source = page(dialect)
      const document = segmentDocument(source, {dialect, file})
      const kinds = document.segments.map(({kind}) => kind)
      fc.assert(
        fc.property(fc.array(translation, {minLength: kinds.length, maxLength: kinds.length}), (texts) => {
          const plain = texts.map((text, index) =>
            document.segments[index]!.text.includes('<') ? `${text} ${document.segments[index]!.text}` : text
          )
          const {markdown, fallbacks} = assembleDocument(
            document,
            (segment) => plain[document.segments.indexOf(segment)]
          )
          expect(fallbacks).toEqual([])
          // VitePress shows a `{` in `<span v-pre>` as a `{` (it is how text writes one where `{{` would be Vue's).
          const again = segmentDocument(markdown.replaceAll('<span v-pre>{</span>', '&#x7B;'), {dialect, file})
          expect(again.segments.map(({kind}) => kind)).toEqual(kinds)
          // A word joiner (invisible) is what keeps a URL or an email from linking in GFM.
          expect(again.segments.map(({text}) => text.replaceAll('\u2060', ''))).toEqual(plain.map(readBack))
        }),
        {seed, numRuns: 60}
      )
    })
  }
})

describe('escapes only what would change the parse', () => {
  const cases: Array<[DialectName, string, string]> = [
    ['gfm', 'Félicitations ! Vraiment !', 'Félicitations ! Vraiment !'],
    ['docusaurus', 'Félicitations !', 'Félicitations !'],
    ['gfm', '[Ĥéļļö ·]', '[Ĥéļļö ·]'],
    ['gfm', 'a ![b](c) d', 'a \\![b]\\(c) d'],
    ['gfm', 'a [b][c] d', 'a [b]\\[c] d'],
    ['gfm', 'a *b* _c_ `d`', 'a \\*b\\* \\_c\\_ \\`d\\`'],
    ['gfm', 'a <b> c < d', 'a \\<b> c < d'],
    ['gfm', 'https://x.test www.y.test a@b.test', 'https\\:\u2060//x.test www\u2060\\.y.test a\u2060\\@b.test'],
    ['mdbook', 'https://x.test www.y.test a@b.test', 'https\\:\u2060//x.test www\u2060\\.y.test a\u2060\\@b.test'],
    ['gfm', 'a {b} :c $$d $e', 'a {b} :c \\$$d $e'],
    ['gfm', 'a\n# b\n- c\n1. d\n> e\n:-- | :--', 'a\n\\# b\n\\- c\n1\\. d\n\\> e\n\\:-- | :--'],
    ['gfm', 'a\r# b\u2028c\u2029d', 'a\n\\# b\nc\nd'],
    ['docusaurus', 'a {b} :c <d>', 'a \\{b} \\:c \\<d>'],
    ['starlight', 'a {b} :c', 'a {b} \\:c'],
    ['docusaurus', 'export const x = 1\nimport y from "z"', '&#x65;xport const x = 1\n&#x69;mport y from "z"'],
    ['vitepress', "{{ ''.constructor }} x", "<span v-pre>{</span>{ ''.constructor }} x"],
    ['vitepress', 'a { b } c', 'a { b } c'],
    ['jekyll', '{% include x %} {{ y }}', '&#x7B;% include x %} &#x7B;{ y }}'],
    ['hugo', '{{< x >}} {{% y %}} {{ z }}', '&#x7B;{< x >}} &#x7B;{% y %}} {{ z }}'],
    ['mdbook', '{{#include x}} {{ y }}', '&#x7B;{#include x}} {{ y }}']
  ]
  for (const [dialect, text, expected] of cases) {
    it(`${dialect}: ${JSON.stringify(text)} → ${JSON.stringify(expected)}`, () => {
      const document = segmentDocument('Some text here.\n', {dialect, file: 'page.md'})
      expect(assembleDocument(document, () => text).markdown).toBe(`${expected}\n`)
    })
  }

  it('keeps a heading, a table cell and a title on one line, and a heading without a second id', () => {
    const document = segmentDocument('# Title\n\n| A |\n| - |\n| B |\n\n[x](y "T")\n')
    const texts = ['One\r\n# Two {#evil}', 'a | b\nc', 'd', 'x', 'T\n"q"']
    const {markdown} = assembleDocument(document, (segment) => texts[document.segments.indexOf(segment)])
    expect(markdown).toBe('# One # Two \\{#evil}\n\n| a \\| b c |\n| - |\n| d |\n\n[x](y "T \\"q\\"")\n')
  })

  it('escapes a `[label]` a definition of the document names (it would link)', () => {
    const document = segmentDocument('Some text.\n\n[docs]: https://x.test\n')
    expect(assembleDocument(document, () => 'See [Docs] and [other].').markdown).toBe(
      'See \\[Docs] and [other].\n\n[docs]: https://x.test\n'
    )
  })

  it('falls back to the source for a translation with a lone surrogate', () => {
    const document = segmentDocument('Some text.\n')
    const result = assembleDocument(document, () => 'Texte \ud800.')
    expect([result.markdown, result.fallbacks.map(({reason}) => reason)]).toEqual([
      'Some text.\n',
      ['the translation has a lone surrogate (a broken character)']
    ])
  })
})

describe('remarkL10n escapes with the processor it runs in', () => {
  it('writes `{` and `<` of a translation so remark-mdx reads them back as text', async () => {
    const source = 'Use <Tabs>the component</Tabs> here.\n'
    const key = segmentDocument(source, {file: 'page.mdx'}).segments[0]!.key
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMdx)
      .use(remarkL10n, {translations: {[key]: 'Utilisez { et <1>composant</1>.'}})
    const out = String(await processor.process(source))
    expect(out).toBe('Utilisez \\{ et <Tabs>composant</Tabs>.\n')
    expect(segmentDocument(out, {file: 'page.mdx'}).segments.map(({text}) => text)).toEqual([
      'Utilisez { et <1>composant</1>.'
    ])
  })
})
