/**
 * interchange/codes: what each numbered tag of a segment stands for, from its inline tokens: the
 * original markup (shown by CAT tools as original data) and a short description for translators
 * who see only the tags (`<1/>` = inline code `config.json`).
 */
import type {InlineToken, Segment} from '../types.js'
import type {TagNode} from '../segment/tags.js'

/** One numbered tag of a segment. */
export interface InlineCode {
  id: number
  kind: 'element' | 'atom'
  /** Markup of an atom, or the opening and closing markup of a container, as a translation writes it. */
  markup: {atom: string} | {open: string; close: string}
  /** What the tag is, for people: `bold`, `link to https://…`, ``inline code `x` ``. */
  description: string
  /** XLIFF 2.0 `type` and `subType` of the inline code. */
  type: 'fmt' | 'link' | 'image' | 'other'
  subType?: string
}

/** The inline codes of a segment by tag id (none for alt, title and front-matter segments). */
export function inlineCodes(segment: Pick<Segment, 'tokens'>, source: string): Map<number, InlineCode> {
  const codes = new Map<number, InlineCode>()
  const visit = (tokens: readonly InlineToken[]) => {
    for (const token of tokens) {
      if (token.type === 'atom') {
        const atom = token.replacement ?? source.slice(token.start, token.end)
        codes.set(token.id, {id: token.id, kind: 'atom', markup: {atom}, ...describeAtom(atom)})
      } else if (token.type === 'element') {
        const open = source.slice(token.open.start, token.open.end)
        const close = token.closeWhenTranslated ?? source.slice(token.close.start, token.close.end)
        codes.set(token.id, {id: token.id, kind: 'element', markup: {open, close}, ...describeContainer(open, close)})
        visit(token.children)
      }
    }
  }
  visit(segment.tokens)
  return codes
}

type Described = Pick<InlineCode, 'description' | 'type' | 'subType'>

function describeAtom(atom: string): Described {
  if (/^`/.test(atom)) return {description: `inline code ${atom}`, type: 'other'}
  if (/^!\[/.test(atom)) return {description: `image ${atom}`, type: 'image'}
  if (/^<[a-z][a-z0-9+.-]*:[^>\s]*>$/i.test(atom) || /^\[.*\]\(<?https?:/.test(atom))
    return {description: `link ${atom}`, type: 'link'}
  if (/^\$/.test(atom)) return {description: `math ${atom}`, type: 'other'}
  if (/^\[\^/.test(atom)) return {description: `footnote reference ${atom}`, type: 'other'}
  if (/^(\\|\s{2,})\r?\n/.test(atom)) return {description: 'line break', type: 'fmt', subType: 'xlf:lb'}
  if (/^</.test(atom)) return {description: `HTML ${atom}`, type: 'other'}
  return {description: `markup ${atom}`, type: 'other'}
}

function describeContainer(open: string, close: string): Described {
  if (open === '**' || open === '__') return {description: 'bold', type: 'fmt', subType: 'xlf:b'}
  if (open === '*' || open === '_') return {description: 'italic', type: 'fmt', subType: 'xlf:i'}
  if (/^~+$/.test(open)) return {description: 'strikethrough', type: 'fmt'}
  if (open === '[') {
    const url = /^\]\(\s*<?([^\s>)]*)/.exec(close)?.[1]
    return {description: url ? `link to ${url}` : `link ${close.slice(1)}`, type: 'link'}
  }
  if (/^</.test(open)) return {description: `HTML ${open}…${close}`, type: 'other'}
  return {description: `markup ${open}…${close}`, type: 'other'}
}

/** `<1>` or `<2/>`: how a tag is written in the catalog. */
export function tagLabel(code: Pick<InlineCode, 'id' | 'kind'>): string {
  return code.kind === 'atom' ? `<${code.id}/>` : `<${code.id}>`
}

/** Tagged text back from a tree of text and tags (the inverse of `parseTags`). */
export function writeTags(nodes: readonly TagNode[]): string {
  return nodes
    .map((node) =>
      node.type === 'text'
        ? node.value
        : node.type === 'atom'
          ? `<${node.id}/>`
          : `<${node.id}>${writeTags(node.children)}</${node.id}>`
    )
    .join('')
}

/** `machine translation (apertium, apertium-apy)`: what drafted a unit, for its reviewer. */
export function machineLabel(machine: {provider?: string; model?: string}): string {
  const by = [machine.provider, machine.model].filter(Boolean).join(', ')
  return `machine translation${by ? ` (${by})` : ''}`
}
