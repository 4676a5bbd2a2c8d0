/**
 * cli/main: argv → a command. Parsing, help and exit codes live here and nowhere else:
 * 0 ok, 1 problems found (check, coverage), 2 usage or input error (one line, never a stack trace).
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import path from 'node:path'
import {InputError} from '../util/errors.js'
import {processOutput, type Output} from './io.js'
import {acquireLock} from './lock.js'
import {abortOpenBatches} from './fs.js'

type Options = NonNullable<ParseArgsConfig['options']>

// Commands are imported when run: `build` need not load the checks' language models.

interface CommandSpec {
  summary: string
  usage: string
  options: Options
  /** Whether the command writes files (and so takes the project's lock), given its options. */
  writes: boolean | ((values: Record<string, unknown>) => boolean)
  run: (root: string, values: Record<string, unknown>, output: Output) => Promise<boolean>
}

const common: Options = {
  cwd: {type: 'string'},
  help: {type: 'boolean', short: 'h'}
}

const formats = (values: readonly string[]) => `--format ${values.join('|')}`

export const commands: Record<string, CommandSpec> = {
  languages: {
    summary: 'list the languages discovered from the page footer (or set in the config)',
    usage: 'md-l10n languages [--json]',
    options: {json: {type: 'boolean'}},
    writes: false,
    run: async (root, values, output) => (await import('./commands/languages.js')).languages(root, {json: Boolean(values.json)}, output)
  },
  extract: {
    summary: 'sync catalogs with the sources: new segments missing, changed ones stale, removed ones obsolete',
    usage: 'md-l10n extract [--prune] [--language <tag>…]',
    options: {prune: {type: 'boolean'}, language: {type: 'string', multiple: true}},
    writes: true,
    run: async (root, values, output) => (await import('./commands/extract.js')).extract(root, {prune: Boolean(values.prune), languages: values.language as string[] | undefined}, output)
  },
  pseudo: {
    summary: 'fill a pseudo-locale catalog (accented, ~30% longer, bracketed; tags kept)',
    usage: 'md-l10n pseudo [--language qps-ploc]',
    options: {language: {type: 'string'}},
    writes: true,
    run: async (root, values, output) => (await import('./commands/pseudo.js')).pseudo(root, {language: values.language as string | undefined}, output)
  },
  build: {
    summary: 'write dist/locales/<tag>/<ns>.json and dist/docs/<tag>/<doc>.md (--watch: again on every change)',
    usage: 'md-l10n build [--language <extra tag>…] [--watch]',
    options: {language: {type: 'string', multiple: true}, watch: {type: 'boolean'}},
    // A watcher takes the lock for each rebuild itself.
    writes: (values) => !values.watch,
    run: async (root, values, output) => {
      const options = {languages: values.language as string[] | undefined}
      if (values.watch) return (await import('./watch.js')).watchBuild(root, options, output)
      return (await import('./commands/build.js')).build(root, options, output)
    }
  },
  coverage: {
    summary: 'translation coverage per language and document; exit 1 below the minimum',
    usage: `md-l10n coverage [--min <percent>] [${formats(['text', 'json', 'markdown', 'junit', 'badge'])}]`,
    options: {min: {type: 'string'}, format: {type: 'string'}},
    writes: false,
    run: async (root, values, output) => (await import('./commands/coverage.js')).coverage(root, {min: values.min as string | undefined, format: values.format as string | undefined}, output)
  },
  check: {
    summary: 'consistency checks on every translation; exit 1 on any error',
    usage: `md-l10n check [${formats(['text', 'json', 'github'])}] [--language <tag>…]`,
    options: {format: {type: 'string'}, language: {type: 'string', multiple: true}},
    writes: false,
    run: async (root, values, output) => (await import('./commands/check.js')).check(root, {format: values.format as string | undefined, languages: values.language as string[] | undefined}, output)
  }
}

function generalHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length))
  return [
    'md-l10n: localize markdown documents with i18next catalogs',
    '',
    'Usage: md-l10n <command> [options] [--cwd <project root>]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, spec]) => `  ${name.padEnd(width)}  ${spec.summary}`),
    '',
    'Every command reads md-l10n.config.json in the project root if there is one.',
    'Exit codes: 0 ok, 1 problems found (check, coverage), 2 usage or input error.',
    'Run `md-l10n <command> --help` for a command’s options.'
  ].join('\n')
}

function commandHelp(name: string, spec: CommandSpec): string {
  return [`${spec.usage} [--cwd <dir>]`, '', `${name}: ${spec.summary}`].join('\n')
}

/** Run the CLI; returns the exit code. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
  const [name, ...rest] = argv
  if (!name) {
    output.err(generalHelp())
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    output.out(generalHelp())
    return 0
  }
  if (name === '--version') {
    output.out('md-l10n 0.1.0')
    return 0
  }
  const spec = commands[name]
  if (!spec) {
    output.err(`md-l10n: unknown command \`${name}\`, expected one of ${Object.keys(commands).map((c) => `\`${c}\``).join(', ')}`)
    return 2
  }
  let values: Record<string, unknown>
  try {
    values = parseArgs({args: [...rest], options: {...common, ...spec.options}, allowPositionals: false, strict: true}).values
  } catch (error) {
    output.err(`md-l10n ${name}: ${(error as Error).message.split('\n')[0]}`)
    return 2
  }
  if (values.help) {
    output.out(commandHelp(name, spec))
    return 0
  }
  const root = path.resolve(String(values.cwd ?? '.'))
  let release: (() => void) | undefined
  try {
    if (typeof spec.writes === 'function' ? spec.writes(values) : spec.writes) release = await acquireLock(root)
    return (await spec.run(root, values, output)) ? 0 : 1
  } catch (error) {
    // Whatever the failed command had begun to write is undone.
    abortOpenBatches()
    if (error instanceof InputError) {
      output.err(`md-l10n ${name}: ${error.toString()}`)
      return 2
    }
    const code = (error as NodeJS.ErrnoException).code
    if (code && ['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR', 'EROFS', 'ENOSPC'].includes(code)) {
      output.err(`md-l10n ${name}: ${(error as Error).message}`)
      return 2
    }
    output.err(`md-l10n ${name}: internal error: ${(error as Error).message} (please report it with the input that caused it)`)
    return 70
  } finally {
    release?.()
  }
}
