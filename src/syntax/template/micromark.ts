/**
 * syntax/template/micromark: the tokenizer of a site generator's template tags in prose: Vue and
 * Liquid `{{ … }}`, Liquid `{% … %}`, Hugo shortcodes `{{< … >}}` / `{{% … %}}`, mdBook
 * `{{#include …}}`. Written here because no micromark extension for them exists; a tag may span
 * lines (a shortcode with its parameters on several lines), never a blank one.
 */
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import {spendParseStep} from '../budget.js'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    templateSyntax: 'templateSyntax'
    templateSyntaxData: 'templateSyntaxData'
  }
}

export interface TemplateSyntaxOptions {
  /** Opening and closing delimiters, two or more characters each, the opener starting with `{`: `[['{{', '}}'], ['{%', '%}']]`. */
  delimiters: ReadonlyArray<readonly [string, string]>
  /**
   * Whether the generator reads its tags before markdown (Hugo, Jekyll's Liquid, mdBook): then a
   * tag is one atom wherever its line breaks fall, and a link destination may be a tag. Default
   * `false` (Vue's `{{ }}` in VitePress are read in the HTML markdown-it makes).
   */
  beforeMarkdown?: boolean
  /**
   * With `beforeMarkdown`: paired tags whose body is code (Hugo's `code`, `code-toggle`, `output`,
   * `highlight`): the pair and its body are one atom, kept byte for byte, never segmented.
   */
  codeBodies?: readonly string[]
}

/** The delimiters md-l10n can read: an opener of two or more characters starting with `{`. */
export function usableDelimiters(options: TemplateSyntaxOptions): Array<readonly [string, string]> {
  return options.delimiters.filter(([open, close]) => open.startsWith('{') && open.length >= 2 && close.length > 0)
}

export function templateSyntax(options: TemplateSyntaxOptions): Extension {
  const delimiters = usableDelimiters(options)
  const construct: Construct = {name: 'templateSyntax', tokenize: tokenizeTemplate}
  /**
   * Per text tokenizer (one per paragraph), where a scan for each closer failed: an opener inside
   * that span fails too, so it is refused at once. Without this, `{{ ` repeated over a paragraph
   * is scanned to its end from every opener, in time growing with the square of its length.
   */
  const unclosed = new WeakMap<TokenizeContext, Map<string, {from: number; to: number}>>()
  return {text: {[codes.leftCurlyBrace]: construct}}

  function tokenizeTemplate(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this
    const from = self.now().offset
    let candidates = delimiters
    let opened = ''
    let close = ''
    let tail = ''
    let blank = true
    let inData = false

    return start

    function start(code: Code): State | undefined {
      effects.enter('templateSyntax')
      effects.enter('templateSyntaxData')
      inData = true
      return opener(code)
    }

    function opener(code: Code): State | undefined {
      spendParseStep()
      const next = opened + (code === codes.eof || code < 0 ? '' : String.fromCharCode(code))
      const matching = code === codes.eof || code < 0 ? [] : candidates.filter(([open]) => open.startsWith(next))
      if (matching.length === 0) {
        // The longest opener read so far wins (`{{<` over `{{`).
        const found = candidates.find(([open]) => open === opened)
        if (!found) return nok(code)
        close = found[1]
        const known = unclosed.get(self)?.get(close)
        if (known && known.from <= from && from < known.to) return nok(code)
        return inside(code)
      }
      candidates = matching
      opened = next
      effects.consume(code)
      return opener
    }

    function inside(code: Code): State | undefined {
      spendParseStep()
      if (code === codes.eof) return fail(code, Number.POSITIVE_INFINITY)
      if (markdownLineEnding(code)) return lineEnding(code)
      if (!markdownSpace(code)) blank = false
      if (!inData) effects.enter('templateSyntaxData')
      inData = true
      tail = (tail + (code < 0 ? ' ' : String.fromCharCode(code))).slice(-close.length)
      effects.consume(code)
      if (tail !== close) return inside
      effects.exit('templateSyntaxData')
      effects.exit('templateSyntax')
      return ok
    }

    /**
     * A line ending is a token of its own, as in code text: micromark's subtokenizer finds where
     * a paragraph's lines break by these tokens, and a tag token spanning a break unseen made it
     * loop forever (issue 29: `a {{<gh\n1>}}` in Hugo's docs).
     */
    function lineEnding(code: Code): State | undefined {
      if (blank) return fail(code, self.now().offset)
      blank = true
      if (inData) effects.exit('templateSyntaxData')
      inData = false
      effects.enter(types.lineEnding)
      effects.consume(code)
      effects.exit(types.lineEnding)
      tail = (tail + '\n').slice(-close.length)
      return inside
    }

    function fail(code: Code, to: number): State | undefined {
      const spans = unclosed.get(self) ?? unclosed.set(self, new Map()).get(self)!
      const known = spans.get(close)
      if (!known || from < known.from) spans.set(close, {from, to})
      return nok(code)
    }
  }
}
