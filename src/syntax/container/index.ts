/**
 * syntax/container: `remarkContainer`, the remark plugin for markdown-it containers (`::: tip
 * Title` … `:::`): it only registers the three layers, the micromark tokenizer (`micromark.ts`),
 * the mdast from-markdown and to-markdown extensions (`mdast.ts`), as remark-frontmatter does.
 */
import type {Data, Processor} from 'unified'
import {containerSyntax, type ContainerSyntaxOptions} from './micromark.js'
import {containerFromMarkdown, containerToMarkdown} from './mdast.js'

export type {MarkdownItContainer} from './mdast.js'
export type {ContainerSyntaxOptions} from './micromark.js'

export default function remarkContainer(this: Processor, options: ContainerSyntaxOptions): void {
  // `toMarkdownExtensions` is typed by remark-stringify, which md-l10n does not load.
  const data = this.data() as Data & {toMarkdownExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(containerSyntax(options))
  ;(data.fromMarkdownExtensions ??= []).push(containerFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(containerToMarkdown())
}

export {remarkContainer, containerSyntax, containerFromMarkdown, containerToMarkdown}
