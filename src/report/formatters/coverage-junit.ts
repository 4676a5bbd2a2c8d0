/** Coverage as JUnit XML: one test case per language, failed below its minimum. */
import type {CoverageReport} from '../coverage.js'

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)
}

export function formatCoverageJunit(report: CoverageReport): string {
  const failures = report.languages.filter((row) => !row.passed).length
  const cases = report.languages.map((row) => {
    const name = escapeXml(`coverage ${row.language}`)
    const detail = `${row.translated}/${row.total} segments translated (${row.percent}%), ${row.stale} stale, ${row.missing} missing; minimum ${row.minimum}%`
    return row.passed
      ? `    <testcase classname="md-l10n.coverage" name="${name}"><system-out>${escapeXml(detail)}</system-out></testcase>`
      : `    <testcase classname="md-l10n.coverage" name="${name}"><failure message="${escapeXml(`${row.percent}% is below ${row.minimum}%`)}">${escapeXml(detail)}</failure></testcase>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="md-l10n" tests="${report.languages.length}" failures="${failures}">`,
    `  <testsuite name="md-l10n coverage" tests="${report.languages.length}" failures="${failures}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>'
  ].join('\n')
}
