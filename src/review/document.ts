/**
 * review/document: the page of one document in one language: a row per segment (source and
 * translation rendered, the old source's diff when stale, the checks' problems), filters, and
 * the two documents rendered side by side.
 */
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {CatalogEntry, EntryStatus, Problem, SegmentedDocument, Segment} from '../types.js'
import type {DocumentCoverage} from '../report/coverage.js'
import {isRightToLeft} from '../languages/resolve.js'
import {documentPreview, linkDefinitions, renderSegment} from './markdown.js'
import {wordDiff} from './diff.js'
import {countsText, coverageBar, languageName, page, statusBadge} from './layout.js'

/** What a source document looks like in the review, the same for every language: made once. */
export interface SourceView {
  document: SegmentedDocument
  definitions: string
  preview: ElementContent[]
  /** Each segment's source text with its markup rendered, by key. */
  segments: Map<string, ElementContent[]>
}

export function sourceView(document: SegmentedDocument): SourceView {
  const definitions = linkDefinitions(document.source)
  const segments = new Map(
    document.segments.map((segment) => [segment.key, renderSegment(document, segment, undefined, definitions).content])
  )
  return {document, definitions, preview: documentPreview(document.source, 'source-'), segments}
}

export interface DocumentReview {
  language: string
  sourceLanguage: string
  namespace: string
  /** The source file, relative to the project root. */
  file: string
  /** Status rows as coverage counts them: a translation build cannot use is missing. */
  rows: readonly CatalogEntry[]
  /** Why build does not use a translation (its tags do not match the source's), by key. */
  unused: ReadonlyMap<string, string>
  /** The checks' problems on this language and document. */
  problems: readonly Problem[]
  coverage: DocumentCoverage
  /** The document as build writes it in this language. */
  localizedMarkdown: string
}

/** Where the page links to, relative to it. */
export interface DocumentLinks {
  overview: string
  language: string
}

const statuses: EntryStatus[] = ['current', 'stale', 'missing', 'obsolete']

/** The id of a segment's row, which `#<language>/<key>` links to. */
export function segmentAnchor(language: string, key: string): string {
  return `${language}/${key}`
}

export function documentPage(review: DocumentReview, source: SourceView, links: DocumentLinks): Root {
  const {language, sourceLanguage, namespace} = review
  const problemsByKey = new Map<string, Problem[]>()
  for (const problem of review.problems) {
    const list = problemsByKey.get(problem.key)
    if (list) list.push(problem)
    else problemsByKey.set(problem.key, [problem])
  }
  const segmentsByKey = new Map(source.document.segments.map((segment) => [segment.key, segment]))
  const keys = new Set(review.rows.map((row) => row.key))
  const documentProblems = review.problems.filter((problem) => !keys.has(problem.key))
  const checkIds = [...new Set(review.problems.map((problem) => problem.check))].sort()
  const errors = review.problems.filter((problem) => problem.severity === 'error').length
  const title = `${namespace} in ${languageName(language)}`
  return page({
    title,
    crumbs: [
      {label: 'Overview', href: links.overview},
      {label: languageName(language), href: links.language},
      {label: namespace}
    ],
    main: [
      h('h1', title),
      h('p', [`Source: `, h('code', review.file), ` (${languageName(sourceLanguage)}).`]),
      h('p', [coverageBar(review.coverage)]),
      h(
        'p',
        `Segments: ${countsText(review.coverage, 'translated')}. Words: ${countsText(review.coverage.words, 'translated')}.`
      ),
      h(
        'p',
        `${review.problems.length} problem${review.problems.length === 1 ? '' : 's'} found by the checks: ${errors} error${errors === 1 ? '' : 's'}, ${review.problems.length - errors} warning${review.problems.length - errors === 1 ? '' : 's'}.`
      ),
      ...(documentProblems.length > 0
        ? [
            h('section', {ariaLabelledBy: 'document-problems'}, [
              h('h2', {id: 'document-problems'}, 'Problems with the whole document'),
              problemList(documentProblems)
            ])
          ]
        : []),
      h('section', {ariaLabelledBy: 'segments'}, [
        h('h2', {id: 'segments'}, 'Segments'),
        filters(review.rows, checkIds, review.problems),
        h('p', {id: 'shown', role: 'status'}),
        h('table', [
          h('caption', `Every segment of ${namespace}, in document order; obsolete translations last`),
          h('thead', [
            h('tr', [
              h('th', {scope: 'col'}, 'Segment'),
              h('th', {scope: 'col'}, 'Status'),
              h('th', {scope: 'col'}, `Source (${languageName(sourceLanguage)})`),
              h('th', {scope: 'col'}, `Translation (${languageName(language)})`),
              h('th', {scope: 'col'}, 'Problems')
            ])
          ]),
          h(
            'tbody',
            review.rows.map((row) =>
              segmentRow(review, source, row, segmentsByKey.get(row.key), problemsByKey.get(row.key) ?? [])
            )
          )
        ])
      ]),
      h('section', {ariaLabelledBy: 'preview'}, [
        h('h2', {id: 'preview'}, 'Preview'),
        h(
          'p',
          'Both documents as readers will see them (images are shown by their description: this page loads nothing).'
        ),
        h('div.previews', [
          h(
            'section.preview',
            {ariaLabelledBy: 'preview-source', lang: sourceLanguage, dir: direction(sourceLanguage)},
            [
              h('h3', {id: 'preview-source', lang: 'en', dir: 'ltr'}, `Source (${languageName(sourceLanguage)})`),
              ...source.preview
            ]
          ),
          h('section.preview', {ariaLabelledBy: 'preview-translation', lang: language, dir: direction(language)}, [
            h('h3', {id: 'preview-translation', lang: 'en', dir: 'ltr'}, `Translation (${languageName(language)})`),
            ...localizedPreview(review.localizedMarkdown, source.document.source)
          ])
        ])
      ])
    ]
  })
}

