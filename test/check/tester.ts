/**
 * A table-driven tester for checks (after ESLint's RuleTester): every valid case reports nothing,
 * every invalid case reports exactly the problems it lists: message ids in order, with their data and
 * message where the case pins them, and not one more.
 */
import {describe, expect, it} from 'vitest'
import type {Check, CheckSettings, DocumentContext} from '../../src/check/types.js'
import {runChecks} from '../../src/check/runner.js'
import {emptyGlossary} from '../../src/check/glossary-file.js'
import type {CatalogEntry} from '../../src/types.js'

export interface Case {
  /** Source text (Indonesian unless `sourceLanguage` says otherwise). */
  source?: string
  translation?: string
  language?: string
  sourceLanguage?: string
  status?: CatalogEntry['status']
  key?: string
  /** For catalog checks: the whole catalog. */
  entries?: Array<Partial<CatalogEntry> & {key: string}>
  /** For document checks. */
  document?: Omit<DocumentContext, 'language' | 'namespace'>
  settings?: Partial<CheckSettings>
  name?: string
}

/** One problem an invalid case expects. */
export interface ExpectedProblem {
  messageId: string
  /** The report's data, when the case pins it. */
  data?: Record<string, string | number>
  /** The exact message, when the case pins it. */
  message?: string
}

/** A case with exactly one expected problem (`messageId`), or with the whole list (`errors`). */
export type InvalidCase = Case &
  ((ExpectedProblem & {errors?: undefined}) | {errors: ExpectedProblem[]; messageId?: undefined})

function problemsOf(check: Check, testCase: Case) {
  const entries: CatalogEntry[] = testCase.entries
    ? testCase.entries.map((entry) => ({status: 'current', source: '', translation: '', ...entry}))
    : testCase.document
      ? []
      : [
          {
            key: testCase.key ?? 'p-test',
            status: testCase.status ?? 'current',
            source: testCase.source ?? '',
            translation: testCase.translation ?? ''
          }
        ]
  const problems = runChecks({
    language: testCase.language ?? 'en',
    sourceLanguage: testCase.sourceLanguage ?? 'id',
    namespace: 'test',
    entries,
    document: testCase.document,
    settings: {glossary: emptyGlossary, untranslated: new Set(), ...testCase.settings},
    checks: [check]
  })
  return problems
}

/** Declare the table of a check. */
export function testCheck(check: Check, cases: {valid: Case[]; invalid: InvalidCase[]}): void {
  describe(`check ${check.meta.id}`, () => {
    it('has documentation and messages', () => {
      expect(check.meta.description.length).toBeGreaterThan(20)
      expect(check.meta.docs.length).toBeGreaterThan(40)
      expect(['error', 'warning']).toContain(check.meta.severity)
    })
    it.each(
      cases.valid.map((testCase) => [testCase.name ?? testCase.translation ?? testCase.key ?? '', testCase] as const)
    )('passes: %s', (_, testCase) => {
      expect(problemsOf(check, testCase)).toEqual([])
    })
    it.each(
      cases.invalid.map((testCase) => [testCase.name ?? testCase.translation ?? testCase.key ?? '', testCase] as const)
    )('fails: %s', (_, testCase) => {
      const expected = testCase.errors ?? [testCase]
      for (const {messageId} of expected) expect(Object.keys(check.meta.messages)).toContain(messageId)
      const problems = problemsOf(check, testCase)
      expect(problems.map(({messageId}) => messageId)).toEqual(expected.map(({messageId}) => messageId))
      expected.forEach((problem, index) => {
        if (problem.data !== undefined) expect(problems[index]?.data).toEqual(problem.data)
        if (problem.message !== undefined) expect(problems[index]?.message).toBe(problem.message)
      })
    })
  })
}
