import {describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {documentShape, shapeDifference} from '../../src/check/structure.js'
import {fixtures, readArticle} from '../helpers.js'

const documents: Array<[string, string]> = [...fixtures(), ['article', readArticle()]]

describe('identity round trip', () => {
  it.each(documents)('%s comes back byte for byte', (_, source) => {
    const document = segmentDocument(source)
    expect(assembleDocument(document, () => undefined).markdown).toBe(source)
    // Translations equal to the source text take the same path as no translation.
    expect(assembleDocument(document, (segment) => segment.text).markdown).toBe(source)
  })
})

describe('pseudo round trip', () => {
  it.each(documents)('%s keeps its structure, links, images and code', (_, source) => {
    const document = segmentDocument(source)
    const result = assembleDocument(document, (segment) => pseudoLocalize(segment.text), {
      frontMatter: {lang: 'qps-ploc'}
    })
    expect(result.fallbacks).toEqual([])
    expect(shapeDifference(documentShape(source), documentShape(result.markdown))).toBeUndefined()
    if (document.segments.length > 0) expect(result.markdown).not.toBe(source)
  })

  it('changes every segment of the article and leaves the language switcher alone', () => {
    const source = readArticle()
    const markdown = assembleDocument(segmentDocument(source), (segment) => pseudoLocalize(segment.text)).markdown
    expect(markdown).toContain('  • Français (Afrique)\n')
    expect(markdown).not.toContain('Komentar')
    expect(markdown).toContain('[Ĥåðîåĥ')
  })
})

describe('fixtures that exercise the splice', () => {
  it('keeps CRLF line endings, the BOM and unknown front-matter keys', () => {
    const [, source] = fixtures().find(([name]) => name === 'crlf-bom.md')!
    const document = segmentDocument(source)
    const markdown = assembleDocument(document, (segment) => segment.text.toUpperCase(), {
      frontMatter: {lang: 'fr'}
    }).markdown
    expect(markdown.startsWith('\uFEFF---\r\n')).toBe(true)
    expect(markdown).toContain('tags: [windows, crlf]\r\n')
    expect(markdown).toContain('lang: fr\r\n')
    expect(markdown).toContain('THIS FILE USES **CRLF** LINE ENDINGS AND STARTS WITH A BYTE ORDER MARK.\r\n')
    expect(markdown.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })

  it('rebuilds links from their source bytes and translates titles and alt text in place', () => {
    const [, source] = fixtures().find(([name]) => name === 'links.md')!
    const document = segmentDocument(source)
    const translations: Record<string, string> = {
      'Install md-l10n': 'Installer md-l10n',
      'A diagram of the pipeline: parse, segment, translate, assemble': 'Schéma du pipeline',
      'The md-l10n pipeline': 'Le "pipeline"'
    }
    const markdown = assembleDocument(document, (segment) => translations[segment.text]).markdown
    expect(markdown).toContain('[installation guide](https://example.com/install "Installer md-l10n")')
    expect(markdown).toContain('![Schéma du pipeline](img/pipeline.png "Le \\"pipeline\\"")')
  })

  it('escapes markdown syntax a translator types so it stays text', () => {
    const document = segmentDocument('Plain words here.\n')
    const markdown = assembleDocument(
      document,
      () => '# not a heading *nor emphasis* <b>nor html</b> [nor link] [nor](this)'
    ).markdown
    expect(documentShape(markdown)).toEqual(documentShape('Plain words here.\n'))
    // A `[…]` no definition names is text as it is: only the `(` that would make a link is escaped.
    expect(markdown).toBe('\\# not a heading \\*nor emphasis\\* \\<b>nor html\\</b> [nor link] [nor]\\(this)\n')
  })

  it('falls back to the source when a translation breaks its tags', () => {
    const document = segmentDocument('Read the [guide](https://x.test) now.\n')
    expect(document.segments[0]!.text).toBe('Read the <1>guide</1> now.')
    const result = assembleDocument(document, () => 'Lisez le guide maintenant.')
    expect(result.markdown).toBe('Read the [guide](https://x.test) now.\n')
    expect(result.fallbacks[0]!.reason).toMatch(/<1>.*missing/)
    const moved = assembleDocument(document, () => '<1>Guide</1> : lisez-le.')
    expect(moved.markdown).toBe('[Guide](https://x.test) : lisez-le.\n')
  })

  it('continues translated lines with the container prefix', () => {
    const source =
      '> A quoted paragraph that a writer wrapped by hand at a\n> comfortable width, as many documentation writers do.\n'
    const markdown = assembleDocument(segmentDocument(source), () => 'première ligne\nseconde ligne').markdown
    expect(markdown).toBe('> première ligne\n> seconde ligne\n')
  })
})
