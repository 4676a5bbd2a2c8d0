/**
 * assemble/text-syntax: which escaper a document's translations get. The escaper of the processor
 * that parsed the document when it was segmented here (a caller's processor, `remarkL10n`'s);
 * else, for a document that came from a cache or another thread, the escaper of its dialect's
 * parser (`document.syntax`).
 */
import type {Options as ToMarkdownExtension} from 'mdast-util-to-markdown'
import type {SegmentedDocument} from '../types.js'
import {dialectParser} from '../dialects/index.js'
import {TextEscaper} from './escape.js'

const byProcessor = new WeakMap<object, TextEscaper>()
const byDocument = new WeakMap<SegmentedDocument, TextEscaper>()

/** A processor, or anything that can parse (its `data` read when it has one). */
type Parser = object & {data?: unknown}

/** The escaper of a processor's to-markdown extensions (built once per processor). */
export function processorEscaper(parser: Parser): TextEscaper {
  let escaper = byProcessor.get(parser)
  if (!escaper) {
    const data =
      typeof parser.data === 'function' ? (parser.data as (key: string) => unknown)('toMarkdownExtensions') : undefined
    escaper = new TextEscaper(Array.isArray(data) ? (data.flat(Infinity) as ToMarkdownExtension[]) : [])
    byProcessor.set(parser, escaper)
  }
  return escaper
}

/** Translations of `document` are escaped for `parser`, the processor that parsed it. */
export function bindEscaper(document: SegmentedDocument, parser: Parser): void {
  byDocument.set(document, processorEscaper(parser))
}

/** The escaper for a document's translations. */
export function documentEscaper(document: SegmentedDocument): TextEscaper {
  const bound = byDocument.get(document)
  if (bound) return bound
  const syntax = document.syntax ?? {dialect: 'gfm', mdx: false}
  return processorEscaper(dialectParser(syntax.dialect, {mdx: syntax.mdx, math: syntax.math}) as Parser)
}
