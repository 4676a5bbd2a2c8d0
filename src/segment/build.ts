/**
 * segment/build: turn inline tokens into a `Segment` (text, trimmed range, line, line prefix).
 */
import type {InlineToken, Segment, SegmentKind} from '../types.js'
import {tokensToText} from './inline.js'

/** Offsets of line starts, for offset → line lookups. */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(source: string) {
    for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) {
      this.starts.push(index + 1)
    }
  }

  /** 1-based line of an offset. */
  line(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low + 1
  }

  lineStart(offset: number): number {
    return this.starts[this.line(offset) - 1]!
  }
}

function tokenStart(token: InlineToken): number {
  return token.type === 'element' ? token.open.start : token.start
}

function tokenEnd(token: InlineToken): number {
  return token.type === 'element' ? token.close.end : token.end
}

/**
 * The prefix that continues a line inside this segment's container: `>` markers and
 * indentation are kept, list markers become spaces.
 */
export function continuationPrefix(source: string, lineStart: number, start: number): string {
  return source
    .slice(lineStart, start)
    .replace(/[^>\s]/g, ' ')
    .replace(/[\r\n]/g, '')
}

/** Number tokens' tags from 1 in document order (a line of a paragraph, a run of HTML text). */
export function renumberTokens(tokens: readonly InlineToken[]): InlineToken[] {
  const counter = {next: 1}
  const walk = (list: readonly InlineToken[]): InlineToken[] =>
    list.map((token) =>
      token.type === 'text'
        ? token
        : token.type === 'atom'
          ? {...token, id: counter.next++}
          : {...token, id: counter.next++, children: walk(token.children)}
    )
  return walk(tokens)
}

/** Make a segment from tokens; `undefined` when they hold nothing. */
export function segmentFromTokens(
  kind: SegmentKind,
  tokens: InlineToken[],
  source: string,
  lines: LineIndex
): Segment | undefined {
  if (tokens.length === 0) return undefined
  let start = tokenStart(tokens[0]!)
  let end = tokenEnd(tokens.at(-1)!)
  while (start < end && /[ \t]/.test(source[start]!)) start++
  while (end > start && /[ \t\r\n]/.test(source[end - 1]!)) end--
  const text = tokensToText(tokens)
  const lineStart = lines.lineStart(start)
  return {
    key: '',
    kind,
    text,
    start,
    end,
    line: lines.line(start),
    tokens,
    linePrefix: continuationPrefix(source, lineStart, start)
  }
}
