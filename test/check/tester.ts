/**
 * A table-driven tester for checks (after ESLint's RuleTester): every valid case reports nothing,
 * every invalid case reports the expected message id.
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

export interface InvalidCase extends Case {
  messageId: string
  /** The exact message, when the case pins it. */
  message?: string
}

function problemsOf(check: Check, testCase: Case) {
  const entries: CatalogEntry[] = testCase.entries
    ? testCase.entries.map((entry) => ({status: 'current', source: '', translation: '', ...entry}))
    : testCase.document
      ? []
      : [{key: testCase.key ?? 'p-test', status: testCase.status ?? 'current', source: testCase.source ?? '', translation: testCase.translation ?? ''}]
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
    it.each(cases.valid.map((testCase) => [testCase.name ?? testCase.translation ?? testCase.key ?? '', testCase] as const))('passes: %s', (_, testCase) => {
      expect(problemsOf(check, testCase)).toEqual([])
    })
    it.each(cases.invalid.map((testCase) => [testCase.name ?? testCase.translation ?? testCase.key ?? '', testCase] as const))('fails: %s', (_, testCase) => {
      const problems = problemsOf(check, testCase)
      expect(problems.length).toBeGreaterThan(0)
      expect(Object.keys(check.meta.messages)).toContain(testCase.messageId)
      expect(problems.map(({messageId}) => messageId)).toContain(testCase.messageId)
      if (testCase.message !== undefined) expect(problems.map(({message}) => message)).toContain(testCase.message)
    })
  })
}
