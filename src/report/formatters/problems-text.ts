/**
 * Problems for a person at a terminal: grouped by language and document, the source and the
 * translation side by side, colours only when asked (a TTY without NO_COLOR).
 */
import type {Problem} from '../../types.js'

export interface TextOptions {
  colour: boolean
  sourceLanguage: string
}

function clip(text: string, width = 160): string {
  const line = text.replace(/\s+/g, ' ')
  return line.length > width ? `${line.slice(0, width - 1)}…` : line
}

export function formatProblemsText(problems: readonly Problem[], options: TextOptions): string {
  const paint = (code: string, text: string) => (options.colour ? `\u001B[${code}m${text}\u001B[0m` : text)
  const groups = new Map<string, Problem[]>()
  for (const problem of problems) {
    const group = `${problem.language} · ${problem.namespace}`
    // Pushed, not copied: a catalog of two hundred thousand keys has as many problems.
    const list = groups.get(group)
    if (list) list.push(problem)
    else groups.set(group, [problem])
  }
  const lines: string[] = []
  for (const [group, list] of groups) {
    lines.push(paint('1', group))
    // Missing translations are the expected state of a catalog in progress: one line for all of them.
    const missing = list.filter(({check}) => check === 'missing')
    if (missing.length > 0) {
      const severity = missing[0]!.severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning')
      const keys = missing.map(({key}) => key)
      lines.push(
        `  ${severity} ${paint('2', 'missing'.padEnd(18))} ${missing.length} segment${missing.length === 1 ? '' : 's'} not translated yet: ${clip(keys.join(', '), 120)}`
      )
    }
    for (const problem of list) {
      if (problem.check === 'missing') continue
      const severity = problem.severity === 'error' ? paint('31', 'error  ') : paint('33', 'warning')
      lines.push(
        `  ${severity} ${paint('2', problem.check.padEnd(18))} ${problem.key}${problem.line ? ` (source line ${problem.line})` : ''}: ${problem.message}`
      )
      if (problem.source) lines.push(`          ${paint('2', `${options.sourceLanguage}:`)} ${clip(problem.source)}`)
      if (problem.translation)
        lines.push(`          ${paint('2', `${problem.language}:`)} ${clip(problem.translation)}`)
    }
    lines.push('')
  }
  const errors = problems.filter(({severity}) => severity === 'error').length
  const warnings = problems.length - errors
  lines.push(
    problems.length === 0
      ? 'no problems'
      : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`
  )
  return lines.join('\n')
}
