/**
 * segment/lines: split a paragraph of UI-like or bullet-like soft-broken lines (a scraped page's
 * footer: `  • Share`, `Comments`, `0/400`) into one segment per line.
 */
import type {InlineToken} from '../types.js'

/** Bullet glyphs that are text to markdown but list markers to a reader. */
const bulletPattern = /^([•·▪◦‣●○■□►▸])[ \t\u00a0]+/u

/** One line of a paragraph with its tokens. */
export interface ParagraphLine {
  tokens: InlineToken[]
  /** The bullet glyph the line started with, removed from its tokens. */
  bullet?: string
}

/**
 * Split top-level tokens at soft line breaks. `undefined` when an inline construct spans two
 * lines (the paragraph must stay whole) or the paragraph has a single line.
 */
export function splitLines(tokens: readonly InlineToken[], source: string): ParagraphLine[] | undefined {
  const lines: InlineToken[][] = [[]]
  for (const token of tokens) {
    if (token.type !== 'text') {
      const start = token.type === 'element' ? token.open.start : token.start
      const end = token.type === 'element' ? token.close.end : token.end
      if (source.slice(start, end).includes('\n')) return undefined
      lines.at(-1)!.push(token)
      continue
    }
    const raw = source.slice(token.start, token.end)
    const pieces = token.value.split(/\r?\n/)
    const breaks = [...raw.matchAll(/\r?\n/g)]
    if (pieces.length !== breaks.length + 1) return undefined
    let pieceStart = token.start
    for (const [index, piece] of pieces.entries()) {
      const lineBreak = breaks[index]
      let pieceEnd = lineBreak ? token.start + lineBreak.index : token.end
      let value = piece
      if (lineBreak) {
        const trailing = /[ \t]*$/.exec(source.slice(pieceStart, pieceEnd))![0].length
        pieceEnd -= trailing
        value = value.replace(/[ \t]+$/, '')
      }
      if (value.length > 0) lines.at(-1)!.push({type: 'text', value, start: pieceStart, end: pieceEnd})
      if (lineBreak) {
        lines.push([])
        pieceStart = token.start + lineBreak.index + lineBreak[0].length
        // Skip the container prefix (`> `, indentation) that mdast removed from the value.
        while (pieceStart < token.end && /[ \t>]/.test(source[pieceStart]!)) pieceStart++
      }
    }
  }
  if (lines.length < 2) return undefined
  return lines.map((lineTokens) => stripBullet(lineTokens, source))
}

function stripBullet(tokens: InlineToken[], source: string): ParagraphLine {
  const first = tokens[0]
  if (first?.type !== 'text') return {tokens}
  const match = bulletPattern.exec(first.value)
  if (!match || !source.startsWith(match[0], first.start)) return {tokens}
  const rest = first.value.slice(match[0].length)
  const remaining = tokens.slice(1)
  if (rest.length > 0)
    remaining.unshift({type: 'text', value: rest, start: first.start + match[0].length, end: first.end})
  return {tokens: remaining, bullet: match[1]}
}

/**
 * Whether lines read as separate UI strings rather than wrapped prose: at least three lines, and
 * more than half of them are bullets or short labels (at most six words, not ending mid-sentence
 * with `,` `;` `-`, and not continued by a line that starts in lower case). Wrapped prose has long
 * lines, and its short lines run on into the next.
 */
export function looksLikeUiLines(lines: ReadonlyArray<{text: string; bullet?: string}>): boolean {
  if (lines.length < 3) return false
  const uiLike = lines.filter(({text, bullet}, index) => {
    if (bullet) return true
    const words = text.split(/\s+/).filter(Boolean).length
    const next = lines[index + 1]
    const runsOn = next !== undefined && !next.bullet && /^\p{Ll}/u.test(next.text) && !/[.!?:]$/.test(text)
    return words <= 6 && text.length <= 48 && !/[,;\-–]$/.test(text) && !runsOn
  }).length
  return uiLike * 2 > lines.length
}
