/** cli/commands/import: a translator's file, or a folder of translated documents. */
import {InputError} from '../../util/errors.js'
import {plural, requiredLanguage} from './shared.js'
import path from 'node:path'
import type {CommandSpec} from '../command.js'
import type {FolderImportResult} from '../../index.js'

export const importCommand: CommandSpec = {
  summary:
    "apply a translator's XLIFF or PO file to one language's catalogs (tags checked, stamped against the exported source)",
  options: {
    language: {type: 'string', value: '<tag>', description: 'the language the file translates into (required)'},
    from: {
      type: 'string',
      value: '<path>',
      description:
        "the XLIFF (.xlf, .xliff) or PO (.po) file, or a folder of translated documents with the source tree's paths (required)"
    },
    overwrite: {
      type: 'boolean',
      description: 'with a folder: replace the translations the catalog has (default: fill only what it lacks)'
    },
    format: {
      type: 'string',
      choices: ['text', 'json'],
      description: 'with a folder: what was aligned per document, as text or JSON'
    },
    json: {type: 'boolean', description: 'with a folder: the same as `--format json`'}
  },
  async run(project, values, output) {
    const language = requiredLanguage(values, 'import')
    if (values.from === undefined)
      throw new InputError(
        '`--from <path>` is required: the XLIFF or PO file, or the folder of translated documents, to import'
      )
    const imported = await project.importFrom({
      language,
      from: path.resolve(String(values.from)),
      overwrite: Boolean(values.overwrite)
    })
    if (imported.kind === 'documents') {
      const aligned = imported.result
      if (values.format === 'json' || values.json) output.out(JSON.stringify(aligned, null, 2))
      else for (const line of folderReport(aligned)) output.out(line)
      return 0
    }
    const {result} = imported
    const updated = result.documents.reduce((sum, row) => sum + row.updated, 0)
    output.out(
      `imported ${result.from}: ${plural(result.units, 'unit')}, ${updated} translations written, ${result.unchanged} unchanged`
    )
    for (const row of result.documents)
      output.out(
        `  ${row.namespace}: ${row.updated} written${row.stale > 0 ? ` (${row.stale} stale: the source changed since the export, or left to review)` : ''}`
      )
    return 0
  }
}

const counted = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${count} ${reason}`)
    .join('; ')

/** The text report of a folder's import: a line a document, then the language's totals. */
function folderReport(aligned: FolderImportResult): string[] {
  const lines: string[] = []
  for (const row of aligned.documents) {
    if (row.skipped !== undefined) {
      lines.push(`${row.document}: ${row.skipped}`)
      continue
    }
    const reasons = Object.entries(row.reasons).map(([reason, count]) => `${count}: ${reason}`)
    lines.push(
      `${row.document}: ${row.certain} aligned, ${row.uncertain} uncertain (stale, to review${reasons.length > 0 ? `; ${reasons.join('; ')}` : ''}), ${row.kept} kept (already translated), ${row.unmatchedSource} left in the source, ${row.unmatchedTranslation} left in the translation`
    )
    if (row.localizedUrls > 0)
      lines.push(`  ${plural(row.localizedUrls, 'URL')} of the language kept (localized pages)`)
    if (Object.keys(row.differences).length > 0)
      lines.push(`  the rebuilt page differs from ${row.translated}: ${counted(row.differences)}`)
  }
  const t = aligned.totals
  const skipped = Object.keys(t.skipped).length > 0 ? ` (skipped: ${counted(t.skipped)})` : ''
  lines.push(
    `${aligned.language}: ${t.aligned} of ${plural(t.documents, 'document')} aligned${skipped}; ${plural(t.segments, 'segment')}: ${t.current} current, ${t.stale} stale, ${t.kept} kept, ${t.leftInSource} left in the source, ${t.leftInTranslation} left in the translation; ${t.localizedUrls} URLs of the language kept; ${aligned.fromMemory} filled from the translation memory`
  )
  if (t.stale > 0) lines.push(`  stale: ${counted(t.reasons)}`)
  for (const file of aligned.unmatchedDocuments) lines.push(`  ${file}: matches no source document (not imported)`)
  if (Object.keys(t.differences).length > 0)
    lines.push(`  rebuilt pages differ from the human ones: ${counted(t.differences)}`)
  lines.push(`${plural(aligned.written.length, 'file')} written`)
  return lines
}
