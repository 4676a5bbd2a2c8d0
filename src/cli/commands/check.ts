/** cli/commands/check: the checks' problems, in a format of `report/formatters`. */
import {language, languages} from './shared.js'
import {problemsFormatters} from '../../report/formatters/index.js'
import type {CommandSpec} from '../command.js'

export const check: CommandSpec = {
  summary: 'consistency checks on every translation; exit 1 on any error',
  options: {
    format: {
      type: 'string',
      choices: Object.keys(problemsFormatters),
      description: 'output format; github prints workflow annotations'
    },
    severity: {
      type: 'string',
      choices: ['error', 'warning'],
      description: 'print only problems of this severity or worse (--severity error: errors only)'
    },
    quiet: {type: 'boolean', description: 'the same as --severity error'},
    language: {
      ...language,
      description: 'only this language (repeatable): a project language or a pseudo-locale (its structure checks only)'
    }
  },
  async run(project, values, output) {
    const result = await project.check({languages: languages(values)})
    const errorsOnly = values.quiet || values.severity === 'error'
    const problems = errorsOnly ? result.problems.filter(({severity}) => severity === 'error') : result.problems
    const format = problemsFormatters[String(values.format ?? 'text') as keyof typeof problemsFormatters]
    const text = format(problems, {
      colour: output.isTTY && !process.env.NO_COLOR,
      sourceLanguage: result.sourceLanguage
    })
    if (text !== undefined) output.out(text)
    if (!errorsOnly) {
      const file = project.config().exceptions
      for (const exception of result.unusedExceptions)
        output.err(
          `warning: ${file}: the exception for \`${exception.check}\` on ${exception.language} \`${exception.key}\` silences nothing; remove it`
        )
    }
    return result.errors > 0 ? 1 : 0
  }
}
