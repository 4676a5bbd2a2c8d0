/**
 * review/overview: the site's front page (every language's coverage as bars, the numbers of
 * `coverage`) and one page per language listing its documents, so a project of thousands of
 * documents opens one small page at a time.
 */
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {DocumentCoverage, LanguageCoverage} from '../report/coverage.js'
import type {Problem} from '../types.js'
import {countsText, coverageBar, languageName, page} from './layout.js'

/** The overview lists each language's documents itself up to this many; beyond, its page does. */
export const overviewDocumentLimit = 20

export interface SiteLinks {
  /** A language's page, relative to the overview. */
  language(language: string): string
  /** A document's page, relative to the overview. */
  document(language: string, namespace: string): string
}

/** Errors and warnings the checks found, per language and namespace. */
export type ProblemCounts = ReadonlyMap<
  string,
  ReadonlyMap<string, {errors: number; warnings: number; checks: string[]}>
>

export function problemCounts(problems: readonly Problem[]): ProblemCounts {
  const counts = new Map<string, Map<string, {errors: number; warnings: number; checks: string[]}>>()
  for (const problem of problems) {
    let byNamespace = counts.get(problem.language)
    if (!byNamespace) counts.set(problem.language, (byNamespace = new Map()))
    let count = byNamespace.get(problem.namespace)
    if (!count) byNamespace.set(problem.namespace, (count = {errors: 0, warnings: 0, checks: []}))
    if (problem.severity === 'error') count.errors++
    else count.warnings++
    if (!count.checks.includes(problem.check)) count.checks.push(problem.check)
  }
  return counts
}

function problemsText(counts: Iterable<{errors: number; warnings: number}>): string {
  let errors = 0
  let warnings = 0
  for (const count of counts) {
    errors += count.errors
    warnings += count.warnings
  }
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
}

/** The attributes a coverage element carries, for scripts and tests reading the page. */
function coverageData(counts: {translated: number; total: number; stale: number; missing: number}) {
  return {
    dataTranslated: String(counts.translated),
    dataTotal: String(counts.total),
    dataStale: String(counts.stale),
    dataMissing: String(counts.missing)
  }
}

export function overviewPage(input: {
  sourceLanguage: string
  documents: number
  languages: readonly LanguageCoverage[]
  problems: ProblemCounts
  links: SiteLinks
}): Root {
  const {links} = input
  return page({
    title: 'Overview',
    crumbs: [{label: 'Overview'}],
    main: [
      h('h1', 'Translation review'),
      h(
        'p',
        `${input.documents} document${input.documents === 1 ? '' : 's'} in ${languageName(input.sourceLanguage)}, ${input.languages.length} language${input.languages.length === 1 ? '' : 's'} reviewed. Open a language to see its documents, a document to see its segments.`
      ),
      h('table', [
        h(
          'caption',
          'Coverage per language, as md-l10n coverage counts it (stale translations are not counted as translated)'
        ),
        h('thead', [
          h(
            'tr',
            ['Language', 'Coverage', 'Segments', 'Words', 'Problems', 'Documents'].map((label) =>
              h('th', {scope: 'col'}, label)
            )
          )
        ]),
        h(
          'tbody',
          input.languages.map((row) => {
            const problems = input.problems.get(row.language) ?? new Map()
            const documents: ElementContent[] =
              row.documents.length <= overviewDocumentLimit
                ? [
                    h(
                      'ul',
                      row.documents.map((document) =>
                        h('li', [
                          h('a', {href: links.document(row.language, document.namespace)}, document.namespace),
                          ` ${document.percent}%`
                        ])
                      )
                    )
                  ]
                : [h('a', {href: links.language(row.language)}, `${row.documents.length} documents`)]
            return h('tr', {dataCoverage: '', dataLanguage: row.language, ...coverageData(row)}, [
              h('th', {scope: 'row'}, [h('a', {href: links.language(row.language)}, languageName(row.language))]),
              h('td', [coverageBar(row)]),
              h('td', countsText(row, 'translated')),
              h('td', countsText(row.words, 'translated')),
              h('td', problemsText(problems.values())),
              h('td', documents)
            ])
          })
        )
      ])
    ]
  })
}

/** One language's documents; links are relative to the language page, which sits beside the overview. */
export function languagePage(input: {
  language: string
  coverage: LanguageCoverage
  problems: ProblemCounts
  links: SiteLinks
}): Root {
  const {language, coverage, links} = input
  const problems =
    input.problems.get(language) ?? new Map<string, {errors: number; warnings: number; checks: string[]}>()
  const checkIds = [...new Set([...problems.values()].flatMap((count) => count.checks))].sort()
  const row = (document: DocumentCoverage) => {
    const count = problems.get(document.namespace)
    return h(
      'tr',
      {
        dataFilterItem: '',
        dataNamespace: document.namespace,
        dataChecks: count && count.checks.length > 0 ? count.checks.join(' ') : undefined,
        ...coverageData(document)
      },
      [
        h('th', {scope: 'row'}, [h('a', {href: links.document(language, document.namespace)}, document.namespace)]),
        h('td', [coverageBar(document)]),
        h('td', countsText(document, 'translated')),
        h('td', countsText(document.words, 'translated')),
        h('td', count ? problemsText([count]) : 'none')
      ]
    )
  }
  return page({
    title: languageName(language),
    crumbs: [{label: 'Overview', href: 'index.html'}, {label: languageName(language)}],
    main: [
      h('h1', languageName(language)),
      h('p', [coverageBar(coverage)]),
      h(
        'p',
        {dataCoverage: '', dataLanguage: language, ...coverageData(coverage)},
        `Segments: ${countsText(coverage, 'translated')}. Words: ${countsText(coverage.words, 'translated')}. Problems: ${problemsText(problems.values())}.`
      ),
      h('section', {ariaLabelledBy: 'documents'}, [
        h('h2', {id: 'documents'}, 'Documents'),
        h('form.filters', {dataFilters: '', hidden: true, role: 'search', ariaLabel: 'Filter documents'}, [
          h('label', [
            'Check ',
            h('select', {name: 'check'}, [
              h('option', {value: ''}, 'any or none'),
              ...checkIds.map((id) => h('option', {value: id}, id))
            ])
          ]),
          h('label', ['Text ', h('input', {type: 'search', name: 'text', placeholder: 'in the document’s name'})]),
          h('button', {type: 'reset'}, 'Clear filters')
        ]),
        h('p', {id: 'shown', role: 'status'}),
        h('table', [
          h('caption', `Documents in ${languageName(language)}`),
          h('thead', [
            h(
              'tr',
              ['Document', 'Coverage', 'Segments', 'Words', 'Problems'].map((label) => h('th', {scope: 'col'}, label))
            )
          ]),
          h('tbody', coverage.documents.map(row))
        ])
      ])
    ]
  })
}
