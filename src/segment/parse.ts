/**
 * segment/parse: md-l10n's default markdown parser (unified + remark-parse + GFM + math; a caller
 * may bring its own processor, with its own syntax extensions), and front-matter detection
 * (gray-matter for the data, the `yaml` CST for value positions).
 */
import {lazyModule} from '../util/lazy.js'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import {dialectParser, type MarkdownParser} from '../dialects/index.js'
import {InputError} from '../util/errors.js'
import {withParseBudget} from '../syntax/budget.js'
import {readTomlFrontMatter} from './toml.js'

/** A processor that can parse markdown into mdast: a dialect's, or a caller's. */
export type {MarkdownParser} from '../dialects/index.js'

/** Parse markdown (no front matter) into mdast with positions (by default as GFM with math). */
export function parseMarkdown(markdown: string, parser: MarkdownParser = dialectParser('gfm')): Root {
  let tree = withParseBudget(markdown.length, () => parser.parse(markdown) as Root)
  // A processor's transformers (the user's remark plugins) shape the tree segments come from.
  const runner = parser as Partial<Pick<Processor<Root>, 'runSync'>>
  if (typeof runner.runSync === 'function') tree = runner.runSync(tree) as Root
  restorePositions(tree as unknown as PositionedParent, markdown)
  return tree
}

/** Make a tree a caller parsed usable for splicing: nodes without positions get them back. */
export function restoreTreePositions(tree: Root, markdown: string): void {
  restorePositions(tree as unknown as PositionedParent, markdown)
}

interface PositionedParent {
  type: string
  value?: string
  children?: PositionedParent[]
  position?: {
    start: {offset?: number; line: number; column: number}
    end: {offset?: number; line: number; column: number}
  }
}

/**
 * GFM's literal autolinks are found after parsing, by splitting text nodes; when the paragraph has
 * an escape or an entity before them, the new nodes come without positions. Everything md-l10n
 * splices needs offsets, so they are found again in the source: a text node's value, and a
 * literal autolink's text, appear verbatim there.
 */
function restorePositions(node: PositionedParent, source: string): void {
  const children = node.children
  if (!children) return
  let cursor = node.position?.start.offset ?? 0
  for (const [index, child] of children.entries()) {
    if (child.position?.start.offset === undefined) {
      const nextStart = children.slice(index + 1).find((next) => next.position?.start.offset !== undefined)?.position!
        .start.offset
      const limit = nextStart ?? node.position?.end.offset ?? source.length
      const raw =
        child.type === 'text'
          ? child.value
          : child.type === 'link' && child.children?.length === 1
            ? child.children[0]!.value
            : undefined
      const found = raw ? source.indexOf(raw, cursor) : -1
      if (raw && found !== -1 && found + raw.length <= limit) {
        const at = (offset: number) => ({offset, line: 0, column: 0})
        child.position = {start: at(found), end: at(found + raw.length)}
        if (child.type === 'link') child.children![0]!.position = {start: at(found), end: at(found + raw.length)}
      }
    }
    if (child.position?.end.offset !== undefined) cursor = child.position.end.offset
    restorePositions(child, source)
  }
}

// Read only when a document has front matter: importing md-l10n does not load them.
const grayMatter = lazyModule<typeof import('gray-matter')>('gray-matter')
const yamlParser = lazyModule<typeof import('yaml')>('yaml')

/** A front-matter block found at the top of a document. */
export interface FrontMatterBlock {
  /** YAML between `---` fences, or TOML between `+++` fences (Hugo). */
  format: 'yaml' | 'toml'
  /** Offset of the opening fence and of the end of the closing fence line (line ending included). */
  start: number
  end: number
  /** The YAML or TOML between the fences and where it starts. */
  content: string
  contentStart: number
  /** Parsed data. */
  data: Record<string, unknown>
  /** Scalar fields by path (`title`, `hero.tagline`, `features.0.title`) with the range of their value (quotes included) in the document. */
  fields: Map<string, {value: unknown; start: number; end: number}>
  /** What was read although a stricter reader refuses it (a repeated key). */
  warnings?: FrontMatterWarning[]
}

/** A front-matter construct md-l10n reads as the generator does, but that deserves a fix. */
export interface FrontMatterWarning {
  message: string
  /** 1-based line in the document. */
  line: number
}

/**
 * YAML whose mappings repeat a key, read by the `yaml` package as Hugo and Jekyll read it (the
 * last value wins), one warning per repeated key; any other error is refused as malformed.
 */
