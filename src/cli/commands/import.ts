/** cli/commands/import: a translator's file, or a folder of translated documents. */
import {InputError} from '../../util/errors.js'
import {plural, requiredLanguage} from './shared.js'
import path from 'node:path'
import type {CommandSpec} from '../command.js'

export const importCommand: CommandSpec = {
  summary: 'apply a translator\'s XLIFF or PO file to one language\'s catalogs (tags checked, stamped against the exported source)',
  options: {
    language: {type: 'string', value: '<tag>', description: 'the language the file translates into (required)'},
    from: {type: 'string', value: '<path>', description: 'the XLIFF (.xlf, .xliff) or PO (.po) file, or a folder of translated documents with the source tree\'s paths (required)'},
    overwrite: {type: 'boolean', description: 'with a folder: replace the translations the catalog has (default: fill only what it lacks)'},
    format: {type: 'string', choices: ['text', 'json'], description: 'with a folder: what was aligned per document, as text or JSON'}
  },
  async run(project, values, output) {
    const language = requiredLanguage(values, 'import')
    if (values.from === undefined) throw new InputError('`--from <path>` is required: the XLIFF or PO file, or the folder of translated documents, to import')
    const imported = await project.importFrom({language, from: path.resolve(String(values.from)), overwrite: Boolean(values.overwrite)})
    if (imported.kind === 'documents') {
      const aligned = imported.result
      if (values.format === 'json') output.out(JSON.stringify(aligned, null, 2))
      else {
        for (const row of aligned.documents) {
          if (row.translated === undefined) {
            output.out(`${row.document}: no translated document`)
            continue
          }
          const reasons = Object.entries(row.reasons).map(([reason, count]) => `${count}: ${reason}`)
          output.out(`${row.document}: ${row.certain} aligned, ${row.uncertain} uncertain (stale, to review${reasons.length > 0 ? `; ${reasons.join('; ')}` : ''}), ${row.kept} kept (already translated), ${row.unmatchedSource} left in the source, ${row.unmatchedTranslation} left in the translation`)
        }
        output.out(`${plural(aligned.written.length, 'file')} written`)
      }
      return 0
    }
    const {result} = imported
    const updated = result.documents.reduce((sum, row) => sum + row.updated, 0)
    output.out(`imported ${result.from}: ${plural(result.units, 'unit')}, ${updated} translations written, ${result.unchanged} unchanged`)
    for (const row of result.documents) output.out(`  ${row.namespace}: ${row.updated} written${row.stale > 0 ? ` (${row.stale} stale: the source changed since the export, or left to review)` : ''}`)
    return 0
  }
}
