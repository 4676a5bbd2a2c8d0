/**
 * syntax/template: `remarkTemplate`, the remark plugin for template tags in prose (`{{ … }}`,
 * `{% … %}`): it only registers the micromark tokenizer and the mdast extensions.
 */
import type {Data, Processor} from 'unified'
import {templateSyntax, type TemplateSyntaxOptions} from './micromark.js'
import {templateFromMarkdown, templateToMarkdown} from './mdast.js'

export type {TemplateSyntax} from './mdast.js'
export type {TemplateSyntaxOptions} from './micromark.js'

export default function remarkTemplate(this: Processor, options: TemplateSyntaxOptions): void {
  // `toMarkdownExtensions` is typed by remark-stringify, which md-l10n does not load.
  const data = this.data() as Data & {toMarkdownExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(templateSyntax(options))
  ;(data.fromMarkdownExtensions ??= []).push(templateFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(templateToMarkdown())
}

export {remarkTemplate}
