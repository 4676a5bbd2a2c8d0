/**
 * segment/limits: what md-l10n refuses to parse, checked before parsing with a linear scan.
 *
 * micromark's time grows with the square of container nesting and of emphasis delimiters in one
 * block, and the tree walkers recurse, so a hostile or broken document could hang a CI job for
 * hours or overflow the stack. Real documents stay far below these limits (the 7,425 tldr pages:
 * nesting 3, at most 40 delimiters in a block).
 */
import {InputError} from '../util/errors.js'

export const limits = {
  /** Characters in one document (about 5 MB of ASCII). */
  documentLength: 5_000_000,
  /** Block quotes and lists nested in each other. */
  nesting: 100,
  /** Emphasis and strikethrough delimiters (`*`, `_`, `~`) in one block (text between blank lines). */
  delimitersPerBlock: 2_000
} as const

/** Throw an `InputError` naming the file and line when a document is beyond the limits. */
export function checkLimits(source: string, file?: string): void {
  if (source.length > limits.documentLength) {
    throw new InputError(`document is ${(source.length / 1e6).toFixed(1)} million characters, more than the ${limits.documentLength / 1e6} million md-l10n handles; split it`, file)
  }
  let line = 0
  let delimiters = 0
  let blockStart = 1
  let inFence = false
  for (const text of source.split('\n')) {
    line++
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence
    if (inFence) continue
    if (text.trim() === '') {
      delimiters = 0
      blockStart = line + 1
      continue
    }
    // Each `>` opens a quote; each two columns of indentation may open a list level.
    const prefix = /^[ \t>]*/.exec(text)![0]
    const quotes = prefix.split('>').length - 1
    const width = prefix.replace(/>/g, '').replace(/\t/g, '    ').length
    if (quotes + Math.floor(width / 2) > limits.nesting * 2 || quotes > limits.nesting) {
      throw new InputError(`nesting is deeper than the ${limits.nesting} levels md-l10n handles`, file, line)
    }
    for (const character of text) if (character === '*' || character === '_' || character === '~') delimiters++
    if (delimiters > limits.delimitersPerBlock) {
      throw new InputError(`more than ${limits.delimitersPerBlock} emphasis delimiters (\`*\`, \`_\`, \`~\`) in one block, more than md-l10n handles`, file, blockStart)
    }
  }
}
