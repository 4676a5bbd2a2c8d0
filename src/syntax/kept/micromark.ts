/**
 * syntax/kept/micromark: constructs a generator reads that are never prose, recognized by a
 * pattern: whole lines (VitePress's `<<< @/snippets/file.ts{1,2}` imports, `[[toc]]`) and inline
 * atoms (markdown-it-attrs `{.class #id}`, `:emoji:` shortcodes). Written here because no
 * micromark extension reads them (they are markdown-it plugins). Each try reads at most one line
 * (a line construct) or `maxLength` characters (an inline one): linear in the document.
 */
import {codes} from 'micromark-util-symbol'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    keptLine: 'keptLine'
    keptInline: 'keptInline'
  }
}

/** A whole line kept as it is: it starts with `start` (after up to three spaces) and matches `pattern`. */
export interface KeptLine {
  name: string
  start: string
  pattern: RegExp
}

/** Inline text kept as an atom: from `start` to the first `end` on the line, matching `pattern`. */
export interface KeptInline {
  name: string
  start: string
  end: string
  pattern: RegExp
  /** Longest match read (default 200 characters). */
  maxLength?: number
  /**
   * Only where markdown-it-attrs reads attributes: ending the line (blanks after it allowed), or
   * right after an inline element's closing markup (`**bold**{.red}`).
   */
  endOrAttached?: boolean
}

export interface KeptSyntaxOptions {
  lines?: readonly KeptLine[]
  inline?: readonly KeptInline[]
}

export function keptSyntax(options: KeptSyntaxOptions): Extension {
  const flow: Record<number, Construct[]> = {}
  const text: Record<number, Construct[]> = {}
  for (const line of options.lines ?? []) {
    ;(flow[line.start.charCodeAt(0)] ??= []).push({
      name: `keptLine:${line.name}`,
      tokenize: lineTokenizer(line),
      concrete: true
    })
  }
  for (const inline of options.inline ?? []) {
    ;(text[inline.start.charCodeAt(0)] ??= []).push({
      name: `keptInline:${inline.name}`,
      tokenize: inlineTokenizer(inline)
    })
  }
  return {flow, text}
}

function lineTokenizer(line: KeptLine) {
  return function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let read = ''
    return start

    function start(code: Code): State | undefined {
      if (code !== line.start.charCodeAt(0)) return nok(code)
      effects.enter('keptLine')
      return inside(code)
    }

    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) {
        if (!line.pattern.test(read.trimEnd())) return nok(code)
        effects.exit('keptLine')
        return ok(code)
      }
      read += code < 0 ? ' ' : String.fromCharCode(code)
      effects.consume(code)
      return inside
    }
  }
}

/** The last character of an inline element's closing markup. */
const closingMarkup = new Set(['*', '_', '~', '`', ')', ']', '>'])

/** Blanks, then the end of the line (a partial construct for `check`). */
const lineEnd: Construct = {
  partial: true,
  tokenize(effects, ok, nok) {
    return function blanks(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return ok(code)
      if (!markdownSpace(code)) return nok(code)
      effects.enter('keptInline')
      effects.consume(code)
      effects.exit('keptInline')
      return blanks
    }
  }
}

function inlineTokenizer(inline: KeptInline) {
  const maxLength = inline.maxLength ?? 200
  return function tokenize(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let read = ''
    const attached = this.previous !== null && closingMarkup.has(String.fromCharCode(this.previous))
    return start

    function start(code: Code): State | undefined {
      effects.enter('keptInline')
      read = String.fromCharCode(code as number)
      effects.consume(code)
      return inside
    }

    function inside(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code) || read.length >= maxLength) return nok(code)
      read += code < 0 || markdownSpace(code) ? ' ' : String.fromCharCode(code)
      effects.consume(code)
      if (!read.endsWith(inline.end) || read.length < inline.start.length + inline.end.length) return inside
      if (!inline.pattern.test(read)) return nok(code)
      effects.exit('keptInline')
      if (!inline.endOrAttached || attached) return ok
      return effects.check(lineEnd, ok, nok)
    }
  }
}
