/**
 * syntax/kept/mdast: kept constructs as mdast literals, `keptLine` (flow) and `keptInline`
 * (phrasing), the construct as written in `value`; written back as they are.
 */
import type {Literal} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension, Unsafe} from 'mdast-util-to-markdown'

/** A line kept as it is: `<<< @/snippets/a.ts{2}`, `[[toc]]`. */
export interface KeptLineNode extends Literal {
  type: 'keptLine'
}

/** An inline construct kept as an atom: `{.class #id}`, `:tada:`. */
export interface KeptInlineNode extends Literal {
  type: 'keptInline'
}

declare module 'mdast' {
  interface RootContentMap {
    keptLine: KeptLineNode
    keptInline: KeptInlineNode
  }
  interface BlockContentMap {
    keptLine: KeptLineNode
  }
  interface PhrasingContentMap {
    keptInline: KeptInlineNode
  }
}

export function keptFromMarkdown(): FromMarkdownExtension {
  const enter = (type: 'keptLine' | 'keptInline') =>
    function (this: CompileContext, token: Token) {
      this.enter({type, value: this.sliceSerialize(token)}, token)
    }
  const exit = function (this: CompileContext, token: Token) {
    this.exit(token)
  }
  return {
    enter: {keptLine: enter('keptLine'), keptInline: enter('keptInline')},
    exit: {keptLine: exit, keptInline: exit}
  }
}

/** Written as they are; `unsafe` says which text would start one (declared by the dialect). */
export function keptToMarkdown(unsafe: Unsafe[] = []): ToMarkdownExtension {
  const literal = (node: KeptLineNode | KeptInlineNode) => node.value
  return {handlers: {keptLine: literal, keptInline: literal} as ToMarkdownExtension['handlers'], unsafe}
}
