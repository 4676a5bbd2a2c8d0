/**
 * sites/page: a localized page made fit for the place a site layout gives it, spliced so every
 * other byte stays:
 * - paths relative to the page (links, images, JSX `href`/`src`, HTML attributes, MDX imports)
 *   resolve from the new place: to the language's page of a linked source page, else to the file
 *   itself (a component, an image);
 * - `links` rewrites reach JSX and HTML attributes and the front-matter fields that hold URLs;
 * - front-matter fields that route a page follow the generator's rule, so no translation takes
 *   its source page's URL.
 */
import path from 'node:path'
import type {Nodes, Root} from 'mdast'
import type {MarkdownParser} from '../dialects/index.js'
import type {LinkRewrite} from '../assemble/links.js'
import {readFrontMatter} from '../segment/parse.js'
import {blankHeadingAttributes} from '../segment/heading-ids.js'
import type {LayoutLanguage} from './layout.js'
import type {RoutingRule} from './types.js'

export interface PlaceContext {
  /** The parser of the page's dialect (MDX or not). */
  parser: MarkdownParser
  language: LayoutLanguage
  /** `links` of the config; `{lang}` and `{locale}` are the language's locale key. */
  rewrites: readonly LinkRewrite[]
  /** JSX and HTML attributes that hold URLs. */
  attributes: readonly string[]
  /** Front-matter fields (paths, `*` for any key) that hold URLs. */
  linkFields: readonly string[]
  routing: Readonly<Record<string, RoutingRule>>
  /** The source page and this language's page, from the project root. */
  from: string
  to: string
  /**
   * Where a file a relative URL points at is for this language (from the project root): a source
   * page's place under the layout, or `undefined` to keep the file itself.
   */
  placeOf(file: string): string | undefined
  /**
   * Whether a file (from the project root) exists: a relative URL that names neither a page nor a
   * file is a site URL (relative to the page's URL, which keeps its relation under the locale).
   */
  exists(file: string): boolean
  /** Whether relative paths are rebased at all (not for a generator that resolves them from the page's URL). */
  rebase?: boolean
}

interface Edit {
  start: number
  end: number
  text: string
}

/** The page with its URLs and routing fields fit for `context.to`. */
export function placePage(markdown: string, context: PlaceContext): string {
  const edits = [...frontMatterEdits(markdown, context), ...bodyEdits(markdown, context)]
  return applyEdits(markdown, edits)
}

/** `url` with `rewrites` applied (the first whose `from` starts it). */
export function rewriteUrl(url: string, rewrites: readonly LinkRewrite[], locale: string): string | undefined {
  const rewrite = rewrites.find(({from}) => url.startsWith(from))
  return (
    rewrite && rewrite.to.replaceAll('{lang}', locale).replaceAll('{locale}', locale) + url.slice(rewrite.from.length)
  )
}

