/**
 * translate/markup: a segment's text in the form engines keep, and back.
 *
 * A segment's numbered tags (`<1>…</1>`, `<2/>`) are not XML (a name cannot start with a digit),
 * and engines handle XML best (DeepL's `tag_handling: xml`, APy's HTML format, LLMs), so they are
 * sent as `<g id="1">…</g>` and `<x id="2"/>`, the XLIFF 1.2 inline elements. What must come back
 * unchanged but is plain text in the segment (bare URLs, i18next placeholders, the glossary's
 * do-not-translate terms) is sent as an atom too, `<x id="p1"/>`, and put back after.
 */
import {escapeRegExp} from '../util/regexp.js'

/** A segment's text as sent, and what its extra atoms stand for. */
export interface EngineText {
  text: string
  /** `p1` → the text the atom replaced. */
  protectedText: Map<string, string>
}

const segmentTag = /<(\/?)(\d+)(\/?)>/g
const bareUrl = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'’]/g
const placeholder = /\{\{-?\s*[^}]+?\s*\}\}|\$t\([^)]*\)/g

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The pattern of the texts kept as atoms: URLs, placeholders and `terms` (whole words, as written). */
function protectedPattern(terms: readonly string[]): RegExp {
  const words = [...terms]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((term) => `(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`)
  return new RegExp([bareUrl.source, placeholder.source, ...words].join('|'), 'gu')
}

/** A segment's text → the engine's form, protecting URLs, placeholders and `terms`. */
export function toEngine(text: string, terms: readonly string[] = []): EngineText {
  const protectedText = new Map<string, string>()
  const pattern = protectedPattern(terms)
  const plain = (part: string) => {
    let kept = ''
    let from = 0
    for (const match of part.matchAll(pattern)) {
      const id = `p${protectedText.size + 1}`
      protectedText.set(id, match[0])
      kept += `${escapeXml(part.slice(from, match.index))}<x id="${id}"/>`
      from = match.index + match[0].length
    }
    return kept + escapeXml(part.slice(from))
  }
  let out = ''
  let last = 0
  for (const match of text.matchAll(segmentTag)) {
    out += plain(text.slice(last, match.index))
    const [, closing, id, selfClosing] = match
    out += closing ? '</g>' : selfClosing ? `<x id="${id}"/>` : `<g id="${id}">`
    last = match.index + match[0].length
  }
  out += plain(text.slice(last))
  return {text: out, protectedText}
}

const engineTag = /<\s*(\/?)\s*([gx])\b((?:\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)\s*>/gi
const entity = /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi
const named: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"}

const unescapeXml = (text: string) =>
  text.replace(entity, (_, decimal?: string, hex?: string, name?: string) =>
    decimal
      ? String.fromCodePoint(Number(decimal))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : named[name!.toLowerCase()]!
  )

/**
 * An engine's answer → a segment's text. A closing `</g>` closes the last open `<g>`; an atom the
 * engine wrote as `<x id="2"></x>` is one atom. Returns the problem instead when the answer's tags
 * cannot be read back (what the checks cannot see once converted).
 */
export function fromEngine(answer: string, sent: EngineText, source: string): {text: string} | {problem: string} {
  const open: string[] = []
  let out = ''
  let last = 0
  let skipClose = false
  for (const match of answer.matchAll(engineTag)) {
    const [, closing, name, attributes = '', selfClosing] = match
    out += unescapeXml(answer.slice(last, match.index))
    last = match.index + match[0].length
    const id = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes)
    const value = id?.[1] ?? id?.[2]
    if (name!.toLowerCase() === 'x') {
      if (closing) {
        if (!skipClose) return {problem: 'a closing `</x>` without its atom'}
        skipClose = false
        continue
      }
      if (value === undefined) return {problem: 'an atom `<x/>` without its id'}
      const kept = sent.protectedText.get(value)
      if (kept === undefined && !/^\d+$/.test(value))
        return {problem: `an atom \`<x id="${value}"/>\` the source does not have`}
      out += kept ?? `<${value}/>`
      skipClose = !selfClosing
      continue
    }
    if (closing) {
      const id = open.pop()
      if (id === undefined) return {problem: 'a closing `</g>` without its opening tag'}
      out += `</${id}>`
      continue
    }
    if (value === undefined || !/^\d+$/.test(value)) return {problem: `a tag \`${match[0]}\` without a numeric id`}
    if (selfClosing) out += `<${value}></${value}>`
    else {
      open.push(value)
      out += `<${value}>`
    }
  }
  out += unescapeXml(answer.slice(last))
  if (open.length > 0) return {problem: `tag \`<g id="${open.at(-1)}">\` is never closed`}
  return {text: tidy(out, source)}
}

/** Trim, and join runs of spaces the source does not have (APy's between sentences). */
function tidy(text: string, source: string): string {
  const trimmed = text.trim()
  return /[ \t]{2}/.test(source) ? trimmed : trimmed.replace(/([^\s])[ \t]{2,}(?=[^\s])/g, '$1 ')
}
