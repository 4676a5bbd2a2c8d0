/** cli/commands/extract: sync the catalogs with the sources. */
import {language, plural, languages} from './shared.js'
import type {CommandSpec} from '../command.js'

export const extract: CommandSpec = {
  summary: 'sync catalogs with the sources: new segments missing, changed ones stale, removed ones obsolete',
  options: {prune: {type: 'boolean', description: 'remove obsolete translations (kept by default)'}, language},
  async run(project, values, output) {
    const result = await project.extract({
      prune: Boolean(values.prune),
      languages: languages(values),
      progress: output.progress
    })
    output.out(
      `extracted ${plural(result.segments, 'segment')} from ${plural(result.documents, 'document')} (${result.sourceLanguage}); ${plural(result.written.length, 'file')} written`
    )
    for (const row of result.languages) {
      const parts = (['added', 'fromMemory', 'stale', 'obsolete', 'pruned', 'stamped'] as const)
        .filter((name) => row[name] > 0)
        .map((name) => `${row[name]} ${name === 'fromMemory' ? 'from memory' : name}`)
      if (parts.length > 0)
        output.out(
          `  ${row.language}: ${parts.join(', ')} (in ${plural(row.synced, 'catalog')} synced; \`md-l10n coverage\` has every catalog)`
        )
    }
    return 0
  }
}
