/**
 * project/coverage: coverage per language and document, counting what build writes (a
 * translation build cannot use is missing).
 */
import {languageCoverage, type CoverageReport} from '../report/coverage.js'
import {minCoverageFor} from '../config/normalize.js'
import path from 'node:path'
import {toPosixRelative} from '../util/paths.js'
import {formatCoverageBadges} from '../report/formatters/coverage-badge.js'
import {readCatalog, type Project} from './load.js'
import {WriteBatch, within} from './batch.js'
import {LinkedPages, localizeEntry} from './localize.js'

export interface CoverageOptions {
  /** The minimum every language must reach (default: `minCoverage` of the config). */
  min?: number
}

export function coverageOfProject(project: Project, options: CoverageOptions = {}): CoverageReport {
  return {
    sourceLanguage: project.sourceLanguage,
    languages: project.languages.map((language) => {
      const pages = new LinkedPages(project, language)
      return languageCoverage(
        language,
        project.sourceLanguage,
        project.documents.map((document) => ({
          namespace: document.namespace,
          rows: localizeEntry(project, document, language, readCatalog(project, language, document.namespace), pages)
            .counted
        })),
        options.min ?? minCoverageFor(project.config, language),
        project.config.minCoverageCounts
      )
    })
  }
}

/** Write the report's badges (`<outDir>/badges/<tag>.svg`); returns the files that changed. */
export function writeBadges(project: Project, report: CoverageReport): string[] {
  const batch = new WriteBatch(project.host, project.root)
  return within(batch, () => {
    for (const [file, svg] of formatCoverageBadges(report))
      batch.write(path.join(project.root, project.config.outDir, file), svg)
    return batch.commit().written.map((file) => toPosixRelative(project.root, file))
  })
}
