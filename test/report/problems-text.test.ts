import {expect, it} from 'vitest'
import {formatProblemsText} from '../../src/report/formatters/problems-text.js'
import type {Problem} from '../../src/types.js'

const base = {
  severity: 'warning',
  language: 'fr',
  namespace: 'guide',
  messageId: 'missing',
  message: 'not translated yet'
} as const

it('prints the missing segments of a document as one line, other problems one by one', () => {
  const problems: Problem[] = [
    {...base, check: 'missing', key: 'p-1', source: 'Install'},
    {...base, check: 'missing', key: 'p-2', source: 'Run it'},
    {
      ...base,
      check: 'numbers',
      severity: 'error',
      messageId: 'changed',
      key: 'p-3',
      message: 'states 10 where the source states 100',
      source: 'Pay 100 dollars',
      translation: 'Payez 10 dollars',
      line: 7
    }
  ]
  expect(formatProblemsText(problems, {colour: false, sourceLanguage: 'en'})).toBe(
    [
      'fr · guide',
      '  warning missing            2 segments not translated yet: p-1, p-2',
      '  error   numbers            p-3 (source line 7): states 10 where the source states 100',
      '          en: Pay 100 dollars',
      '          fr: Payez 10 dollars',
      '',
      '1 error, 2 warnings'
    ].join('\n')
  )
})
