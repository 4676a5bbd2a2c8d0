/**
 * cli/commands/coverage: coverage per language and document; exit 1 when a language is below its
 * minimum (`--min`, or `minCoverage` in the config).
 */
import path from 'node:path'
import {catalogStatus} from '../../catalog/status.js'
import {languageCoverage, type CoverageReport} from '../../report/coverage.js'
import {formatCoverageText} from '../../report/formatters/coverage-text.js'
import {formatCoverageJson} from '../../report/formatters/coverage-json.js'
import {formatCoverageMarkdown} from '../../report/formatters/coverage-markdown.js'
import {formatCoverageJunit} from '../../report/formatters/coverage-junit.js'
import {formatCoverageBadges} from '../../report/formatters/coverage-badge.js'
import {minCoverageFor} from '../../config/normalize.js'
import {InputError} from '../../util/errors.js'
import {loadProject, readCatalog, type Project} from '../project.js'
import {WriteBatch} from '../fs.js'
import type {Output} from '../io.js'

const formats = ['text', 'json', 'markdown', 'junit', 'badge'] as const

/** The coverage report of a loaded project. */
export function projectCoverage(project: Project, min?: number): CoverageReport {
  return {
    sourceLanguage: project.sourceLanguage,
    languages: project.languages.map((language) =>
      languageCoverage(
        language,
        project.sourceLanguage,
        project.documents.map((document) => {
          const {catalog, meta} = readCatalog(project, language, document.namespace)
          return {namespace: document.namespace, rows: catalogStatus(document.segmented.segments, catalog, meta)}
        }),
        min ?? minCoverageFor(project.config, language)
      )
    )
  }
}

export async function coverage(root: string, options: {min?: string; format?: string}, output: Output): Promise<boolean> {
  const format = options.format ?? 'text'
  if (!formats.includes(format as (typeof formats)[number])) {
    throw new InputError(`\`--format ${format}\` is not a coverage format, expected one of ${formats.join(', ')}`)
  }
  const min = options.min === undefined ? undefined : Number(options.min)
  if (min !== undefined && !(min >= 0 && min <= 100)) throw new InputError(`\`--min ${options.min}\` is not a percentage, expected a number from 0 to 100`)
  const project = await loadProject(root)
  const report = projectCoverage(project, min)
  if (format === 'json') output.out(formatCoverageJson(report))
  else if (format === 'markdown') output.out(formatCoverageMarkdown(report))
  else if (format === 'junit') output.out(formatCoverageJunit(report))
  else if (format === 'badge') {
    const batch = new WriteBatch(root)
    for (const [file, svg] of formatCoverageBadges(report)) batch.write(path.join(root, project.config.outDir, file), svg)
    const {written} = batch.commit()
    output.out(`wrote ${report.languages.length} badges to ${project.config.outDir}/badges/ (${written.length} changed)`)
  } else output.out(formatCoverageText(report))
  project.cache?.save()
  return report.languages.every((row) => row.passed)
}
