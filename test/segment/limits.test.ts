/**
 * The limits that hold before micromark's time grows with the square of the input (issue 31):
 * each hostile shape is refused with the file, the line and the limit; the same shape just
 * under the limit is parsed. Time is not measured here (scripts/hostile-input.mjs benches it).
 */
import {describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import {checkLimits, limits} from '../../src/segment/limits.js'
import type {DialectName} from '../../src/dialects/index.js'

const nested = (depth: number) =>
  Array.from({length: depth}, (_, level) => `${':'.repeat(3 + depth - level)} tip\n`).join('') +
  'x\n' +
  Array.from({length: depth}, (_, level) => `${':'.repeat(4 + level)}\n`).join('')

const invalid: Array<{name: string; markdown: string; line: number; message: string}> = [
  {
    name: '`- ` 3,200 times on one line',
    markdown: `Intro.\n\n${'- '.repeat(3200)}x\n`,
    line: 3,
    message: 'nesting is deeper than the 100 levels md-l10n handles'
  },
  {
    name: 'list markers of every kind on one line',
    markdown: `${'> 1. * '.repeat(40)}x\n`,
    line: 1,
    message: 'nesting is deeper than the 100 levels md-l10n handles'
  },
  {
    name: '`[`ⁿx`]`ⁿ',
    markdown: `Intro.\n\nSee ${'['.repeat(2000)}x${']'.repeat(2000)}\n`,
    line: 3,
    message: 'more than 100 `[` open at once in one block, more than md-l10n handles'
  },
  {
    name: '`[a](` repeated',
    markdown: `# Title\n\n${'[a]('.repeat(5000)}\n`,
    line: 3,
    message: 'more than 100 link destinations `](` left open in one block, more than md-l10n handles'
  },
  {
    name: '`[a](` over lines of one block',
    markdown: `Intro.\n\n${'[a](\n'.repeat(150)}`,
    line: 3,
    message: 'more than 100 link destinations `](` left open in one block, more than md-l10n handles'
  },
  {
    name: '10,000 nested containers',
    markdown: `Intro.\n\n${'::: tip\n'.repeat(10_000)}${':::\n'.repeat(10_000)}`,
    line: 103,
    message: '`:::` containers are nested deeper than the 100 levels md-l10n handles'
  },
  {
    name: 'a table of 10,001 rows',
    markdown: `Intro.\n\n| a | b |\n| - | - |\n${'| x | y |\n'.repeat(9_999)}`,
    line: 3,
    message: 'a table of more than 10000 rows, more than md-l10n handles; split it'
  }
]

const valid: Array<{name: string; markdown: string}> = [
  {name: '90 list markers on one line', markdown: `${'- '.repeat(90)}x\n`},
  {name: 'a thematic break of stars', markdown: `Text.\n\n${'* '.repeat(50)}\n`},
  {name: '100 brackets open at once', markdown: `${'['.repeat(100)}x${']'.repeat(100)}\n`},
  {name: 'many closed links and brackets in one block', markdown: `${'[a](b) [c] '.repeat(2000)}\n`},
  {name: 'escaped brackets', markdown: `${'\\['.repeat(500)}\n`},
  {name: '100 link destinations open', markdown: `${'[a]('.repeat(100)}\n`},
  {name: 'containers nested 100 deep', markdown: nested(100)},
  {name: 'containers one after another', markdown: '::: tip\nA.\n:::\n\n'.repeat(500)},
  {
    name: 'brackets and containers in fenced code',
    markdown: `\`\`\`\n${'['.repeat(500)}\n${'::: tip\n'.repeat(200)}\`\`\`\n`
  },
  {name: 'a table of 10,000 rows', markdown: `| a | b |\n| - | - |\n${'| x | y |\n'.repeat(9_998)}`}
]

describe('limits', () => {
  for (const {name, markdown, line, message} of invalid) {
    it(`refuses ${name}, naming the file and line`, () => {
      expect(() => checkLimits(markdown, 'docs/hostile.md')).toThrow(
        expect.objectContaining({file: 'docs/hostile.md', line, message})
      )
    })
  }
  for (const {name, markdown} of valid) {
    it(`accepts ${name}`, () => {
      expect(() => checkLimits(markdown, 'docs/ok.md')).not.toThrow()
    })
  }

  it('are checked by the segmenter before parsing, in every dialect', () => {
    for (const dialect of [
      'gfm',
      'vitepress',
      'docusaurus',
      'hugo',
      'jekyll',
      'mdbook',
      'starlight'
    ] as DialectName[]) {
      expect(() => segmentDocument(`${'[a]('.repeat(limits.openDestinations + 1)}\n`, {dialect, file: 'a.md'})).toThrow(
        expect.objectContaining({file: 'a.md', line: 1})
      )
    }
  })

  it('let the deepest nesting they accept parse', () => {
    expect(
      segmentDocument(nested(limits.nesting), {dialect: 'vitepress', file: 'deep.md'}).segments.map(
        (segment) => segment.text
      )
    ).toEqual(['x'])
  })
})
