/** cli/commands/languages: list the project's languages. */
import type {CommandSpec} from '../command.js'

export const languagesCommand: CommandSpec = {
  summary: 'list the languages discovered from the page footer (or set in the config)',
  options: {json: {type: 'boolean', description: 'print them as JSON'}},
  async run(project, values, output) {
    const rows = await project.languages()
    if (values.json) output.out(JSON.stringify(rows, null, 2))
    else {
      const width = Math.max(...rows.map(({tag}) => tag.length))
      for (const row of rows) output.out(`${row.tag.padEnd(width)}  ${row.name}${row.source ? '  (source)' : ''}`)
    }
    return 0
  }
}
