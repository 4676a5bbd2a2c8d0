/**
 * syntax/template/mdast: template tags as mdast `templateSyntax` literals (the tag as written in
 * `value`), from and to markdown.
 */
import type {Literal} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {L10nUnsafe, TextEncoding} from '../../assemble/escape.js'

/** A template tag in prose: `{{ $frontmatter.title }}`, `{% include note.html %}`, `{{< ref "x" >}}`. */
export interface TemplateSyntax extends Literal {
  type: 'templateSyntax'
}

declare module 'mdast' {
  interface PhrasingContentMap {
    templateSyntax: TemplateSyntax
  }
  interface RootContentMap {
    templateSyntax: TemplateSyntax
  }
}

export function templateFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      templateSyntax(this: CompileContext, token: Token) {
        this.enter({type: 'templateSyntax', value: this.sliceSerialize(token)}, token)
      }
    },
    exit: {
      templateSyntax(this: CompileContext, token: Token) {
        this.exit(token)
      }
    }
  }
}

/**
 * Tags are written as they are; text must not open one. The engine reads the raw file before
 * markdown (Liquid, Hugo, mdBook) or the HTML after it (Vue), so a backslash does not keep a `{`
 * text there: the `{` that starts an opener is written as `encoding` says (a character reference,
 * or inside `<span v-pre>` for Vue), in every construct.
 */
export function templateToMarkdown(
  options: {delimiters?: ReadonlyArray<readonly [string, string]>; encoding?: TextEncoding} = {}
): ToMarkdownExtension {
  const openers = [...new Set((options.delimiters ?? []).map(([open]) => open))]
  const unsafe: L10nUnsafe[] = openers.map((open) => ({
    character: open[0]!,
    after: escapeRegExp(open.slice(1)),
    l10nEncode: options.encoding ?? 'reference'
  }))
  return {handlers: {templateSyntax: (node: TemplateSyntax) => node.value} as ToMarkdownExtension['handlers'], unsafe}
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')
}
