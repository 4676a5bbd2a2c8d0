/**
 * cli/commands: each command's options (with what they do) and how its result is printed. The
 * work is the project API's (`project/`); a command returns its exit code.
 */
import type {ProjectApi} from '../project/index.js'
import {formatPercent} from '../report/percent.js'
import {formatProblemsText} from '../report/formatters/problems-text.js'
import {formatProblemsJson} from '../report/formatters/problems-json.js'
import {formatProblemsGithub} from '../report/formatters/problems-github.js'
import {formatCoverageText} from '../report/formatters/coverage-text.js'
import {formatCoverageJson} from '../report/formatters/coverage-json.js'
import {formatCoverageMarkdown} from '../report/formatters/coverage-markdown.js'
import {formatCoverageJunit} from '../report/formatters/coverage-junit.js'
import {statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {InputError} from '../util/errors.js'
import type {Output} from './io.js'

export interface OptionSpec {
  type: 'string' | 'boolean'
  multiple?: boolean
  /** What the value looks like in help: `<tag>`. */
  value?: string
  /** The values a string option accepts. */
  choices?: readonly string[]
  description: string
}

export interface CommandSpec {
  summary: string
  options: Record<string, OptionSpec>
  run(project: ProjectApi, values: Record<string, unknown>, output: Output): Promise<number>
}

const language: OptionSpec = {type: 'string', multiple: true, value: '<tag>', description: 'only this language (repeatable); a BCP 47 tag of the project'}
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
const languages = (values: Record<string, unknown>) => values.language as string[] | undefined

function requiredLanguage(values: Record<string, unknown>, command: string): string {
  if (typeof values.language !== 'string') throw new InputError(`\`--language <tag>\` is required: the language to ${command}`)
  return values.language
}

/** `80`, `80%` or `80.5` → 80.5; anything else is refused. */
export function parsePercent(text: string, option = '--min'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text)
  const value = match ? Number(match[1]) : NaN
  if (!(value >= 0 && value <= 100)) throw new InputError(`\`${option} ${text}\` is not a percentage, expected a number from 0 to 100 (such as 80 or 80%)`)
  return value
}

/** `fr,de ja` and repeated flags → tags. */
const tagList = (values: unknown) => (values as string[] | undefined)?.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean)

/** Ask on a terminal; `undefined` when not on one. */
async function ask(question: string): Promise<string | undefined> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined
  const {createInterface} = await import('node:readline/promises')
  const prompt = createInterface({input: process.stdin, output: process.stdout})
  try {
    return await prompt.question(question)
  } finally {
    prompt.close()
  }
}

