/**
 * project/runs/build-patch: a watcher's rebuild. Only the pairs of the sources and catalogs it
 * reported are planned and, if their inputs moved, localized and written; every other pair, and
 * each language's figures, are as the session's last build left them (a saved catalog of the
 * 7,425-page benchmark no longer walks its 96,525 pairs).
 */
import type {ProjectDocument} from '../load.js'
import type {BuiltEntry} from '../state/output-manifest.js'
import {planLanguage} from '../plan.js'
import type {BuildOptions, BuildSession, LocalizedOutput} from '../build.js'
import {localizeOutput} from './build-localize.js'
import type {BuildRun} from './build-run.js'

type Rows = NonNullable<BuildSession['built']>['rows']

interface Patched {
  id: string
  language: string
  document: ProjectDocument
  previous: BuiltEntry
  output: LocalizedOutput
}

/**
 * Patch the last build with what was reported. Returns false, having changed nothing, when it
 * cannot: the languages or documents differ from the last build's, links take other pages'
 * headings, or a language crosses its minimum coverage (every one of its pairs is then rewritten).
 */
export function patchReported(run: BuildRun, reported: NonNullable<BuildOptions['changed']>): boolean {
  const last = run.options.session?.built
  const {project, languages} = run
  if (
    !last ||
    last.languages !== languages.join('\n') ||
    last.documents !== run.documentsKey ||
    project.config.headingIds === 'translate'
  )
    return false
  const rows: Rows = new Map([...last.rows].map(([language, row]) => [language, {...row}]))
  const localized = localizeReported(run, reported, rows)
  if (!localized || !updateFigures(run, rows)) return false
  for (const patched of localized) writePatched(run, patched, rows)
  for (const row of rows.values()) {
    const {documents, ...language} = row
    run.result.languages.push(language)
    run.result.documents += documents
    run.documentsOf.set(row.language, documents)
  }
  return true
}

/** The pairs reported, by `language/namespace`. */
function reportedPairs(
  run: BuildRun,
  reported: NonNullable<BuildOptions['changed']>
): Map<string, {language: string; document: ProjectDocument}> {
  const {project, languages} = run
  const byNamespace = new Map(project.documents.map((document) => [document.namespace, document]))
  const pairs = new Map<string, {language: string; document: ProjectDocument}>()
  for (const document of project.documents) {
    if (reported.sources.has(document.file))
      for (const language of languages) pairs.set(`${language}/${document.namespace}`, {language, document})
  }
  for (const id of reported.catalogs) {
    const [language, ...rest] = id.split('/') as [string, ...string[]]
    const document = byNamespace.get(rest.join('/'))
    if (document && languages.includes(language)) pairs.set(id, {language, document})
  }
  return pairs
}

/** Localize the reported pairs whose inputs moved, their language's figures updated; undefined when one was never built. */
function localizeReported(
  run: BuildRun,
  reported: NonNullable<BuildOptions['changed']>,
  rows: Rows
): Patched[] | undefined {
  const localized: Patched[] = []
  for (const [id, {language, document}] of reportedPairs(run, reported)) {
    const previous = run.manifest.get(id)
    const row = rows.get(language)
    if (!previous || !row) return undefined
    if (run.planPair(language, document, previous, undefined) === 'reuse') continue
    const output = localizeOutput(run.project, document, language, run.listing)
    row.total += output.counts.total - previous.total
    row.translated += output.counts.translated - previous.translated
    localized.push({id, language, document, previous, output})
  }
  return localized
}

/** Each language's percent again; false when one crosses its minimum. */
function updateFigures(run: BuildRun, rows: Rows): boolean {
  for (const row of rows.values()) {
    const {percent, emitted} = planLanguage({
      isSource: row.language === run.project.sourceLanguage,
      translated: row.translated,
      total: row.total,
      minimum: row.minimum
    })
    if (emitted !== row.emitted) return false
    row.percent = percent
  }
  return true
}

function writePatched(run: BuildRun, {id, language, document, previous, output}: Patched, rows: Rows): void {
  const row = rows.get(language)!
  const keep = row.emitted
  const written = run.write(language, document, output, true, previous)
  if (!keep && run.owns(language, document, written)) run.batch.remove(run.outputsOf(language, document).documentFile)
  // An omitted page counts among the documents only while it has outputs.
  if (keep && run.omitUntranslated)
    row.documents += Number(written.catalogHash !== '') - Number(previous.catalogHash !== '')
  run.manifest.patch(id, keep ? written : {...written, kept: false, documentHash: undefined})
  run.reportWarnings(language, document, written)
}
