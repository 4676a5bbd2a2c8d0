/**
 * syntax/kept: `remarkKept`, the remark plugin for constructs kept as they are (lines and inline
 * atoms a generator's markdown-it plugins read); it only registers the three layers.
 */
import type {Data, Processor} from 'unified'
import type {L10nUnsafe} from '../../assemble/escape.js'
import {keptSyntax, type KeptSyntaxOptions} from './micromark.js'
import {keptFromMarkdown, keptToMarkdown} from './mdast.js'

export type {KeptLine, KeptInline, KeptSyntaxOptions} from './micromark.js'
export type {KeptLineNode, KeptInlineNode} from './mdast.js'

export interface RemarkKeptOptions extends KeptSyntaxOptions {
  /** Text that would start one of these constructs, for the escaper (to-markdown `unsafe` patterns). */
  unsafe?: L10nUnsafe[]
}

export default function remarkKept(this: Processor, options: RemarkKeptOptions): void {
  // `toMarkdownExtensions` is typed by remark-stringify, which md-l10n does not load.
  const data = this.data() as Data & {toMarkdownExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(keptSyntax(options))
  ;(data.fromMarkdownExtensions ??= []).push(keptFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(keptToMarkdown(options.unsafe))
}

export {remarkKept}