function direction(language: string): 'rtl' | 'ltr' {
  return isRightToLeft(language) ? 'rtl' : 'ltr'
}

/** The localized document rendered; a document with no translation yet is not rendered twice. */
function localizedPreview(localized: string, source: string): ElementContent[] {
  const body = (markdown: string) =>
    markdown.replace(
      /^\uFEFF?(?:---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)|\+\+\+\r?\n[\s\S]*?\r?\n\+\+\+)[ \t]*(?:\r?\n|$)/,
      ''
    )
  if (body(localized) === body(source))
    return [
      h('p.note', {lang: 'en', dir: 'ltr'}, 'No segment of this document is translated yet: it reads as the source.')
    ]
  return documentPreview(localized, 'translation-')
}

function filters(rows: readonly CatalogEntry[], checkIds: string[], problems: readonly Problem[]): ElementContent {
  const count = (status: EntryStatus) => rows.filter((row) => row.status === status).length
  return h('form.filters', {dataFilters: '', hidden: true, role: 'search', ariaLabel: 'Filter segments'}, [
    h('fieldset', [
      h('legend', 'Status'),
      ...statuses.map((status) =>
        h('label', [
          h('input', {type: 'checkbox', name: 'status', value: status, checked: true}),
          ` ${status} (${count(status)})`
        ])
      )
    ]),
    h('label', [
      'Check ',
      h('select', {name: 'check'}, [
        h('option', {value: ''}, 'any or none'),
        ...checkIds.map((id) =>
          h('option', {value: id}, `${id} (${problems.filter((problem) => problem.check === id).length})`)
        )
      ])
    ]),
    h('label', [
      'Text ',
      h('input', {type: 'search', name: 'text', placeholder: 'in source, translation or problems'})
    ]),
    h('button', {type: 'reset'}, 'Clear filters')
  ])
}

function segmentRow(
  review: DocumentReview,
  source: SourceView,
  row: CatalogEntry,
  segment: Segment | undefined,
  problems: readonly Problem[]
): ElementContent {
  const {language, sourceLanguage} = review
  const anchor = segmentAnchor(language, row.key)
  const checks = [...new Set(problems.map((problem) => problem.check))]
  const where = [segment?.kind ?? row.kind, row.line === undefined ? undefined : `line ${row.line}`]
    .filter(Boolean)
    .join(' · ')
  return h(
    'tr',
    {
      id: anchor,
      dataFilterItem: '',
      dataKey: row.key,
      dataLanguage: language,
      dataStatus: row.status,
      dataChecks: checks.length > 0 ? checks.join(' ') : undefined
    },
    [
      h('th', {scope: 'row'}, [
        h('a', {href: `#${anchor}`, ariaLabel: `Segment ${row.key}`}, row.key),
        ...(where ? [h('span.meta', where)] : [])
      ]),
      h('td', [statusBadge(row.status)]),
      h('td', {lang: sourceLanguage, dir: direction(sourceLanguage), dataSource: ''}, sourceCell(review, source, row)),
      h(
        'td',
        {lang: language, dir: direction(language), dataTranslation: ''},
        translationCell(review, source, row, segment)
      ),
      h('td', problems.length > 0 ? [problemList(problems)] : [])
    ]
  )
}

function sourceCell(review: DocumentReview, source: SourceView, row: CatalogEntry): ElementContent[] {
  const rendered = source.segments.get(row.key)
  // A copy: the rendering is shared by every language's page.
  const content: ElementContent[] = rendered
    ? [...rendered]
    : [h('span.note', {lang: 'en', dir: 'ltr'}, 'no longer in the source')]
  if (row.previousSource !== undefined && row.status !== 'obsolete') {
    content.push(
      h('p.diff', [
        h('span.meta', {lang: 'en', dir: 'ltr'}, 'Changed since the translation was made (removed, added):'),
        ...wordDiff(row.previousSource, row.source, review.sourceLanguage)
      ])
    )
  } else if (row.status === 'obsolete' && row.previousSource !== undefined) {
    content.push(
      h('p.diff', [h('span.meta', {lang: 'en', dir: 'ltr'}, 'It was translated from:'), h('del', row.previousSource)])
    )
  }
  return content
}

function translationCell(
  review: DocumentReview,
  source: SourceView,
  row: CatalogEntry,
  segment: Segment | undefined
): ElementContent[] {
  if (row.translation === '') return [h('span.note', {lang: 'en', dir: 'ltr'}, 'no translation')]
  const unused = review.unused.get(row.key)
  const rendering =
    segment && !unused
      ? renderSegment(source.document, segment, row.translation, source.definitions)
      : {content: [{type: 'text' as const, value: row.translation}], unusable: unused}
  const reason = unused ?? rendering.unusable
  return reason === undefined
    ? rendering.content
    : [
        ...rendering.content,
        h('p.note', {lang: 'en', dir: 'ltr'}, `Not used by build (${reason}): readers get the source text.`)
      ]
}

function problemList(problems: readonly Problem[]): ElementContent {
  return h(
    'ul.problems',
    problems.map((problem) =>
      h('li', {dataCheck: problem.check, dataSeverity: problem.severity}, [
        h(`span.severity-${problem.severity}`, problem.severity),
        ' ',
        h('code', problem.check),
        `: ${problem.message}`
      ])
    )
  )
}
