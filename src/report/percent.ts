/** report/percent: a coverage percentage as the CLI prints it (floored to a tenth, so 99.96 never shows as 100). */
export function formatPercent(percent: number): string {
  return `${percent === 100 || percent === 0 ? percent : Math.floor(percent * 10) / 10}%`
}