const notRelative = /^(?:[a-z][a-z\d+.-]*:|\/|#|\?|@|~|\{|<|$)/i

/** A URL relative to the source page, as it resolves from the new place; `undefined` when it stays. */
export function rebaseUrl(
  url: string,
  context: Pick<PlaceContext, 'from' | 'to' | 'placeOf' | 'exists' | 'rebase'>
): string | undefined {
  if (context.rebase === false || notRelative.test(url) || context.from === context.to) return undefined
  const cut = url.search(/[?#]/)
  const target = cut === -1 ? url : url.slice(0, cut)
  const rest = cut === -1 ? '' : url.slice(cut)
  let decoded: string
  try {
    decoded = decodeURI(target)
  } catch {
    return undefined
  }
  const file = path.posix.normalize(path.posix.join(path.posix.dirname(context.from), decoded)).replace(/(.)\/$/, '$1')
  if (file.startsWith('../') || file === '..') return undefined
  const page = context.placeOf(file)
  if (page === undefined && !context.exists(file)) return undefined
  const placed = page ?? file
  let relative = path.posix.relative(path.posix.dirname(context.to), placed)
  if (decoded.endsWith('/') && !relative.endsWith('/')) relative += '/'
  if (relative === '') relative = '.'
  if (!relative.startsWith('../') && (target.startsWith('./') || relative === '.'))
    relative = `./${relative}`.replace(/^\.\/\.$/, '.')
  const encoded = target === decoded ? relative : encodeURI(relative)
  return encoded === target ? undefined : encoded + rest
}

/** Edits of the URLs in the body: markdown links and images, JSX and HTML attributes, MDX imports. */
function bodyEdits(markdown: string, context: PlaceContext): Edit[] {
  const edits: Edit[] = []
  const change = (url: string, rewritable: boolean) =>
    (rewritable ? rewriteUrl(url, context.rewrites, context.language.locale) : undefined) ?? rebaseUrl(url, context)
  const at = (start: number, url: string, rewritable: boolean) => {
    const next = change(url, rewritable)
    if (next !== undefined && next !== url) edits.push({start, end: start + url.length, text: next})
  }
  const attributes = new Set(context.attributes)
  let tree: Root
  try {
    // Explicit heading ids blanked (same length), as the segmenter reads them: `{#id}` is no MDX.
    tree = context.parser.parse(blankHeadingAttributes(markdown)) as Root
  } catch {
    // A page the assembler wrote parses; one that does not is left as it is.
    return []
  }
  const walk = (node: Nodes) => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start !== undefined && end !== undefined) {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        // Markdown links went through `links` when the page was localized: only rebased here.
        const found = markdown.lastIndexOf(node.url, end)
        if (found >= start && node.url !== '') at(found, node.url, false)
      } else if (node.type === 'html') {
        for (const match of node.value.matchAll(/\s([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
          if (!attributes.has(match[1]!)) continue
          const value = match[2] ?? match[3]!
          at(start + match.index! + match[0].length - value.length - 1, value, true)
        }
      } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        for (const attribute of node.attributes) {
          if (
            attribute.type !== 'mdxJsxAttribute' ||
            !attributes.has(attribute.name) ||
            typeof attribute.value !== 'string'
          )
            continue
          const range = attribute.position
          if (range?.start.offset === undefined || range.end.offset === undefined) continue
          const text = markdown.slice(range.start.offset, range.end.offset)
          const quoted = /=\s*(["'])/.exec(text)
          if (quoted && text.slice(quoted.index + quoted[0].length).startsWith(attribute.value))
            at(range.start.offset + quoted.index + quoted[0].length, attribute.value, true)
        }
      } else if (node.type === 'mdxjsEsm') {
        for (const match of markdown.slice(start, end).matchAll(/(\bfrom\s*|\bimport\s*)(["'])(\.\.?\/[^"']*)\2/g)) {
          const url = match[3]!
          const next = rebaseUrl(url, context)
          if (next !== undefined)
            edits.push({
              start: start + match.index! + match[1]!.length + 1,
              end: start + match.index! + match[1]!.length + 1 + url.length,
              text: next.startsWith('.') ? next : `./${next}`
            })
        }
      }
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child)
  }
  walk(tree)
  return edits
}

/** Whether a field's path is one a pattern names (`*` for any key or index; a list's items by its own name). */
function fieldMatches(pattern: string, field: string): boolean {
  const wanted = pattern.split('.')
  const parts = field.split('.')
  if (parts.length === wanted.length + 1 && /^\d+$/.test(parts.at(-1)!)) parts.pop()
  return wanted.length === parts.length && wanted.every((part, index) => part === '*' || part === parts[index])
}

/** Edits of the front matter: routing fields by their rule, URL fields by `links`. */
function frontMatterEdits(markdown: string, context: PlaceContext): Edit[] {
  const offset = markdown.startsWith('\uFEFF') ? 1 : 0
  if (!markdown.startsWith('---', offset) && !markdown.startsWith('+++', offset)) return []
  let block
  try {
    block = readFrontMatter(markdown, offset)
  } catch {
    return []
  }
  if (!block) return []
  const edits: Edit[] = []
  const locale = context.language.locale
  for (const [field, {value, start, end}] of block.fields) {
    if (typeof value !== 'string') continue
    const rule = Object.entries(context.routing).find(([pattern]) => fieldMatches(pattern, field))?.[1]
    let next: string | undefined | null
    if (rule === 'prefix' && value.startsWith('/') && !value.startsWith(`/${locale}/`) && value !== `/${locale}`)
      next = `/${locale}${value}`
    else if (rule === 'segment' && !value.startsWith('/') && !value.startsWith(`${locale}/`))
      next = `${locale}/${value}`
    else if (rule === 'drop') next = null
    else if (rule === undefined && context.linkFields.some((pattern) => fieldMatches(pattern, field)))
      next = rewriteUrl(value, context.rewrites, locale) ?? rebaseUrl(value, context)
    if (next === undefined || next === value) continue
    if (next === null) {
      // The field's whole line goes (a top-level scalar; a list item or nested value keeps its line).
      const lineStart = markdown.lastIndexOf('\n', start) + 1
      const lineEnd = markdown.indexOf('\n', end)
      if (!field.includes('.'))
        edits.push({start: lineStart, end: lineEnd === -1 ? markdown.length : lineEnd + 1, text: ''})
      continue
    }
    edits.push({start, end, text: quoteLike(markdown.slice(start, end), next, block.format)})
  }
  return edits
}

/** `value` written as the original scalar was: quoted alike, or plain where YAML reads it back the same. */
function quoteLike(original: string, value: string, format: 'yaml' | 'toml'): string {
  if (format === 'toml' || original.startsWith('"')) return JSON.stringify(value)
  if (original.startsWith("'")) return `'${value.replaceAll("'", "''")}'`
  return /^[\w/.-][\w/.:#-]*$/.test(value) && !/:\s|\s#/.test(value) ? value : JSON.stringify(value)
}

function applyEdits(markdown: string, edits: Edit[]): string {
  if (edits.length === 0) return markdown
  edits.sort((a, b) => a.start - b.start)
  let result = ''
  let cursor = 0
  for (const edit of edits) {
    if (edit.start < cursor) continue
    result += markdown.slice(cursor, edit.start) + edit.text
    cursor = edit.end
  }
  return result + markdown.slice(cursor)
}

/**
 * The page marked `untranslated: true` in its front matter (a copy of the source where the language
 * has no translation yet), so the site's layout can show a notice. A page without front matter gets one.
 */
export function markUntranslated(markdown: string): string {
  const bom = markdown.startsWith('\uFEFF') ? '\uFEFF' : ''
  const body = markdown.slice(bom.length)
  const eol = /\r\n/.test(body) ? '\r\n' : '\n'
  const toml = /^\+\+\+[ \t]*\r?\n/.exec(body)
  if (toml) return `${bom}${toml[0]}untranslated = true${eol}${body.slice(toml[0].length)}`
  const yaml = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(body)
  if (yaml) {
    const closing = yaml[0].replace(/\r?\n$/, '').lastIndexOf('\n') + 1
    return `${bom}${body.slice(0, closing)}untranslated: true${eol}${body.slice(closing)}`
  }
  return `${bom}---${eol}untranslated: true${eol}---${eol}${eol}${body}`
}
