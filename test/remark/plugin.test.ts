/**
 * remarkL10n as a unified plugin: segments on `file.data.l10n` with the caller's own parser and
 * syntax, and a compiler that writes the localized document byte for byte outside the segments.
 */
import {describe, expect, it} from 'vitest'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import {remarkL10n} from '../../src/remark/index.js'
import {segmentDocument} from '../../src/segment/index.js'
import {fixtures, readArticle} from '../helpers.js'

const documents = [...fixtures(), ['article', readArticle()] as [string, string]]

describe('remarkL10n', () => {
  it.each(documents)('puts the segments of %s on file.data.l10n, as segmentDocument finds them', async (_, source) => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMath, {singleDollarTextMath: false})
      .use(remarkL10n, {translations: {}})
    const vfile = await processor.process(source)
    const expected = segmentDocument(source)
    expect(vfile.data.l10n!.segments.map(({key, kind, text}) => ({key, kind, text}))).toEqual(
      expected.segments.map(({key, kind, text}) => ({key, kind, text}))
    )
  })

  it.each(documents)('compiles %s back byte for byte when nothing is translated', async (_, source) => {
    const file = await unified().use(remarkParse).use(remarkGfm).use(remarkL10n, {translations: {}}).process(source)
    expect(String(file)).toBe(source)
  })

  it('compiles the localized document from a catalog', async () => {
    const source =
      '---\ntitle: Install\n---\n# Install\n\nRead the [guide](https://example.com/guide "Setup guide") and run `npm ci`.\n'
    const {segments} = segmentDocument(source)
    const french = Object.fromEntries(
      segments.map(({key, text}) => [
        key,
        {Install: 'Installation', 'Setup guide': 'Guide d’installation'}[text] ??
          text.replace('Read the <1>guide</1> and run <2/>.', 'Lisez le <1>guide</1> puis lancez <2/>.')
      ])
    )
    const file = await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkL10n, {translations: french, language: 'fr', sourceLanguage: 'en'})
      .process(source)
    expect(String(file)).toMatch(
      /^---\ntitle: Installation\nlang: fr\nsourceVersion: (?:"[0-9][0-9a-f]{7}"|[a-f][0-9a-f]{7})\n---\n# Installation\n\nLisez le \[guide\]\(https:\/\/example\.com\/guide "Guide d’installation"\) puis lancez `npm ci`\.\n$/
    )
    expect(file.data.l10n!.localized!.counts).toEqual({total: 4, translated: 4, stale: 0, missing: 0, machine: 0})
  })

  it('segments with the caller’s syntax: single-dollar math becomes an atom only where the caller turns it on', async () => {
    const source = 'The area is $\\pi r^2$ here.\n'
    const plain = await unified().use(remarkParse).use(remarkL10n, {translations: {}}).process(source)
    const withMath = await unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkL10n, {translations: {}})
      .process(source)
    expect(plain.data.l10n!.segments.map(({text}) => text)).toEqual(['The area is $\\pi r^2$ here.'])
    expect(withMath.data.l10n!.segments.map(({text}) => text)).toEqual(['The area is <1/> here.'])
    expect(String(withMath)).toBe(source)
  })
})
