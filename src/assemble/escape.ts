/**
 * assemble/escape: make translated text stay text, from the syntax's own rules.
 *
 * Every to-markdown extension of the processor (remark-gfm's, remark-math's, remark-directive's,
 * remark-mdx's, md-l10n's own containers and template tags, a caller's plugins) declares the
 * characters that are unsafe where (`unsafe` patterns of mdast-util-to-markdown). A translation is
 * escaped with exactly those patterns through to-markdown's own `safe`, in the constructs its text
 * sits in, with the characters really before and after it: only what would change the parse is
 * escaped (`!` only before `[`, `:` only before a directive name, `{` only where MDX or a template
 * engine reads it). One path for the CLI, the API and `remarkL10n`.
 */
import {
  toMarkdown,
  type ConstructName,
  type Options as ToMarkdownExtension,
  type State,
  type Unsafe
} from 'mdast-util-to-markdown'
import {normalizeIdentifier} from 'micromark-util-normalize-identifier'

/**
 * How a character flagged by an `unsafe` pattern is written when a backslash would not keep it
 * text for the generator: `reference` (a character reference, for template engines that read
 * the raw file before markdown: Liquid, Hugo, mdBook) or `v-pre` (VitePress: markdown-it drops a
 * backslash and decodes a reference before Vue reads `{{`, so the character goes in
 * `<span v-pre>`, as VitePress documents for escaping interpolation).
 */
export type TextEncoding = 'reference' | 'v-pre'

/** An `unsafe` pattern that md-l10n's own syntax declares, with how its character is written. */
export interface L10nUnsafe extends Unsafe {
  l10nEncode?: TextEncoding
}

/** Where a piece of translated text sits. */
export interface TextPlace {
  /** The characters before the text in the output (`'\n'` at a line start). */
  before: string
  /** The characters after it (`''` at the end of a heading or a title). */
  after: string
  /** The constructs it is in, innermost last: `['phrasing']`, `['phrasing', 'tableCell']`, … */
  stack: readonly ConstructName[]
}

/**
 * The `[` patterns of mdast-util-to-markdown and mdast-util-gfm-footnote escape every `[` in
 * prose, so a pseudo-localized heading reads `\[…\]` in Docusaurus's titles and sidebar. A `[`
 * changes the parse only before a link's `](`/`][` (the patterns below) or as a label a
 * definition of the document names (`escapeDefinedLabels`); at a line start only before what
 * makes a task item or an alert (`[ ]`, `[x]`, `[!`), and a definition's `]:` anywhere.
 */
const dropped = (pattern: Unsafe) =>
  pattern.character === '[' && (pattern.atBreak ? !pattern.after : includes(pattern.inConstruct, 'phrasing'))

const fullPhrasingSpans: ConstructName[] = [
  'autolink',
  'destinationLiteral',
  'destinationRaw',
  'reference',
  'titleQuote',
  'titleApostrophe'
]

