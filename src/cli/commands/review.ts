/** cli/commands/review: the static review site. */
import {language, plural, languages} from './shared.js'
import type {CommandSpec} from '../command.js'

export const review: CommandSpec = {
  summary:
    "write a static review site: coverage, every segment beside its translation with the checks' problems, previews",
  options: {
    out: {
      type: 'string',
      value: '<dir>',
      description: 'the folder to write the site to, inside the project (default: dist/review/)'
    },
    language
  },
  async run(project, values, output) {
    const result = await project.review({out: values.out as string | undefined, languages: languages(values)})
    output.out(
      `wrote the review site of ${plural(result.languages.length, 'language')} × ${plural(result.documents, 'document')} to ${result.out}/ (${plural(result.pages, 'page')}, ${result.written.length} changed; ${plural(result.problems, 'problem')} shown): open ${result.out}/index.html`
    )
    return 0
  }
}
