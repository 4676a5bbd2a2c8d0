/** Coverage as a terminal table. */
import type {CoverageReport} from '../coverage.js'

export function formatCoverageText(report: CoverageReport): string {
  // The machine drafts' column appears once a project has any (`md-l10n translate`).
  const machine = report.languages.some((row) => row.machine > 0)
  const header = [
    'language',
    'translated',
    ...(machine ? ['machine'] : []),
    'stale',
    'missing',
    'total',
    'percent',
    'words',
    'minimum',
    ''
  ]
  const rows = report.languages.map((row) => [
    row.language + (row.language === report.sourceLanguage ? ' (source)' : ''),
    String(row.translated),
    ...(machine ? [String(row.machine)] : []),
    String(row.stale),
    String(row.missing),
    String(row.total),
    `${row.percent}%`,
    `${row.words.percent}%`,
    `${row.minimum}%`,
    row.passed ? 'ok' : 'BELOW MINIMUM'
  ])
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)].join('\n')
}
