/** cli/commands/coverage: translation coverage per language, in a format of `report/formatters`. */
import {plural, parsePercent} from './shared.js'
import {coverageFormatters} from '../../report/formatters/index.js'
import type {CommandSpec} from '../command.js'

export const coverage: CommandSpec = {
  summary: 'translation coverage per language and document; exit 1 below the minimum',
  options: {
    min: {
      type: 'string',
      value: '<percent>',
      description: 'the minimum every language must reach (default: minCoverage of the config)'
    },
    format: {
      type: 'string',
      choices: [...Object.keys(coverageFormatters), 'badge'],
      description: 'output format; badge writes SVG badges to dist/badges/'
    },
    'review-url': {
      type: 'string',
      value: '<url>',
      description: 'with --format markdown: link each language to its page of the review site published there'
    }
  },
  async run(project, values, output) {
    const min = values.min === undefined ? undefined : parsePercent(String(values.min))
    const report = await project.coverage({min})
    const format = String(values.format ?? 'text')
    // Badges are files, written by the project; every other format is printed.
    if (format === 'badge') {
      const written = await project.badges(report)
      output.out(
        `wrote ${plural(report.languages.length, 'badge')} to ${project.config().outDir}/badges/ (${written.length} changed)`
      )
    } else
      output.out(
        coverageFormatters[format as keyof typeof coverageFormatters](report, {
          reviewUrl: values['review-url'] as string | undefined
        })
      )
    return report.languages.every((row) => row.passed) ? 0 : 1
  }
}
