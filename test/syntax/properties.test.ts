/**
 * Every micromark extension md-l10n writes (template tags, markdown-it containers), under random
 * and adversarial input in each dialect that uses it: the parse finishes (a runaway tokenizer
 * spends the step budget and becomes an error naming the file; nothing may hang) and an identity
 * build gives the document back byte for byte. Inputs are bounded in size, no time is measured.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {InputError} from '../../src/util/errors.js'
import type {DialectName} from '../../src/dialects/index.js'

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261208)

/** Pieces that steer these tokenizers, and the markdown around them. */
const templatePieces = [
  '{{',
  '}}',
  '{%',
  '%}',
  '{{<',
  '>}}',
  '{{%',
  '{{#',
  '{{</*',
  '*/>}}',
  '\\{{#',
  '{% raw %}',
  '{% endraw %}',
  '{',
  '}',
  '<',
  '>',
  '%',
  '#',
  '|',
  '`',
  '[',
  '](',
  ')',
  '*',
  '-',
  ' ',
  ' ',
  '\n',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '> ',
  '- ',
  '1. ',
  '    ',
  '```',
  'a',
  'word',
  'é',
  '東'
]
const containerPieces = [
  ':::',
  '::::',
  '::: tip',
  '::: details Title',
  ':::: warning',
  '::: v-pre',
  '::: unknown',
  ':',
  '::',
  '\n',
  '\n',
  '\n\n',
  ' ',
  '  ',
  '> ',
  '- ',
  '    ',
  '```',
  '{{',
  '}}',
  'a',
  'Word',
  '[x]',
  '{#id}',
  '# '
]

const from = (pieces: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...pieces), {maxLength}).map((parts) => parts.join(''))
/** Adversarial: one piece repeated, the shapes that make a tokenizer rescan (`{{ ` × n, `::: tip\n` × n). */
const repeated = (pieces: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...pieces), fc.constantFrom(...pieces), fc.integer({min: 1, max: 400}))
    .map(([a, b, count]) => (a + b).repeat(count))
const random = fc.string({
  unit: fc.constantFrom('{', '}', '%', '<', '>', '#', ':', '\n', ' ', 'a', '|', '*', '/', '\\'),
  maxLength: 200
})

function roundTrips(markdown: string, dialect: DialectName): void {
  let document
  try {
    document = segmentDocument(markdown, {dialect, file: 'fuzz.md'})
  } catch (error) {
    // A document past md-l10n's limits is refused with a named error, never thrown raw.
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).file).toBe('fuzz.md')
    return
  }
  expect(assembleDocument(document, () => undefined).markdown).toBe(markdown)
}

const extensions: Array<{name: string; dialects: DialectName[]; pieces: readonly string[]}> = [
  {name: 'template tags', dialects: ['vitepress', 'hugo', 'jekyll', 'mdbook'], pieces: templatePieces},
  {name: 'markdown-it containers', dialects: ['vitepress', 'docusaurus'], pieces: containerPieces}
]

for (const {name, dialects, pieces} of extensions) {
  describe(`the ${name} tokenizer`, () => {
    for (const dialect of dialects) {
      it(`finishes and round-trips on generated ${dialect} documents`, () => {
        fc.assert(
          fc.property(fc.oneof(from(pieces, 60), repeated(pieces), random), (markdown) =>
            roundTrips(markdown, dialect)
          ),
          {numRuns: 150, seed}
        )
      })
    }
  })
}