function readRepeatedKeys(
  yaml: string,
  file: string | undefined,
  warnings: FrontMatterWarning[],
  firstLine: number
): Record<string, unknown> {
  const {parseDocument, isMap, isScalar, visit} = yamlParser()
  const parsed = parseDocument(yaml, {uniqueKeys: false, prettyErrors: false})
  if (parsed.errors.length > 0) {
    const error = parsed.errors[0]!
    throw new InputError(
      `malformed YAML front matter: ${error.message.split('\n')[0]}`,
      file,
      firstLine + (error.linePos?.[0].line ?? 1) - 1
    )
  }
  const lineOf = (offset: number) => firstLine + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0)
  visit(parsed, {
    Map(_, map) {
      if (!isMap(map)) return
      const seen = new Set<unknown>()
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue
        if (seen.has(pair.key.value)) {
          warnings.push({
            message: `front matter repeats the key \`${String(pair.key.value)}\`: the last one is read, as Hugo and Jekyll do; remove the others`,
            line: lineOf(pair.key.range?.[0] ?? 0)
          })
        }
        seen.add(pair.key.value)
      }
    }
  })
  return (parsed.toJS() ?? {}) as Record<string, unknown>
}

/** 1-based line of an offset. */
function documentLine(document: string, offset: number): number {
  return (document.slice(0, offset).match(/\n/g)?.length ?? 0) + 1
}

const fencePattern = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/** TOML front matter, Hugo's `+++` fences. */
const tomlFencePattern = /^\+\+\+[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?\+\+\+[ \t]*(?:\r?\n|$)/

/**
 * Find and read YAML front matter starting at `offset` (after a BOM), or TOML front matter.
 * gray-matter reads the data (and reports YAML errors); it gives no positions, so the `yaml`
 * package's CST locates each field's value for splicing translations in place.
 */
export function readFrontMatter(
  document: string,
  offset: number,
  file?: string,
  options: {afterBlankLines?: boolean} = {}
): FrontMatterBlock | undefined {
  // Hugo reads front matter after blank lines at the top of a page; the other generators only on the first line.
  if (options.afterBlankLines) offset += /^(?:[ \t]*\r?\n)*/.exec(document.slice(offset))![0].length
  const head = document.slice(offset)
  if (head.startsWith('+++')) {
    const toml = tomlFencePattern.exec(head)
    return toml
      ? readTomlFrontMatter(toml[1] ?? '', offset, offset + head.indexOf('\n') + 1, offset + toml[0].length, file)
      : undefined
  }
  const match = fencePattern.exec(head)
  if (!match) return undefined
  const yaml = match[1] ?? ''
  const yamlStart = offset + head.indexOf('\n') + 1
  let data: Record<string, unknown>
  const warnings: FrontMatterWarning[] = []
  try {
    // An options object turns off gray-matter's global cache (it would keep every document alive).
    data = grayMatter()(head, {}).data as Record<string, unknown>
  } catch (error) {
    const mark = (error as {mark?: {line?: number}}).mark
    const line = typeof mark?.line === 'number' ? mark.line + 2 : undefined
    // Hugo and Jekyll read a repeated key, the last one winning: so does md-l10n, with a warning.
    if (!/duplicated mapping key/.test((error as Error).message)) {
      throw new InputError(`malformed YAML front matter: ${firstLine((error as Error).message)}`, file, line)
    }
    data = readRepeatedKeys(yaml, file, warnings, documentLine(document, yamlStart))
  }
  const fields = new Map<string, {value: unknown; start: number; end: number}>()
  const {parseDocument, isMap, isScalar, isSeq} = yamlParser()
  const parsed = parseDocument(yaml, {keepSourceTokens: false})
  // A leading block that is not a mapping (`---\nFoo\n---`, a CommonMark thematic break and a setext
  // heading) is markdown, not front matter to add keys to.
  if (parsed.contents !== null && !isMap(parsed.contents)) return undefined
  // Every scalar by its path: `title`, `hero.tagline`, `features.0.title` (VitePress and Starlight home pages).
  const collect = (node: unknown, prefix: string) => {
    const at = (path: string, value: unknown) => {
      if (isScalar(value) && value.range)
        fields.set(path, {value: value.value, start: yamlStart + value.range[0], end: yamlStart + value.range[1]})
      else collect(value, `${path}.`)
    }
    if (isMap(node))
      for (const pair of node.items) if (isScalar(pair.key)) at(`${prefix}${String(pair.key.value)}`, pair.value)
    if (isSeq(node)) for (const [index, item] of node.items.entries()) at(`${prefix}${index}`, item)
  }
  collect(parsed.contents, '')
  return {
    format: 'yaml',
    start: offset,
    end: offset + match[0].length,
    content: yaml,
    contentStart: yamlStart,
    data,
    fields,
    ...(warnings.length > 0 ? {warnings} : {})
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}
