/**
 * syntax/template/mdast: template tags as mdast `templateSyntax` literals (the tag as written in
 * `value`), from and to markdown.
 */
import type {Literal} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'

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

export function templateToMarkdown(): ToMarkdownExtension {
  return {handlers: {templateSyntax: (node: TemplateSyntax) => node.value} as ToMarkdownExtension['handlers']}
}
