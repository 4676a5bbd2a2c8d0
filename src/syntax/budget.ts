/**
 * syntax/budget: a step budget for one parse, spent by the tokenizers md-l10n writes itself.
 *
 * micromark runs synchronously, so a runaway tokenizer cannot be stopped from outside but by
 * killing a thread; a budget is deterministic (the same document fails the same way on any
 * machine) and costs a counter. The parse of a document of `n` characters may take
 * `stepsPerCharacter × (n + slack)` steps of md-l10n's constructs; past that, the parse stops
 * with a `ParseBudgetError` the segmenter reports naming the file. Parses outside
 * `withParseBudget` (a caller's own processor) are not limited.
 */

/** Steps per character of the document: each of md-l10n's constructs reads a character a few times at most. */
export const stepsPerCharacter = 64
const slack = 4096

let remaining = Number.POSITIVE_INFINITY
let granted = 0

/** Thrown when a parse has spent its budget. */
export class ParseBudgetError extends Error {
  readonly steps: number

  constructor(steps: number) {
    super(`the parse took more than ${steps} steps, a runaway tokenizer`)
    this.name = 'ParseBudgetError'
    this.steps = steps
  }
}

/** Run `parse` over a document of `length` characters with its budget (nested calls share the outer one). */
export function withParseBudget<T>(length: number, parse: () => T): T {
  if (remaining !== Number.POSITIVE_INFINITY) return parse()
  granted = stepsPerCharacter * (length + slack)
  remaining = granted
  try {
    return parse()
  } finally {
    remaining = Number.POSITIVE_INFINITY
  }
}

/** Spend one step (a tokenizer state of md-l10n's syntax extensions). */
export function spendParseStep(): void {
  if (--remaining < 0) throw new ParseBudgetError(granted)
}
