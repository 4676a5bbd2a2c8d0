/**
 * check/exceptions: reviewed exceptions (`l10n/exceptions.json`): a problem silenced for one
 * segment, each with the reason a reviewer accepted it.
 *
 * ```json
 * [{"check": "numbers", "language": "ja", "key": "p-8d1dd376", "reason": "710 of 770 is written 7百…"}]
 * ```
 */
import {InputError} from '../util/errors.js'
import type {Problem} from '../types.js'

export interface ReviewedException {
  check: string
  language: string
  key: string
  /** Limits the exception to one namespace; all when absent. */
  namespace?: string
  reason: string
}

export function normalizeExceptions(input: unknown, file: string): ReviewedException[] {
  if (input === undefined) return []
  if (!Array.isArray(input)) throw new InputError('expected a JSON array of {check, language, key, reason}', file)
  return input.map((item, index) => {
    const entry = item as Partial<ReviewedException>
    for (const field of ['check', 'language', 'key', 'reason'] as const) {
      if (typeof entry?.[field] !== 'string' || entry[field]!.trim() === '') {
        throw new InputError(
          `exception ${index + 1} needs a non-empty \`${field}\`${field === 'reason' ? ' (why the problem is acceptable)' : ''}`,
          file
        )
      }
    }
    return entry as ReviewedException
  })
}

/** Whether a problem is silenced by an exception. */
export function isExcepted(problem: Problem, exceptions: readonly ReviewedException[]): boolean {
  return exceptions.some(
    (exception) =>
      exception.check === problem.check &&
      exception.language === problem.language &&
      exception.key === problem.key &&
      (exception.namespace === undefined || exception.namespace === problem.namespace)
  )
}
