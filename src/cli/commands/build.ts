/** cli/commands/build: write the localized documents (and, with `--watch`, again on every change). */
import {InputError} from '../../util/errors.js'
import {language, plural, languages} from './shared.js'
import {formatPercent} from '../../report/percent.js'
import type {BuildResult} from '../../index.js'
import type {CommandSpec} from '../command.js'

export const build: CommandSpec = {
  summary: 'write dist/locales/<tag>/<ns>.json and dist/docs/<tag>/<doc> (--watch: again on every change)',
  options: {
    language: {...language, description: 'only this language (repeatable): a project language or a pseudo-locale'},
    watch: {type: 'boolean', description: 'keep running and rebuild what changes under the source and locales folders'},
    extract: {
      type: 'boolean',
      description: 'with --watch: sync the catalogs of each edited page first, as extract does'
    },
    strict: {type: 'boolean', description: 'exit 1 when a language is withheld (below its minCoverage)'}
  },
  async run(project, values, output) {
    const seen = new Set<string>()
    const report = (result: BuildResult, terse: boolean) => {
      // A fallback is reported once per run of the command, not on every rebuild.
      for (const warning of result.warnings) {
        const id = `${warning.file}\n${warning.key}\n${warning.reason}`
        if (seen.has(id)) continue
        seen.add(id)
        output.err(`warning: ${warning.file}: \`${warning.key}\`: ${warning.reason}; the source text is used`)
      }
      if (!terse) {
        for (const row of result.languages) {
          const status = row.emitted ? '' : ` (below minCoverage ${row.minimum}%: documents not emitted)`
          output.out(
            `${row.language.padEnd(8)} ${row.translated}/${row.total} segments translated (${formatPercent(row.percent)})${status}`
          )
        }
        for (const row of result.languages.filter(({emitted}) => !emitted)) {
          output.err(
            `warning: ${row.language} withheld: ${formatPercent(row.percent)} translated, below its minCoverage ${row.minimum}%; none of its pages were written`
          )
        }
        for (const {file} of result.kept ?? [])
          output.err(
            `note: ${file} was not written by md-l10n and is kept (a human translation; "existingPages": "replace" replaces it)`
          )
      }
      const config = project.config()
      const into =
        config.layout === undefined && config.sources?.every(({layout}) => layout === undefined) !== false
          ? `${config.outDir}/docs/`
          : "the site's layout"
      output.out(`built ${plural(result.documents, 'document')} into ${into}`)
    }
    if (!values.watch) {
      if (values.extract)
        throw new InputError(
          '`--extract` goes with `--watch` (a build on its own never writes catalogs: run `md-l10n extract` first)'
        )
      const result = await project.build({languages: languages(values), progress: output.progress})
      report(result, false)
      const withheld = result.languages.filter(({emitted}) => !emitted).map(({language}) => language)
      if (withheld.length > 0) output.out(`withheld (below minCoverage): ${withheld.join(', ')}`)
      return values.strict && withheld.length > 0 ? 1 : 0
    }
    const controller = new AbortController()
    const stop = () => controller.abort()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
    try {
      await project.watch(
        {languages: languages(values), progress: output.progress, extract: values.extract === true},
        {
          built: (result, rebuild, extracted) => {
            const synced = extracted?.languages.reduce((sum, language) => sum + language.synced, 0) ?? 0
            if (synced > 0) {
              const count = (field: 'added' | 'stale' | 'fromMemory') =>
                extracted!.languages.reduce((sum, language) => sum + language[field], 0)
              output.out(
                `synced ${plural(synced, 'catalog')}: ${count('added')} segments added (${count('fromMemory')} from memory), ${count('stale')} stale`
              )
            }
            report(result, rebuild !== undefined)
            if (rebuild)
              output.out(
                `  rebuilt in ${rebuild.ms} ms (${plural(rebuild.sources, 'source')}, ${plural(rebuild.catalogs, 'catalog')} changed)`
              )
          },
          inputError: (error) => output.err(`md-l10n build: ${error.toString()}`),
          watching: (folders) =>
            output.out(`watching ${folders.map((folder) => `${folder}/`).join(' and ')} (Ctrl-C to stop)`)
        },
        controller.signal
      )
    } finally {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
    }
    return 0
  }
}
