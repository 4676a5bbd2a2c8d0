/**
 * syntax/template/before-markdown: template tags read before markdown, as Hugo (shortcodes),
 * Jekyll (Liquid) and mdBook (`{{#include}}`) read them: the generator replaces each tag before
 * its markdown parser sees the page, so a tag is one atom wherever its line breaks, spaces and
 * pipes fall (`{{< figure\n  src="a"\n>}}`, whose last line would otherwise open a block quote),
 * and a link destination may be a tag (`[x]({{< ref "a.md" >}})`, `[x]({{ site.url }}/a)`).
 *
 * md-l10n does the same with a mask: inside each tag, the characters that steer markdown (space,
 * tab, line endings, `|`) become private-use characters the source does not hold, so the parse
 * sees one word where the generator sees a placeholder; every offset stays the same (one
 * character for one), and the tree gets its text, lines and columns back afterwards.
 */
import type {Root} from 'mdast'

/** A tag found in the source: `[start, end)`; `code` for a paired tag whose body is code, the span holding both tags. */
export interface TagSpan {
  start: number
  end: number
  code?: boolean
}

const steering = [' ', '\t', '\r', '\n', '|', '>', '%'] as const

/**
 * Every tag of `source` in order: an opener (the longest that matches), up to the first closer,
 * never across a blank line (a stray `{{` in prose is text). Linear: the next closer and the next
 * blank line are found once per position they pass. Liquid's `{% raw %}…{% endraw %}` holds
 * no tags; mdBook's `\{{#…}}` is an escaped tag, text.
 */
export function findTags(
  source: string,
  delimiters: ReadonlyArray<readonly [string, string]>,
  codeBodies: readonly string[] = []
): TagSpan[] {
  const openers = [...delimiters].sort((a, b) => b[0].length - a[0].length)
  const codeBody = codeBodyFinder(source, codeBodies)
  const nextCloser = new Map<string, number>()
  let nextBlank = -2
  const tags: TagSpan[] = []
  let at = source.indexOf('{')
  while (at !== -1) {
    const found = source[at - 1] === '\\' ? undefined : openers.find(([open]) => source.startsWith(open, at))
    let resume = at + 1
    if (found) {
      const [open, close] = found
      let closer = nextCloser.get(close) ?? -2
      if (closer !== -1 && closer < at + open.length) {
        closer = source.indexOf(close, at + open.length)
        nextCloser.set(close, closer)
      }
      if (nextBlank !== -1 && nextBlank < at) nextBlank = blankLineAfter(source, at)
      if (closer !== -1 && (nextBlank === -1 || closer < nextBlank)) {
        let end = closer + close.length
        const bodyEnd = codeBody(source.slice(at, end), end)
        if (bodyEnd !== undefined) end = bodyEnd
        tags.push(bodyEnd === undefined ? {start: at, end} : {start: at, end, code: true})
        resume =
          bodyEnd !== undefined
            ? end
            : /^\{%-?\s*raw\s*-?%\}$/.test(source.slice(at, end))
              ? endOfRaw(source, end)
              : end
      }
    }
    at = source.indexOf('{', resume)
  }
  return tags
}

/**
 * For a tag that opens a shortcode whose body is code (`{{< code-toggle file=hugo >}}`), the end
 * of its closing tag (`{{< /code-toggle >}}`, `{{% /output %}}`); a name whose closer was not
 * found is not looked for again (no closer after a later opener either).
 */
function codeBodyFinder(source: string, names: readonly string[]): (tag: string, from: number) => number | undefined {
  const unclosed = new Set<string>()
  return (tag, from) => {
    const name = /^\{\{[<%]\s*([\w-]+)/.exec(tag)?.[1]
    if (!name || !names.includes(name) || unclosed.has(name)) return undefined
    const closer = new RegExp(`\\{\\{[<%]\\s*/\\s*${name.replace(/-/g, '\\-')}\\s*[>%]\\}\\}`, 'g')
    closer.lastIndex = from
    const found = closer.exec(source)
    if (!found) unclosed.add(name)
    return found ? found.index + found[0].length : undefined
  }
}

function blankLineAfter(source: string, from: number): number {
  const pattern = /\n[ \t]*\r?\n/g
  pattern.lastIndex = from
  return pattern.exec(source)?.index ?? -1
}

function endOfRaw(source: string, from: number): number {
  const pattern = /\{%-?\s*endraw\s*-?%\}/g
  pattern.lastIndex = from
  return pattern.exec(source)?.index ?? source.length
}

/** The source with the steering characters of each tag masked, and how to undo it; `undefined` when no tag needs it. */
export function maskTags(
  source: string,
  tags: readonly TagSpan[]
): {masked: string; unmask: (text: string) => string; lineBreaks: boolean} | undefined {
  if (!tags.some(({start, end, code}) => code || /[ \t\r\n|]/.test(source.slice(start, end)))) return undefined
  const masks = privateCharacters(source, steering.length)
  const toMask = new Map<string, string>(steering.map((character, index) => [character, masks[index]!]))
  const back = new Map<string, string>(steering.map((character, index) => [masks[index]!, character]))
  let masked = ''
  let copied = 0
  let lineBreaks = false
  for (const {start, end, code} of tags) {
    const tag = source.slice(start, end)
    if (/[\r\n]/.test(tag)) lineBreaks = true
    // In a code body `>` and `%` are masked too, all but the outer delimiters: the pair is one tag to the tokenizer.
    const inside = code
      ? tag.slice(0, 3) +
        tag.slice(3, -3).replace(/[ \t\r\n|>%]/g, (character) => toMask.get(character)!) +
        tag.slice(-3)
      : tag.replace(/[ \t\r\n|]/g, (character) => toMask.get(character)!)
    masked += source.slice(copied, start) + inside
    copied = end
  }
  masked += source.slice(copied)
  const pattern = new RegExp(`[${masks.join('')}]`, 'g')
  return {masked, unmask: (text) => text.replace(pattern, (character) => back.get(character)!), lineBreaks}
}

/** `count` private-use characters that do not occur in `source`. */
function privateCharacters(source: string, count: number): string[] {
  const found: string[] = []
  for (let code = 0xe000; code <= 0xf8ff && found.length < count; code++) {
    const character = String.fromCharCode(code)
    if (!source.includes(character)) found.push(character)
  }
  return found
}

/** Give a tree parsed from a masked source its text back, and its lines and columns when line breaks were masked. */
export function unmaskTree(tree: Root, source: string, unmask: (text: string) => string, lineBreaks: boolean): void {
  const starts = lineBreaks ? lineStarts(source) : undefined
  const visit = (node: Record<string, unknown>) => {
    for (const [name, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        if (name !== 'type') node[name] = unmask(value)
      } else if (name === 'position') {
        if (starts) relocate(value as Position, starts)
      } else if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object') visit(item as Record<string, unknown>)
      } else if (value && typeof value === 'object') {
        visit(value as Record<string, unknown>)
      }
    }
  }
  visit(tree as unknown as Record<string, unknown>)
}

interface Point {
  line: number
  column: number
  offset?: number
}
interface Position {
  start: Point
  end: Point
}

function lineStarts(source: string): number[] {
  const starts = [0]
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1)
  return starts
}

function relocate(position: Position | undefined, starts: readonly number[]): void {
  for (const point of [position?.start, position?.end]) {
    if (point?.offset === undefined) continue
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= point.offset) low = middle
      else high = middle - 1
    }
    point.line = low + 1
    point.column = point.offset - starts[low]! + 1
  }
}
