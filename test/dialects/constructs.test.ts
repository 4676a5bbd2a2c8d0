/**
 * Constructs a real page has that are never a translator's text: pseudo-localization (brackets
 * and accents on every segment) keeps each one byte for byte, in every dialect that reads it.
 */
import {describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {dialectNames, type DialectName} from '../../src/dialects/index.js'

const pseudo = (source: string, dialect: DialectName, options: {math?: boolean} = {}) => {
  const document = segmentDocument(source, {dialect, file: 'page.md', ...options})
  return {
    texts: document.segments.map(({text}) => text),
    markdown: assembleDocument(document, (segment) => pseudoLocalize(segment.text)).markdown
  }
}

describe('GitHub alerts in every dialect', () => {
  for (const dialect of dialectNames) {
    it(`${dialect}: the marker is kept, the alert's text is the segment`, () => {
      expect(pseudo('> [!NOTE]\n> Useful information.\n', dialect)).toEqual({
        texts: ['Useful information.'],
        markdown: '> [!NOTE]\n> [Ûšéƒûļ îñƒöŕɱåţîöñ. ···]\n'
      })
    })
  }
})

describe('math where the site has it on (`math: true`)', () => {
  const source = 'Let $a \\ne 0$ be given.\n\n$$\nx^2 + y^2\n$$\n'
  it('formulas are atoms and blocks, never text, never pseudo-localized', () => {
    expect(pseudo(source, 'vitepress', {math: true})).toEqual({
      texts: ['Let <1/> be given.'],
      markdown: '[Ļéţ $a \\ne 0$ ƀé ĝîṽéñ. ·]\n\n$$\nx^2 + y^2\n$$\n'
    })
  })
  it('off, a single `$` is text', () => {
    expect(pseudo('It costs $5 and $6.\n', 'vitepress').texts).toEqual(['It costs $5 and $6.'])
  })
})

describe('VitePress constructs', () => {
  it('keeps snippet imports, [[toc]], attribute blocks and emoji shortcodes', () => {
    const source =
      'Intro :tada: here.\n\n<<< @/snippets/snippet.js{2,4-6 ts:line-numbers} [snippet.js]\n\n[[toc]]\n\n::: details Click me {open}\nBody.\n:::\n\nText {.red #x}\n'
    expect(pseudo(source, 'vitepress')).toEqual({
      texts: ['Intro <1/> here.', 'Click me', 'Body.', 'Text'],
      markdown:
        '[Îñţŕö :tada: ĥéŕé. ·]\n\n<<< @/snippets/snippet.js{2,4-6 ts:line-numbers} [snippet.js]\n\n[[toc]]\n\n::: details [Çļîçķ ɱé ·] {open}\n[Ɓöðý. ·]\n:::\n\n[Ţéẋţ ·] {.red #x}\n'
    })
  })
  it('escapes translator text that would start one', () => {
    const document = segmentDocument('Some text.\n', {dialect: 'vitepress', file: 'page.md'})
    expect(assembleDocument(document, () => '<<< @/secret.ts\n[[toc]]\nText {.evil}').markdown).toBe(
      '\\<<< @/secret.ts\n\\[[toc]]\nText <span v-pre>{</span>.evil}\n'
    )
  })
})
