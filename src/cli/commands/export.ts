/** cli/commands/export: one language's catalogs for translators' tools. */
import {plural, requiredLanguage} from './shared.js'
import path from 'node:path'
import type {ExportFormat} from '../../interchange/index.js'
import type {CommandSpec} from '../command.js'

export const exportCommand: CommandSpec = {
  summary:
    "write one language's catalogs for translators' tools: XLIFF 2.0, PO, or i18next JSON with each key's source",
  options: {
    language: {type: 'string', value: '<tag>', description: 'the language to export (required)'},
    format: {
      type: 'string',
      choices: ['xliff', 'po', 'json-with-source', 'tmx'],
      description:
        'xliff (CAT tools), po (gettext platforms), json-with-source (editing by hand) or tmx (the translation memory, TMX 1.4) (default: xliff)'
    },
    out: {type: 'string', value: '<file>', description: 'the file to write (default: print it)'}
  },
  async run(project, values, output) {
    const language = requiredLanguage(values, 'export')
    const out = values.out === undefined ? undefined : path.resolve(String(values.out))
    const result = await project.export({language, format: (values.format ?? 'xliff') as ExportFormat, out})
    if (out === undefined) {
      output.out(result.text.replace(/\n$/, ''))
      return 0
    }
    const {current, stale, missing} = result.units
    output.err(
      `exported ${plural(current + stale + missing, 'segment')} of ${plural(result.documents, 'document')} (${current} current, ${stale} stale, ${missing} missing) to ${values.out}`
    )
    return 0
  }
}
