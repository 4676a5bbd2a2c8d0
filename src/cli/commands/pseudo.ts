/** cli/commands/pseudo: fill a pseudo-locale catalog. */
import {plural} from './shared.js'
import type {CommandSpec} from '../command.js'

export const pseudo: CommandSpec = {
  summary: 'fill a pseudo-locale catalog (accented, ~30% longer, bracketed; tags kept)',
  options: {language: {type: 'string', value: '<tag>', description: 'the pseudo-locale (default qps-ploc)'}},
  async run(project, values, output) {
    const result = await project.pseudo({language: values.language as string | undefined})
    output.out(
      `pseudo-localized ${plural(result.segments, 'segment')} into ${project.config().localesDir}/${result.language}/; build it with \`md-l10n build --language ${result.language}\``
    )
    return 0
  }
}
