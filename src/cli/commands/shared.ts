/** cli/commands/shared: option specs and argv helpers more than one command uses. */
import {InputError} from '../../util/errors.js'
import type {OptionSpec} from '../command.js'

export const language: OptionSpec = {
  type: 'string',
  multiple: true,
  value: '<tag>',
  description: 'only this language (repeatable); a BCP 47 tag of the project'
}

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

export const languages = (values: Record<string, unknown>) => values.language as string[] | undefined

export function requiredLanguage(values: Record<string, unknown>, command: string): string {
  if (typeof values.language !== 'string')
    throw new InputError(`\`--language <tag>\` is required: the language to ${command}`)
  return values.language
}

/** `80`, `80%` or `80.5` → 80.5; anything else is refused. */
export function parsePercent(text: string, option = '--min'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text)
  const value = match ? Number(match[1]) : NaN
  if (!(value >= 0 && value <= 100))
    throw new InputError(
      `\`${option} ${text}\` is not a percentage, expected a number from 0 to 100 (such as 80 or 80%)`
    )
  return value
}

/** `fr,de ja` and repeated flags → tags. */
export const tagList = (values: unknown) =>
  (values as string[] | undefined)?.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean)
