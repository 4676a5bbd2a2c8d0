/** Coverage as SVG badges, one per language (`badges/<tag>.svg`). */
import type {CoverageReport, LanguageCoverage} from '../coverage.js'
import {escapeXml} from './coverage-junit.js'

function colour(row: LanguageCoverage): string {
  if (!row.passed) return '#e05d44'
  if (row.percent >= 100) return '#4c1'
  if (row.percent >= 80) return '#97ca00'
  return '#dfb317'
}

/** Approximate text width in the badge font (Verdana 11px): about 7px per character. */
function width(text: string): number {
  return [...text].length * 7 + 10
}

export function badgeSvg(row: LanguageCoverage): string {
  const label = `l10n ${row.language}`
  const value = `${row.percent}%`
  const left = width(label)
  const right = width(value)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + right}" height="20" role="img" aria-label="${escapeXml(`${label}: ${value}`)}">
  <title>${escapeXml(`${label}: ${value}`)}</title>
  <rect width="${left}" height="20" fill="#555"/>
  <rect x="${left}" width="${right}" height="20" fill="${colour(row)}"/>
  <g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11">
    <text x="${left / 2}" y="14">${escapeXml(label)}</text>
    <text x="${left + right / 2}" y="14">${escapeXml(value)}</text>
  </g>
</svg>
`
}

/** Badge files by relative path. */
export function formatCoverageBadges(report: CoverageReport): Map<string, string> {
  return new Map(report.languages.map((row) => [`badges/${row.language}.svg`, badgeSvg(row)]))
}
