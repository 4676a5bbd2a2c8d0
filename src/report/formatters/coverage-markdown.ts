/** Coverage as a markdown table, for a CI job summary; with `reviewUrl`, each language links to its review page. */
import type {CoverageReport} from '../coverage.js'

export interface CoverageMarkdownOptions {
  /** Where the review site (`md-l10n review`) is published: its folder's address. */
  reviewUrl?: string
}

export function formatCoverageMarkdown(report: CoverageReport, options: CoverageMarkdownOptions = {}): string {
  const review = options.reviewUrl?.replace(/\/+$/, '')
  const lines = [
    '| Language | Translated | Stale | Missing | Total | Coverage | Words | Minimum | |',
    '|---|--:|--:|--:|--:|--:|--:|--:|---|'
  ]
  for (const row of report.languages) {
    const source = row.language === report.sourceLanguage
    const tag =
      review && !source
        ? `[\`${row.language}\`](${review}/${encodeURIComponent(row.language)}.html)`
        : `\`${row.language}\``
    lines.push(
      `| ${source ? `${tag} (source)` : tag} | ${row.translated} | ${row.stale} | ${row.missing} | ${row.total} | ${row.percent}% | ${row.words.percent}% | ${row.minimum}% | ${row.passed ? '✅' : '❌'} |`
    )
  }
  if (review)
    lines.push(
      '',
      `Every segment beside its translation, with what the checks found: [the review site](${review}/index.html).`
    )
  return lines.join('\n')
}
