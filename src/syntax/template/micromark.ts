/**
 * syntax/template/micromark: the tokenizer of a site generator's template tags in prose: Vue and
 * Liquid `{{ … }}`, Liquid `{% … %}`, Hugo shortcodes `{{< … >}}` / `{{% … %}}`, mdBook
 * `{{#include …}}`. Written here because no micromark extension for them exists; a tag may span
 * lines (a shortcode with its parameters on several lines), never a blank one.
 */
import {codes} from 'micromark-util-symbol'
import type {Code, Construct, Effects, Extension, State, TokenizeContext} from 'micromark-util-types'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    templateSyntax: 'templateSyntax'
  }
}

export interface TemplateSyntaxOptions {
  /** Opening and closing delimiters, two or more characters each, the opener starting with `{`: `[['{{', '}}'], ['{%', '%}']]`. */
  delimiters: ReadonlyArray<readonly [string, string]>
}

export function templateSyntax(options: TemplateSyntaxOptions): Extension {
  const delimiters = options.delimiters.filter(([open]) => open.startsWith('{') && open.length >= 2)
  const construct: Construct = {name: 'templateSyntax', tokenize: tokenizeTemplate}
  return {text: {[codes.leftCurlyBrace]: construct}}

  function tokenizeTemplate(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    let candidates = delimiters
    let opened = ''
    let close = ''
    let tail = ''
    let blank = true

    return start

    function start(code: Code): State | undefined {
      effects.enter('templateSyntax')
      return opener(code)
    }

    function opener(code: Code): State | undefined {
      const next = opened + (code === codes.eof ? '' : String.fromCharCode(code))
      const matching = code === codes.eof ? [] : candidates.filter(([open]) => open.startsWith(next))
      if (matching.length === 0) {
        // The longest opener read so far wins (`{{<` over `{{`).
        const found = candidates.find(([open]) => open === opened)
        if (!found) return nok(code)
        close = found[1]
        return inside(code)
      }
      candidates = matching
      opened = next
      effects.consume(code)
      return opener
    }

    function inside(code: Code): State | undefined {
      if (code === codes.eof) return nok(code)
      if (code === codes.carriageReturn || code === codes.lineFeed || code === codes.carriageReturnLineFeed) {
        if (blank) return nok(code)
        blank = true
      } else if (code !== codes.space && code !== codes.horizontalTab) {
        blank = false
      }
      tail = (tail + (code < 0 ? '\n' : String.fromCharCode(code))).slice(-close.length)
      effects.consume(code)
      if (tail === close) {
        effects.exit('templateSyntax')
        return ok
      }
      return inside
    }
  }
}
