/**
 * assemble: segments + translations → localized markdown.
 *
 * Everything outside the segments is copied byte for byte; each segment is replaced by its
 * rendered translation (or its source when there is none or its tags do not match).
 */
import type {Segment, SegmentedDocument} from '../types.js'
import {dialects} from '../dialects/index.js'
import {SegmentRenderer, type TranslationLookup, type UrlLookup} from './render.js'
import {frontMatterEdits, type Edit, type FrontMatterFields} from './front-matter.js'

export interface AssembleOptions {
  /** Front-matter fields to set (`lang`, `dir`, …); none for the source language. */
  frontMatter?: FrontMatterFields
  /**
   * `pin`: a translated heading without an explicit id gets `{#id}` with its source heading's
   * slug, so links written against the source keep working. `keep` (default): nothing added.
   */
  headingIds?: 'keep' | 'pin'
  /** The language's own URLs for a segment's links (meta `urls`), written instead of the source's. */
  urls?: UrlLookup
}

export interface AssembleResult {
  markdown: string
  /** Segments whose translation was not used because its tags did not match the source's. */
  fallbacks: Array<{segment: Segment; reason: string}>
}

/** Reassemble a document with translations looked up per segment. */
export function assembleDocument(
  document: SegmentedDocument,
  lookup: TranslationLookup,
  options: AssembleOptions = {}
): AssembleResult {
  const renderer = new SegmentRenderer(document, lookup, options.urls)
  const headingId = dialects[document.syntax?.dialect ?? 'gfm'].headingId ?? ((id: string) => `{#${id}}`)
  const edits: Edit[] = options.frontMatter ? frontMatterEdits(document, options.frontMatter) : []
  let coveredUntil = -1
  for (const segment of document.segments) {
    // Segments nested in another's markup (an alt inside a paragraph) are rendered by their parent.
    if (segment.start < coveredUntil) continue
    let text = renderer.renderSegment(segment)
    if (
      options.headingIds === 'pin' &&
      segment.anchor &&
      !segment.anchor.explicit &&
      text !== document.source.slice(segment.start, segment.end)
    )
      text += ` ${headingId(segment.anchor.id)}`
    edits.push({start: segment.start, end: segment.end, text})
    coveredUntil = segment.end
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  let markdown = ''
  let cursor = 0
  for (const edit of edits) {
    markdown += document.source.slice(cursor, edit.start) + edit.text
    cursor = Math.max(cursor, edit.end)
  }
  markdown += document.source.slice(cursor)
  return {markdown, fallbacks: renderer.fallbacks}
}

export {SegmentRenderer, TagMismatchError, type TranslationLookup} from './render.js'
export {TextEscaper, normalizeLineBreaks, type TextPlace, type L10nUnsafe, type TextEncoding} from './escape.js'
export {processorEscaper, documentEscaper} from './text-syntax.js'
export {frontMatterEdits, type Edit, type FrontMatterFields} from './front-matter.js'
