/**
 * cli/commands/translate: `md-l10n translate`, machine drafts for the missing segments. Argv and
 * output only; the run is `project.translate`. A rejected draft is not an error (the segment stays
 * missing and is listed with its reason): the exit code is 0 unless the run itself could not go on.
 */
import {InputError} from '../../util/errors.js'
import type {TranslateResult} from '../../index.js'
import type {CommandSpec} from '../command.js'
import type {Output} from '../io.js'
import {language, tagList} from './shared.js'

/** `--max-chars 200000` (or `200k`) → 200000. */
export function parseCharacters(text: string): number {
  const match = /^\s*(\d+)\s*(k?)\s*$/i.exec(text)
  if (!match)
    throw new InputError(
      `\`--max-chars ${text}\` is not a number of characters, expected a whole number such as 200000 or 200k`
    )
  return Number(match[1]) * (match[2] ? 1000 : 1)
}

const number = (value: number) => value.toLocaleString('en-US')

function print(result: TranslateResult, output: Output): void {
  const by = `${result.provider} (${result.model})`
  for (const row of result.languages) {
    const sent = `${number(row.characters)} characters, ~${number(row.estimatedTokens)} tokens`
    const cached = row.cached > 0 ? `, ${number(row.cached)} answered by the cache` : ''
    const left = row.overBudget > 0 ? `; ${number(row.overBudget)} left for a later run (--max-chars)` : ''
    if (result.dryRun)
      output.out(`${row.language}: ${number(row.segments)} segments to draft, ${sent} to send${cached}${left}`)
    else
      output.out(
        `${row.language}: ${number(row.drafted)} drafted, ${number(row.rejected)} rejected (${sent} sent${cached})${left}`
      )
  }
  if (result.dryRun) output.out(`dry run: nothing sent to ${by}, nothing written`)
  else
    output.out(
      `${number(result.requests)} requests to ${by}${result.retried > 0 ? ` (${number(result.retried)} retried after a 429/503)` : ''}; ${result.written.length} files written`
    )
  for (const rejected of result.rejected)
    output.out(
      `  ${rejected.file}:${rejected.line} ${rejected.language} ${rejected.key}: left missing, ${rejected.reason}`
    )
  if (result.stoppedAtBudget) output.out('stopped at the --max-chars budget; run again to go on')
}

export const translate: CommandSpec = {
  summary: 'draft the missing segments with a machine-translation engine; a draft that breaks anything is not stored',
  options: {
    language,
    provider: {
      type: 'string',
      value: '<name>',
      description: 'the provider in `translate.providers` (default: `translate.provider`, or the only one)'
    },
    'dry-run': {
      type: 'boolean',
      description: 'print segments, characters and estimated tokens per language; send and write nothing'
    },
    'max-chars': {
      type: 'string',
      value: '<N>',
      description: 'send at most N characters of source text, then stop cleanly'
    },
    stale: {type: 'boolean', description: 'also redraft stale machine drafts (a person’s translation is never touched)'}
  },
  async run(project, values, output) {
    const result = await project.translate({
      languages: tagList(values.language),
      provider: values.provider as string | undefined,
      dryRun: Boolean(values['dry-run']),
      maxChars: values['max-chars'] === undefined ? undefined : parseCharacters(String(values['max-chars'])),
      stale: Boolean(values.stale),
      progress: output.progress
    })
    print(result, output)
    return 0
  }
}