/** md-l10n's own patterns, for every processor. */
const ownUnsafe: Unsafe[] = [
  // `[a][b]` is a full reference; `[a](b)` is handled by the default `(` after `]` pattern.
  {character: '[', before: '\\]', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  {atBreak: true, character: '[', after: '[ \\txX]\\]|!'},
  {character: ']', after: ':', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  // micromark links `www.` even with nothing after it (gfm-autolink-literal's own pattern needs a domain character).
  {character: '.', before: '[Ww]{3}', inConstruct: 'phrasing', notInConstruct: fullPhrasingSpans},
  // A trailing `{#id}` or `{.class}` would give the heading another id or attributes.
  {character: '{', inConstruct: 'headingAtx', after: ':?[\\t ]*[#.]'},
  // A translated table cell, title or alt stays one line (line breaks become spaces before this).
  {character: '|', inConstruct: 'tableCell'}
]

/** MDX reads `import`/`export` at a line start as module code (run when the page is compiled). */
const esmUnsafe: Unsafe[] = [
  {atBreak: true, character: 'e', after: 'xport[\\t ]'},
  {atBreak: true, character: 'i', after: 'mport[\\t ]'}
]

/** Line terminators markdown, YAML (1.1, Jekyll's) or JavaScript readers break a line at. */
const lineTerminators = /\r\n?|[\n\u000b\u000c\u0085\u2028\u2029]/g

/** The text with every line terminator a plain `\n`. */
export function normalizeLineBreaks(text: string): string {
  return text.replace(lineTerminators, '\n')
}

/** Escapes text for one processor's syntax. */
export class TextEscaper {
  private readonly state: State
  private readonly encode: string[] = []
  private readonly vPre = new Set<string>()
  /** Whether the syntax links URLs and emails in text (GFM's autolink literals). */
  private readonly autolinks: boolean
  /** Whether braces start syntax (MDX expressions, template tags): raw HTML writes them as references too. */
  readonly braces: boolean

  constructor(extensions: readonly ToMarkdownExtension[]) {
    let captured: State | undefined
    const capture = (_: unknown, __: unknown, state: State) => {
      captured = state
      return ''
    }
    toMarkdown({type: 'root', children: []}, {extensions: [...extensions], handlers: {root: capture as never}})
    const state = captured!
    const mdx = 'mdxjsEsm' in state.handlers
    state.unsafe = [
      ...state.unsafe.filter((pattern) => !dropped(pattern)).map(positive),
      ...ownUnsafe,
      ...(mdx ? esmUnsafe : [])
    ]
    for (const pattern of state.unsafe as L10nUnsafe[]) {
      if (pattern.l10nEncode === 'v-pre') this.vPre.add(pattern.character)
      if (pattern.l10nEncode) this.encode.push(pattern.character)
    }
    this.autolinks = state.unsafe.some((pattern) => pattern.character === '@' && pattern.before !== undefined)
    this.braces = state.unsafe.some(
      (pattern) => pattern.character === '{' && !includes(pattern.inConstruct, 'headingAtx')
    )
    this.state = state
  }

  /** `value` (one or more lines, `\n` only) written so that it parses back as this text in `place`. */
  escape(value: string, place: TextPlace): string {
    const state = this.state
    state.stack = [...place.stack]
    let escaped = state.safe(value, {before: place.before, after: place.after, encode: this.encode})
    if (this.vPre.size > 0) escaped = this.toVPre(escaped)
    return this.autolinks ? unlink(escaped) : escaped
  }

  /** Character references of `v-pre` characters (not escaped ones, `\&#x7B;`) become spans. */
  private toVPre(escaped: string): string {
    return escaped.replace(/(\\?)&#x([0-9A-F]+);/g, (whole, backslash: string, hex: string) => {
      const character = String.fromCodePoint(Number.parseInt(hex, 16))
      return backslash || !this.vPre.has(character) ? whole : `<span v-pre>${character}</span>`
    })
  }
}

/**
 * GFM finds literal URLs and emails in the decoded text (mdast-util-gfm-autolink-literal replaces
 * in text nodes; linkify-it and goldmark's linkify read text too), so the backslash the autolink
 * patterns put before `:`, `.` or `@` does not keep them text. A word joiner (U+2060, invisible,
 * no break) beside it does: `https\:⁠//`, `www⁠\.`, `name⁠\@host` match no autolink (the backslash stays
 * for readers without autolinks, and for directives, which read `:⁠` as a name).
 */
function unlink(escaped: string): string {
  return escaped.replace(/\\([:.@])/g, (whole, character: string, offset: number) => {
    const before = escaped.slice(Math.max(0, offset - 5), offset)
    if (character === ':' && /https?$/i.test(before) && escaped.startsWith('//', offset + 2)) return `${whole}\u2060`
    if (character === '.' && /(^|[^\w])[Ww]{3}$/.test(before)) return `\u2060${whole}`
    if (character === '@') return `\u2060${whole}`
    return whole
  })
}

/**
 * `[` before a bracketed text that a definition (link or footnote) of the document names: such a
 * `[label]` is a shortcut reference (`[^label]` a footnote call) and becomes a link.
 */
export function escapeDefinedLabels(escaped: string, labels: ReadonlySet<string> | undefined): string {
  if (!labels || labels.size === 0) return escaped
  return escaped.replace(/(^|[^\\])\[((?:[^[\]\\]|\\.)+)\]/g, (whole, before: string, label: string) =>
    labels.has(normalizeIdentifier(label.replace(/^\^/, '')).toLowerCase()) ? `${before}\\[${label}]` : whole
  )
}

/**
 * `safe` skips a character whose `before` condition holds when the character before is escaped
 * anyway, reading `before` as "only after this". A negated `before` (`[^:]`, mdast-util-
 * directive's "not after a colon") means the opposite: `\{:name` is still a directive. Such a
 * pattern applies without its `before` (a second colon is escaped too: `:\:name`, still text).
 */
function positive(pattern: Unsafe): Unsafe {
  if (!pattern.before?.startsWith('[^')) return pattern
  const {before: _, ...rest} = pattern
  return rest
}

function includes(list: Unsafe['inConstruct'], name: ConstructName): boolean {
  return list === name || (Array.isArray(list) && list.includes(name))
}

/**
 * Escape text for raw HTML (the text of an element in an HTML block): HTML reads character
 * references, not markdown's backslashes. Line breaks become spaces, so no blank line can end the
 * block; with `braces`, `{` and `}` are references so no template tag (`{{ }}`) starts.
 */
export function escapeHtmlText(text: string, braces = false): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[ \t]*\n\s*/g, ' ')
  return braces ? escaped.replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;')) : escaped
}

/** Escape text for a quoted HTML attribute value: every `&`, `<` and the quote become character references. */
export function escapeHtmlAttribute(text: string, quote: string): string {
  return escapeHtmlText(text).replace(quote === "'" ? /'/g : /"/g, quote === "'" ? '&#39;' : '&quot;')
}

/** Escape text for a quoted JSX attribute value: JSX strings have no backslash escapes, only character references. */
export function escapeAttribute(text: string, quote: string): string {
  return text
    .replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;')
    .replace(quote === "'" ? /'/g : /"/g, quote === "'" ? '&#39;' : '&quot;')
    .replace(/\n/g, ' ')
}
