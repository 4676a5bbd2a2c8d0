/**
 * interchange/align: pair the segments of a translated document with its source's by structure,
 * for sites that already have translations (`import --from <folder>`).
 *
 * A sequence alignment (Needleman–Wunsch, maximising a score) over the two documents' segments:
 * only segments of the same kind pair; they score more where their anchors agree: the same
 * inline code, link targets and images, and the same untranslated material after them (code
 * blocks, commands; `{{placeholders}}` may be translated, so their content is not compared).
 * Added, removed or reordered paragraphs are skipped as gaps instead of shifting every pair.
 *
 * Each pair's translation is rewritten in the source's tag numbers by matching its inline codes
 * with the source's (same markup). A pair is certain when every code matched and no anchor
 * disagrees; otherwise it is uncertain, to be written as stale for review.
 */
import type {SegmentedDocument, Segment} from '../types.js'
import {parseTags, type TagNode} from '../segment/tags.js'
import {inlineCodes, writeTags, type InlineCode} from './codes.js'

export interface AlignedSegment {
  key: string
  /** The translation in the source's tag numbers. */
  translation: string
  certain: boolean
  /** Why it is uncertain. */
  reason?: string
  /** 1-based line in the translated document. */
  line: number
}

export interface Alignment {
  aligned: AlignedSegment[]
  /** Source segments nothing in the translation matched. */
  unmatchedSource: Array<{key: string; line: number}>
  /** Translated segments left over (added by the translation, or unmatched). */
  unmatchedTranslation: Array<{line: number; text: string}>
}

/** Untranslated material after a segment, up to the next one, with placeholder contents removed. */
function trailing(document: SegmentedDocument, index: number): string {
  const segment = document.segments[index]!
  const next = document.segments[index + 1]?.start ?? document.source.length
  const between = segment.end <= next ? document.source.slice(segment.end, next) : ''
  const code = between.match(/`[^`\n]+`|```[\s\S]*?```|https?:\/\/[^\s)>]+/g) ?? []
  return code.join(' ').replace(/\{\{[^}]*\}\}/g, '{{}}').replace(/\s+/g, ' ').trim()
}

function codeKey(code: InlineCode): string {
  return 'atom' in code.markup ? `a\u0000${code.markup.atom}` : `e\u0000${code.markup.open}\u0000${code.markup.close}`
}

interface Side {
  segment: Segment
  codes: Map<number, InlineCode>
  trailing: string
}

function sides(document: SegmentedDocument): Side[] {
  return document.segments.map((segment, index) => ({segment, codes: inlineCodes(segment, document.source), trailing: trailing(document, index)}))
}

function score(source: Side, translation: Side): number {
  if (source.segment.kind !== translation.segment.kind) return -Infinity
  if (source.segment.kind === 'frontMatter' && source.segment.field !== translation.segment.field) return -Infinity
  let total = 1
  const theirs = new Set([...translation.codes.values()].map(codeKey))
  for (const code of source.codes.values()) total += theirs.has(codeKey(code)) ? 2 : -0.5
  if (source.trailing !== '' || translation.trailing !== '') total += source.trailing === translation.trailing ? 3 : -1
  return total
}

/** Rewrite a translation's tags with the source's numbers, by matching inline codes. */
function renumber(source: Side, translation: Side): {text: string; certain: boolean; reason?: string} {
  const free = new Map<string, number[]>()
  for (const code of source.codes.values()) free.set(codeKey(code), [...(free.get(codeKey(code)) ?? []), code.id])
  const mapping = new Map<number, number>()
  for (const code of translation.codes.values()) {
    const ids = free.get(codeKey(code))
    if (ids && ids.length > 0) mapping.set(code.id, ids.shift()!)
  }
  // Codes whose markup differs (a link to a translated page): paired in order, kind by kind.
  const leftSource = [...source.codes.values()].filter(({id}) => ![...mapping.values()].includes(id))
  const leftTranslation = [...translation.codes.values()].filter(({id}) => !mapping.has(id))
  let certain = leftSource.length === 0 && leftTranslation.length === 0
  let reason = certain ? undefined : 'its inline markup differs from the source’s'
  for (const code of leftTranslation) {
    const match = leftSource.findIndex((candidate) => candidate.kind === code.kind && candidate.type === code.type)
    if (match === -1) continue
    mapping.set(code.id, leftSource[match]!.id)
    leftSource.splice(match, 1)
  }
  const rewrite = (nodes: TagNode[]): TagNode[] =>
    nodes.map((node) => (node.type === 'text' ? node : node.type === 'atom' ? {...node, id: mapping.get(node.id) ?? node.id + 1000} : {...node, id: mapping.get(node.id) ?? node.id + 1000, children: rewrite(node.children)}))
  if (source.segment.kind !== translation.segment.kind) {
    certain = false
    reason = 'its kind differs'
  }
  return {text: writeTags(rewrite(parseTags(translation.segment.text))), certain, reason}
}

export function alignDocuments(source: SegmentedDocument, translation: SegmentedDocument): Alignment {
  const a = sides(source)
  const b = sides(translation)
  // best[i][j]: the best score aligning a[i..] with b[j..].
  const best = Array.from({length: a.length + 1}, () => new Float64Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, score(a[i]!, b[j]!) + best[i + 1]![j + 1]!)
    }
  }
  const result: Alignment = {aligned: [], unmatchedSource: [], unmatchedTranslation: []}
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const pair = score(a[i]!, b[j]!)
    if (pair !== -Infinity && best[i]![j] === pair + best[i + 1]![j + 1]!) {
      const rewritten = renumber(a[i]!, b[j]!)
      const anchorsDisagree = a[i]!.trailing !== b[j]!.trailing && a[i]!.trailing !== '' && b[j]!.trailing !== ''
      result.aligned.push({
        key: a[i]!.segment.key,
        translation: rewritten.text,
        certain: rewritten.certain && !anchorsDisagree,
        reason: rewritten.reason ?? (anchorsDisagree ? 'the code after it differs from the source’s' : undefined),
        line: b[j]!.segment.line
      })
      i++
      j++
    } else if (best[i]![j] === best[i + 1]![j]!) {
      result.unmatchedSource.push({key: a[i]!.segment.key, line: a[i]!.segment.line})
      i++
    } else {
      result.unmatchedTranslation.push({line: b[j]!.segment.line, text: b[j]!.segment.text})
      j++
    }
  }
  for (; i < a.length; i++) result.unmatchedSource.push({key: a[i]!.segment.key, line: a[i]!.segment.line})
  for (; j < b.length; j++) result.unmatchedTranslation.push({line: b[j]!.segment.line, text: b[j]!.segment.text})
  return result
}
