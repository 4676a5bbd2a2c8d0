/** Problems as GitHub Actions workflow annotations, one line each, and nothing else. */
import type {Problem} from '../../types.js'

/** Where a problem's catalog entry is: the catalog file and the line of its key. */
export type Locate = (problem: Problem) => {file: string; line?: number}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function formatProblemsGithub(problems: readonly Problem[], locate: Locate): string {
  return problems
    .map((problem) => {
      const {file, line} = locate(problem)
      const properties = [
        `file=${escapeProperty(file)}`,
        ...(line ? [`line=${line}`] : []),
        `title=${escapeProperty(`md-l10n ${problem.check} (${problem.language})`)}`
      ]
      return `::${problem.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(`${problem.key}: ${problem.message}`)}`
    })
    .join('\n')
}
