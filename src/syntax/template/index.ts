/**
 * syntax/template: `remarkTemplate`, the remark plugin for template tags in prose (`{{ … }}`,
 * `{% … %}`): it registers the micromark tokenizer and the mdast extensions; for a generator that
 * reads its tags before markdown (`beforeMarkdown`), it also makes the parser read them so.
 */
import type {Root} from 'mdast'
import type {Data, Processor} from 'unified'
import {templateSyntax, usableDelimiters, type TemplateSyntaxOptions} from './micromark.js'
import {templateFromMarkdown, templateToMarkdown} from './mdast.js'
import {findTags, maskTags, unmaskTree} from './before-markdown.js'
import type {TextEncoding} from '../../assemble/escape.js'

export type {TemplateSyntax} from './mdast.js'
export type {TemplateSyntaxOptions} from './micromark.js'
export {findTags, maskTags, unmaskTree, type TagSpan} from './before-markdown.js'

type Parse = (document: string, file: unknown) => Root

export interface RemarkTemplateOptions extends TemplateSyntaxOptions {
  /** How translated text writes a `{` that would open a tag (default `reference`; `v-pre` for Vue). */
  textEncoding?: TextEncoding
}

export default function remarkTemplate(this: Processor, options: RemarkTemplateOptions): void {
  // `toMarkdownExtensions` is typed by remark-stringify, which md-l10n does not load.
  const data = this.data() as Data & {toMarkdownExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(templateSyntax(options))
  ;(data.fromMarkdownExtensions ??= []).push(templateFromMarkdown())
  ;(data.toMarkdownExtensions ??= []).push(
    templateToMarkdown({delimiters: options.delimiters, encoding: options.textEncoding})
  )
  const self = this as unknown as {parser?: Parse}
  const parse = self.parser
  // The parser is remark-parse's, set by a plugin used before this one; without it, tags are read in prose only.
  if (options.beforeMarkdown && parse)
    self.parser = readingTagsFirst(parse, usableDelimiters(options), options.codeBodies ?? [])
}

/** A parser that reads the tags before markdown (see `before-markdown.ts`). */
function readingTagsFirst(
  parse: Parse,
  delimiters: ReadonlyArray<readonly [string, string]>,
  codeBodies: readonly string[]
): Parse {
  return (document, file) => {
    const mask = maskTags(document, findTags(document, delimiters, codeBodies))
    if (!mask) return parse(document, file)
    const tree = parse(mask.masked, file)
    unmaskTree(tree, document, mask.unmask, mask.lineBreaks)
    return tree
  }
}

export {remarkTemplate}