export const commands: Record<string, CommandSpec> = {
  init: {
    summary: 'set this folder up: a commented md-l10n.config.json, .gitignore lines, a CI workflow',
    options: {
      languages: {type: 'string', multiple: true, value: '<tags>', description: 'the languages to translate into, comma-separated (fr,de,ja); asked on a terminal, else found in the pages’ language switcher'},
      source: {type: 'string', value: '<dir>', description: 'the folder of the markdown sources (default: docs/, src/content/docs/, content/, source/… whichever has markdown)'},
      'source-language': {type: 'string', value: '<tag>', description: 'the language of the sources (default: their front matter’s lang, else en)'},
      'min-coverage': {type: 'string', value: '<percent>', description: 'the coverage CI requires (default 80)'},
      ci: {type: 'string', choices: ['github', 'none'], description: 'write a GitHub Actions workflow for the checks and the coverage gate (default github)'},
      force: {type: 'boolean', description: 'replace an existing md-l10n.config.json'}
    },
    async run(project, values, output) {
      let languages = tagList(values.languages)
      if (!languages) {
        const answer = await ask('Translate into which languages? (BCP 47 tags, such as fr,de,ja; empty: the pages’ language switcher) ')
        languages = answer ? tagList([answer]) : undefined
      }
      const result = await project.init({
        languages,
        sourceDir: values.source as string | undefined,
        sourceLanguage: values['source-language'] as string | undefined,
        minCoverage: values['min-coverage'] === undefined ? undefined : parsePercent(String(values['min-coverage']), '--min-coverage'),
        ci: values.ci !== 'none',
        force: Boolean(values.force)
      })
      output.out(`md-l10n is set up: sources in ${result.sourceDir}/ (${result.sourceLanguage}), translated into ${result.languages.filter((tag) => tag !== result.sourceLanguage).join(', ')}`)
      for (const file of result.written) output.out(`  wrote ${file}`)
      output.out('Next: `npx md-l10n extract` writes the catalogs translators fill in (locales/<tag>/).')
      return 0
    }
  },
  languages: {
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
  },
  extract: {
    summary: 'sync catalogs with the sources: new segments missing, changed ones stale, removed ones obsolete',
    options: {prune: {type: 'boolean', description: 'remove obsolete translations (kept by default)'}, language},
    async run(project, values, output) {
      const result = await project.extract({prune: Boolean(values.prune), languages: languages(values), progress: output.progress})
      output.out(`extracted ${plural(result.segments, 'segment')} from ${plural(result.documents, 'document')} (${result.sourceLanguage}); ${plural(result.written.length, 'file')} written`)
      for (const row of result.languages) {
        const parts = (['added', 'fromMemory', 'stale', 'obsolete', 'pruned', 'stamped'] as const).filter((name) => row[name] > 0).map((name) => `${row[name]} ${name === 'fromMemory' ? 'from memory' : name}`)
        if (parts.length > 0) output.out(`  ${row.language}: ${parts.join(', ')} (in ${plural(row.synced, 'catalog')} synced; \`md-l10n coverage\` has every catalog)`)
      }
      return 0
    }
  },
  pseudo: {
    summary: 'fill a pseudo-locale catalog (accented, ~30% longer, bracketed; tags kept)',
    options: {language: {type: 'string', value: '<tag>', description: 'the pseudo-locale (default qps-ploc)'}},
    async run(project, values, output) {
      const result = await project.pseudo({language: values.language as string | undefined})
      output.out(`pseudo-localized ${plural(result.segments, 'segment')} into ${project.config().localesDir}/${result.language}/; build it with \`md-l10n build --language ${result.language}\``)
      return 0
    }
  },
  build: {
    summary: 'write dist/locales/<tag>/<ns>.json and dist/docs/<tag>/<doc> (--watch: again on every change)',
    options: {
      language: {...language, description: 'only this language (repeatable): a project language or a pseudo-locale'},
      watch: {type: 'boolean', description: 'keep running and rebuild what changes under the source and locales folders'},
      extract: {type: 'boolean', description: 'with --watch: sync the catalogs of each edited page first, as extract does'}
    },
    async run(project, values, output) {
      const seen = new Set<string>()
      const report = (result: Awaited<ReturnType<ProjectApi['build']>>, terse: boolean) => {
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
            output.out(`${row.language.padEnd(8)} ${row.translated}/${row.total} segments translated (${formatPercent(row.percent)})${status}`)
          }
        }
        output.out(`built ${plural(result.documents, 'document')} into ${project.config().outDir}/docs/`)
      }
      if (!values.watch) {
        if (values.extract) throw new InputError('`--extract` goes with `--watch` (a build on its own never writes catalogs: run `md-l10n extract` first)')
        report(await project.build({languages: languages(values), progress: output.progress}), false)
        return 0
      }
      const {watchBuild} = await import('../node/watch.js')
      const controller = new AbortController()
      const stop = () => controller.abort()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      try {
        await watchBuild(
          project.root,
          {languages: languages(values), progress: output.progress, extract: values.extract === true},
          {
            built: (result, rebuild, extracted) => {
              const synced = extracted?.languages.reduce((sum, language) => sum + language.synced, 0) ?? 0
              if (synced > 0) {
                const count = (field: 'added' | 'stale' | 'fromMemory') => extracted!.languages.reduce((sum, language) => sum + language[field], 0)
                output.out(`synced ${plural(synced, 'catalog')}: ${count('added')} segments added (${count('fromMemory')} from memory), ${count('stale')} stale`)
              }
              report(result, rebuild !== undefined)
              if (rebuild) output.out(`  rebuilt in ${rebuild.ms} ms (${plural(rebuild.sources, 'source')}, ${plural(rebuild.catalogs, 'catalog')} changed)`)
            },
            inputError: (error) => output.err(`md-l10n build: ${error.toString()}`),
            watching: (folders) => output.out(`watching ${folders.map((folder) => `${folder}/`).join(' and ')} (Ctrl-C to stop)`)
          },
          controller.signal
        )
      } finally {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
      }
      return 0
    }
  },
  coverage: {
    summary: 'translation coverage per language and document; exit 1 below the minimum',
    options: {
      min: {type: 'string', value: '<percent>', description: 'the minimum every language must reach (default: minCoverage of the config)'},
      format: {type: 'string', choices: ['text', 'json', 'markdown', 'junit', 'badge'], description: 'output format; badge writes SVG badges to dist/badges/'},
      'review-url': {type: 'string', value: '<url>', description: 'with --format markdown: link each language to its page of the review site published there'}
    },
    async run(project, values, output) {
      const min = values.min === undefined ? undefined : parsePercent(String(values.min))
      const report = await project.coverage({min})
      const format = values.format ?? 'text'
      if (format === 'json') output.out(formatCoverageJson(report))
      else if (format === 'markdown') output.out(formatCoverageMarkdown(report, {reviewUrl: values['review-url'] as string | undefined}))
      else if (format === 'junit') output.out(formatCoverageJunit(report))
      else if (format === 'badge') {
        const written = await project.badges(report)
        output.out(`wrote ${plural(report.languages.length, 'badge')} to ${project.config().outDir}/badges/ (${written.length} changed)`)
      } else output.out(formatCoverageText(report))
      return report.languages.every((row) => row.passed) ? 0 : 1
    }
  },
  check: {
    summary: 'consistency checks on every translation; exit 1 on any error',
    options: {
      format: {type: 'string', choices: ['text', 'json', 'github'], description: 'output format; github prints workflow annotations'},
      severity: {type: 'string', choices: ['error', 'warning'], description: 'print only problems of this severity or worse (--severity error: errors only)'},
      quiet: {type: 'boolean', description: 'the same as --severity error'},
      language
    },
    async run(project, values, output) {
      const result = await project.check({languages: languages(values)})
      const errorsOnly = values.quiet || values.severity === 'error'
      const problems = errorsOnly ? result.problems.filter(({severity}) => severity === 'error') : result.problems
      const format = values.format ?? 'text'
      if (format === 'json') output.out(formatProblemsJson(problems))
      else if (format === 'github') {
        const text = formatProblemsGithub(problems, (problem) => ({file: problem.file ?? '', line: problem.catalogLine}))
        if (text) output.out(text)
      } else output.out(formatProblemsText(problems, {colour: output.isTTY && !process.env.NO_COLOR, sourceLanguage: result.sourceLanguage}))
      if (!errorsOnly) {
        const file = project.config().exceptions
        for (const exception of result.unusedExceptions) output.err(`warning: ${file}: the exception for \`${exception.check}\` on ${exception.language} \`${exception.key}\` silences nothing; remove it`)
      }
      return result.errors > 0 ? 1 : 0
    }
  },
  export: {
    summary: 'write one language\'s catalogs for translators\' tools: XLIFF 2.0, PO, or i18next JSON with each key\'s source',
    options: {
      language: {type: 'string', value: '<tag>', description: 'the language to export (required)'},
      format: {type: 'string', choices: ['xliff', 'po', 'json-with-source', 'tmx'], description: 'xliff (CAT tools), po (gettext platforms), json-with-source (editing by hand) or tmx (the translation memory, TMX 1.4) (default: xliff)'},
      out: {type: 'string', value: '<file>', description: 'the file to write (default: print it)'}
    },
    async run(project, values, output) {
      const language = requiredLanguage(values, 'export')
      const result = await project.export({language, format: (values.format ?? 'xliff') as 'xliff' | 'po' | 'json-with-source' | 'tmx'})
      if (values.out === undefined) {
        output.out(result.text.replace(/\n$/, ''))
        return 0
      }
      writeFileSync(path.resolve(String(values.out)), result.text)
      const {current, stale, missing} = result.units
      output.err(`exported ${plural(current + stale + missing, 'segment')} of ${plural(result.documents, 'document')} (${current} current, ${stale} stale, ${missing} missing) to ${values.out}`)
      return 0
    }
  },
  import: {
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
      const from = path.resolve(String(values.from))
      if (statSync(from, {throwIfNoEntry: false})?.isDirectory()) {
        const aligned = await project.importDocuments({language, from, overwrite: Boolean(values.overwrite)})
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
      const result = await project.import({language, from})
      const updated = result.documents.reduce((sum, row) => sum + row.updated, 0)
      output.out(`imported ${result.from}: ${plural(result.units, 'unit')}, ${updated} translations written, ${result.unchanged} unchanged`)
      for (const row of result.documents) output.out(`  ${row.namespace}: ${row.updated} written${row.stale > 0 ? ` (${row.stale} stale: the source changed since the export, or left to review)` : ''}`)
      return 0
    }
  },
  review: {
    summary: 'write a static review site: coverage, every segment beside its translation with the checks\' problems, previews',
    options: {
      out: {type: 'string', value: '<dir>', description: 'the folder to write the site to, inside the project (default: dist/review/)'},
      language
    },
    async run(project, values, output) {
      const result = await project.review({out: values.out as string | undefined, languages: languages(values)})
      output.out(`wrote the review site of ${plural(result.languages.length, 'language')} × ${plural(result.documents, 'document')} to ${result.out}/ (${plural(result.pages, 'page')}, ${result.written.length} changed; ${plural(result.problems, 'problem')} shown): open ${result.out}/index.html`)
      return 0
    }
  }
}
