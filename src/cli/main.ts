/**
 * cli: argv, output and exit codes; the work is the project API's.
 *
 * cli/main: argv → a command. Exit codes: 0 ok, 1 problems found (check, coverage), 2 usage or
 * input error (one line naming the file and line, never a stack trace), 3 internal error (a bug in
 * md-l10n: one line and where to report it).
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import leven from 'leven'
import {InputError, isFileSystemError} from '../util/errors.js'
import {openProject} from '../node/open.js'
import {bugs, version} from '../version.js'
import {commands} from './commands/index.js'
import type {CommandSpec, OptionSpec} from './command.js'
import type {Output} from './io.js'

export const exitCodes = {ok: 0, problems: 1, input: 2, internal: 3} as const

const common: Record<string, OptionSpec> = {
  cwd: {type: 'string', value: '<dir>', description: 'the project root (default: the current folder)'},
  help: {type: 'boolean', description: 'show this help'}
}

/** The candidate closest to `input`, when it is close enough to be a typo. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: {candidate: string; distance: number} | undefined
  for (const candidate of candidates) {
    const distance = leven(input.toLowerCase(), candidate.toLowerCase())
    if (!best || distance < best.distance) best = {candidate, distance}
  }
  return best && best.distance <= Math.max(2, Math.floor(input.length / 3)) ? best.candidate : undefined
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
    'Exit codes: 0 ok, 1 problems found (check, coverage), 2 usage or input error, 3 internal error.',
    'Run `md-l10n <command> --help` for a command’s options.'
  ].join('\n')
}

function commandHelp(name: string, spec: CommandSpec): string {
  const options = {...spec.options, ...common}
  const label = (option: string, value: OptionSpec) =>
    `--${option}${value.type === 'string' ? ` ${value.choices ? value.choices.join('|') : (value.value ?? '<value>')}` : ''}`
  const width = Math.max(...Object.entries(options).map(([option, value]) => label(option, value).length))
  return [
    `Usage: md-l10n ${name} [options]`,
    '',
    `${name}: ${spec.summary}`,
    '',
    'Options:',
    ...Object.entries(options).map(([option, value]) => `  ${label(option, value).padEnd(width)}  ${value.description}`)
  ].join('\n')
}

/** Parse a command's argv, or explain the mistake in one line (with a suggestion for a typo). */
function parseOptions(name: string, spec: CommandSpec, args: readonly string[]): Record<string, unknown> {
  const options = {...spec.options, ...common}
  let values: Record<string, unknown>
  try {
    const config = Object.fromEntries(
      Object.entries(options).map(([option, value]) => [
        option,
        value.multiple ? {type: value.type, multiple: true} : {type: value.type}
      ])
    )
    ;({values} = parseArgs({args: [...args], options: config, allowPositionals: false, strict: true}))
  } catch (error) {
    const message = (error as Error).message.split('\n')[0]!
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1]
    if (unknown) {
      const suggestion = closest(unknown.replace(/^-+/, ''), Object.keys(options))
      throw new InputError(
        `unknown option \`${unknown}\`${suggestion ? ` (did you mean \`--${suggestion}\`?)` : ''}; \`md-l10n ${name} --help\` lists the options`
      )
    }
    throw new InputError(message.replace(/\. To specify a positional argument.*$/, ''))
  }
  for (const [option, value] of Object.entries(values)) {
    const spec = options[option]!
    if (spec.choices && !spec.choices.includes(String(value))) {
      const suggestion = closest(String(value), spec.choices)
      throw new InputError(
        `\`--${option} ${value}\` is not one of ${spec.choices.join(', ')}${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}`
      )
    }
  }
  return values
}

/** Run the CLI; returns the exit code. */
export async function main(argv: readonly string[], output: Output): Promise<number> {
  const [name, ...rest] = argv
  if (!name) {
    output.err(generalHelp())
    return exitCodes.input
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    output.out(generalHelp())
    return exitCodes.ok
  }
  if (name === '--version' || name === '-v') {
    output.out(`md-l10n ${version}`)
    return exitCodes.ok
  }
  const spec = commands[name]
  if (!spec) {
    const suggestion = closest(name, Object.keys(commands))
    output.err(
      `md-l10n: unknown command \`${name}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ''}; the commands are ${Object.keys(
        commands
      )
        .map((command) => `\`${command}\``)
        .join(', ')}`
    )
    return exitCodes.input
  }
  try {
    const values = parseOptions(name, spec, rest)
    if (values.help) {
      output.out(commandHelp(name, spec))
      return exitCodes.ok
    }
    const project = openProject({
      root: path.resolve(String(values.cwd ?? '.')),
      warn: (message) => output.err(`md-l10n ${name}: warning: ${message}`)
    })
    return await spec.run(project, values, output)
  } catch (error) {
    if (error instanceof InputError) {
      output.err(`md-l10n ${name}: ${error.toString()}`)
      return exitCodes.input
    }
    if (isFileSystemError(error)) {
      output.err(`md-l10n ${name}: ${error.message}`)
      return exitCodes.input
    }
    const where = (error as Error).stack?.split('\n')[1]?.trim() ?? ''
    output.err(
      `md-l10n ${name}: internal error: ${(error as Error).message} ${where ? `(${where}) ` : ''}— please report it${bugs ? ` at ${bugs}` : ' to the maintainers'} with the command and the input that caused it`
    )
    return exitCodes.internal
  }
}
