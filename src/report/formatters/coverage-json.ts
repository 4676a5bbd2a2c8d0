/** Coverage as JSON: `{sourceLanguage, languages: [{language, total, translated, stale, missing, percent, …}]}`. */
import type {CoverageReport} from '../coverage.js'

export function formatCoverageJson(report: CoverageReport): string {
  return JSON.stringify(report, null, 2)
}
