/** Coverage as a markdown table, for a CI job summary. */
import type {CoverageReport} from '../coverage.js'

export function formatCoverageMarkdown(report: CoverageReport): string {
  const lines = [
    '| Language | Translated | Stale | Missing | Total | Coverage | Words | Minimum | |',
    '|---|--:|--:|--:|--:|--:|--:|--:|---|'
  ]
  for (const row of report.languages) {
    const name = row.language === report.sourceLanguage ? `\`${row.language}\` (source)` : `\`${row.language}\``
    lines.push(`| ${name} | ${row.translated} | ${row.stale} | ${row.missing} | ${row.total} | ${row.percent}% | ${row.words.percent}% | ${row.minimum}% | ${row.passed ? '✅' : '❌'} |`)
  }
  return lines.join('\n')
}
