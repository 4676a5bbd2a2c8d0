/**
 * segment/limits: what md-l10n refuses to parse, checked before parsing with a linear scan.
 *
 * micromark's time grows with the square of container nesting, of emphasis delimiters, of open
 * brackets and of open link destinations in one block, and the tree walkers recurse, so a
 * hostile or broken document could hang a CI job for hours or overflow the stack. Each limit is
 * counted the way the square part grows, before it: list markers opened on one line (`- - - x`)
 * count as nesting like indented ones, nested `:::` containers count too. Real documents stay
 * far below these limits (the 7,425 tldr pages: nesting 3, at most 40 delimiters in a block; the
 * docs-sites corpus of pnpm, Vite and the Rust book: at most 2 brackets and 1 link destination open
 * at once in a block, 58 table rows, containers nested 2 deep).
 */
import {InputError} from '../util/errors.js'

export const limits = {
  /** Characters in one document (about 5 MB of ASCII). */
  documentLength: 5_000_000,
  /** Block quotes, lists and `:::` containers nested in each other. */
  nesting: 100,
  /** Emphasis and strikethrough delimiters (`*`, `_`, `~`) in one block (text between blank lines). */
  delimitersPerBlock: 2_000,
  /** `[` open at once in one block (`[[[…x]]]`): each `]` looks back over the open ones. */
  openBrackets: 100,
  /** Link destinations `](` open at once in one block (`[a](` repeated): each is read to the block's end. */
  openDestinations: 100,
  /** Rows of one table (lines with a `|`, in one block). */
  tableRows: 10_000
} as const

/** Throw an `InputError` naming the file and line when a document is beyond the limits. */
export function checkLimits(source: string, file?: string): void {
  if (source.length > limits.documentLength) {
    throw new InputError(
      `document is ${(source.length / 1e6).toFixed(1)} million characters, more than the ${limits.documentLength / 1e6} million md-l10n handles; split it`,
      file
    )
  }
  new LimitScan(file).scan(source)
}

/** One pass over the lines, with the counts of the current block. */
class LimitScan {
  private line = 0
  private blockStart = 1
  private delimiters = 0
  private brackets = 0
  private destinations = 0
  private tableRows = 0
  private containers = 0
  private inFence = false

  constructor(private readonly file: string | undefined) {}

  scan(source: string): void {
    for (const text of source.split('\n')) {
      this.line++
      if (/^\s*(```|~~~)/.test(text)) this.inFence = !this.inFence
      if (this.inFence) continue
      if (text.trim() === '') {
        this.startBlock()
        continue
      }
      this.nesting(text)
      this.containerFence(text)
      this.inline(text)
    }
  }

  private startBlock(): void {
    this.blockStart = this.line + 1
    this.delimiters = this.brackets = this.destinations = this.tableRows = 0
  }

  /** Each `>` opens a quote; each two columns of indentation, and each list marker on the line, may open a list. */
  private nesting(text: string): void {
    let quotes = 0
    let markers = 0
    let width = 0
    let at = 0
    for (;;) {
      const character = text[at]
      if (character === '>') quotes++
      else if (character === ' ') width++
      else if (character === '\t') width += 4
      else {
        const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(at, at + 11))
        if (!marker) break
        markers++
        at += marker[0].length
        continue
      }
      at++
    }
    if (quotes + markers + Math.floor(width / 2) > limits.nesting * 2 || quotes + markers > limits.nesting) {
      this.fail(`nesting is deeper than the ${limits.nesting} levels md-l10n handles`, this.line)
    }
  }

  /** `::: name` opens a container (markdown-it's and a directive's), a lone `:::` closes one. */
  private containerFence(text: string): void {
    const fence = /^[ \t>]*:{3,}[ \t]*(\S?)/.exec(text)
    if (!fence) return
    this.containers = Math.max(0, this.containers + (fence[1] ? 1 : -1))
    if (this.containers > limits.nesting)
      this.fail(`\`:::\` containers are nested deeper than the ${limits.nesting} levels md-l10n handles`, this.line)
  }

  private inline(text: string): void {
    if (text.includes('|') && ++this.tableRows > limits.tableRows) {
      this.fail(`a table of more than ${limits.tableRows} rows, more than md-l10n handles; split it`, this.blockStart)
    }
    for (let at = 0; at < text.length; at++) {
      const character = text[at]
      if (character === '\\') at++
      else if (character === '*' || character === '_' || character === '~') this.delimiters++
      else if (character === '[' && ++this.brackets > limits.openBrackets) {
        this.fail(
          `more than ${limits.openBrackets} \`[\` open at once in one block, more than md-l10n handles`,
          this.blockStart
        )
      } else if (character === ']') {
        this.brackets = Math.max(0, this.brackets - 1)
        if (text[at + 1] === '(') this.destinations++
      } else if (character === ')') this.destinations = Math.max(0, this.destinations - 1)
    }
    if (this.delimiters > limits.delimitersPerBlock) {
      this.fail(
        `more than ${limits.delimitersPerBlock} emphasis delimiters (\`*\`, \`_\`, \`~\`) in one block, more than md-l10n handles`,
        this.blockStart
      )
    }
    if (this.destinations > limits.openDestinations) {
      this.fail(
        `more than ${limits.openDestinations} link destinations \`](\` left open in one block, more than md-l10n handles`,
        this.blockStart
      )
    }
  }

  private fail(message: string, line: number): never {
    throw new InputError(message, this.file, line)
  }
}
