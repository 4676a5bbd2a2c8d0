/**
 * Shared types of md-l10n, documented in one place (after mdast-util-to-markdown's `lib/types.d.ts`).
 */
import type {DialectName} from './dialects/types.js'

/**
 * Which markdown construct a segment comes from.
 *
 * - `heading`: `# Title` or a setext heading
 * - `paragraph`: a paragraph (also inside blockquotes and footnotes)
 * - `listItem`: a paragraph directly inside a list item (`- text`)
 * - `tableCell`: one GFM table cell (`| cell |`)
 * - `line`: one line of a paragraph made of UI-like or bullet-like lines (`  • Share`)
 * - `alt`: the alt text of an image (`![alt](url)`)
 * - `title`: the title of a link, image or definition (`[a](url "title")`)
 * - `frontMatter`: a translatable front-matter field (`title: …`)
 * - `containerTitle`: the title of a container or admonition (`::: tip Title`, `:::note[Title]`)
 * - `attribute`: a prose attribute of a JSX or HTML element (`<TabItem label="Use npm">`, `<img alt="Diagram">`)
 * - `html`: the text of an HTML element in raw HTML (`<summary>Why symlinks?</summary>`, `<p align="center">…</p>`)
 */
export type SegmentKind =
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableCell'
  | 'line'
  | 'alt'
  | 'title'
  | 'frontMatter'
  | 'containerTitle'
  | 'attribute'
  | 'html'

/** A half-open range of UTF-16 offsets into the document string: `[start, end)`. */
export interface Range {
  start: number
  end: number
}

/**
 * Inline content of a segment, as parsed from the source.
 * Text is decoded (escapes and entities resolved); markup is kept as the exact source ranges
 * it was written with, so reassembly reproduces it byte for byte.
 */
export type InlineToken =
  | {type: 'text'; value: string; start: number; end: number}
  | {
      /** A container (emphasis, strong, delete, link): `<n>…</n>` in the segment text. */
      type: 'element'
      id: number
      /** Source of the opening markup, for example `[` or `**`. */
      open: Range
      /** Source of the closing markup, for example `](https://x "t")` or `**`. */
      close: Range
      /**
       * What replaces `close` when the content is translated, where the source's closing markup
       * depends on the text: a collapsed or shortcut reference (`[FAQ][]`, `[FAQ]`) becomes a full
       * one (`[Questions][FAQ]`) so it still points at its definition.
       */
      closeWhenTranslated?: string
      children: InlineToken[]
    }
  | {
      /** An atom (inline code, image, html, break, math, footnote reference): `<n/>`. */
      type: 'atom'
      id: number
      start: number
      end: number
      /**
       * What the atom is written as in a translated segment, where its source form depends on the
       * text around it: a GFM literal autolink (`www.x.com`) becomes `[www.x.com](<http://www.x.com>)`,
       * which stays the same link whatever a translation puts next to it.
       */
      replacement?: string
      /** The atom stands for source whose nodes came without positions (kept verbatim). */
      unplaced?: boolean
    }

/**
 * One translatable unit of a document.
 *
 * `text` is what a translator sees: inline markup appears as numbered tags,
 * `<1>bold</1>` for containers and `<2/>` for atoms, and URLs and code never appear.
 */
export interface Segment {
  /** Stable catalog key, such as `p-3f9a2c1b`; `''` until keys are assigned. */
  key: string
  kind: SegmentKind
  /** The translatable text with numbered tags. */
  text: string
  /** Range of the document string that the segment's translation replaces. */
  start: number
  end: number
  /** 1-based line of `start`. */
  line: number
  /** Inline structure used to reassemble the translation; empty for `alt`, `title` and `frontMatter`. */
  tokens: InlineToken[]
  /** For `frontMatter` segments: the field name. */
  field?: string
  /** The prefix that continues a line inside this segment's container (`> `, indentation). */
  linePrefix?: string
  /** For `line` segments: the bullet glyph that starts the line (kept outside the text). */
  marker?: string
  /** For `alt` segments of `![alt][]` and `![alt]`: the reference label as written. */
  referenceLabel?: string
  /** For `title` and `attribute` segments: the quote that delimits the value in the source. */
  quote?: string
  /** For `heading` segments: the heading's id, explicit (`{#id}`) or the source heading's slug. */
  anchor?: HeadingAnchor
  /**
   * The segment is raw HTML's (an `html` segment, or an `attribute` of an HTML element): its
   * translation is escaped as HTML (`&lt;`, `&amp;`, `&quot;`), which reads no markdown escapes.
   */
  html?: boolean
  /** What the source says to translators about it: an `<!-- l10n: … -->` comment just before it. */
  note?: string
}

/** The id a heading has: written after it (`## Title {#id}`) or the slug of its source text (github-slugger, per document). */
export interface HeadingAnchor {
  id: string
  explicit: boolean
}

/** A heading of a document, with its id. */
export interface HeadingInfo extends HeadingAnchor {
  /** 1-based line. */
  line: number
  /** The heading's plain text. */
  text: string
  /** Offset where a pinned `{#id}` goes: the end of the heading's content. */
  contentEnd: number
}

/** A segmented document: the original string and its segments in document order. */
export interface SegmentedDocument {
  /** The document exactly as read (a BOM included). */
  source: string
  segments: Segment[]
  /** The front matter block, if any: its range (fences included) and its scalars by path; `format: 'toml'` for Hugo's `+++` TOML (else YAML). */
  frontMatter?: Range & {fields: ReadonlyMap<string, {value: unknown; start: number; end: number}>; format?: 'toml'}
  /** Line ending used by the document. */
  eol: '\n' | '\r\n'
  /** Every heading with its id, in document order. */
  headings?: HeadingInfo[]
  /**
   * The syntax the document was parsed with, whose rules escape its translations (a document
   * segmented with a caller's own processor is escaped with that processor's rules while it lives).
   */
  syntax?: {dialect: DialectName; mdx: boolean; math?: boolean}
  /** The labels its link and footnote definitions define (normalized): `[label]` in a translation would link. */
  labels?: string[]
}

/** A catalog: i18next's flat `key → string` resource for one language and namespace. */
export type Catalog = Record<string, string>

/**
 * What md-l10n records beside each target catalog, per key: the source text a translation was made from.
 * A translation is stale when `sourceHash` no longer matches its segment's current source text.
 */
export interface CatalogEntryMeta {
  /** Hash of the source text the translation was made from. */
  sourceHash: string
  /** The source text the translation was made from (shown to reviewers of stale entries). */
  source: string
  /** Hash of the translation when it was stamped; an edited translation is re-stamped as current. */
  translationHash: string
  /**
   * `memory`: filled by extract from the same source text translated elsewhere in the project;
   * `machine`: drafted by `md-l10n translate` and not reviewed since (an edit re-stamps it as a person's).
   */
  origin?: 'memory' | 'machine'
  /** For a machine draft: the provider (its name in the config) and the model that drafted it. */
  provider?: string
  model?: string
  /**
   * Link and image URLs of the language, by the source's URL they replace: what a translator
   * localized (MDN's `/fr/` page for `/en-US/`), kept by `import --from` and written by `build`.
   */
  urls?: Record<string, string>
  /** Why `import --from` left the translation stale, for its reviewer. */
  reason?: string
}

/** Sidecar file `locales/<tag>/<namespace>.meta.json`. */
export interface CatalogMeta {
  version: 1
  entries: Record<string, CatalogEntryMeta>
}

/** Status of one key in one target language. */
export type EntryStatus = 'current' | 'stale' | 'missing' | 'obsolete'

/** One row of a catalog's status: what a report and the checks read. */
export interface CatalogEntry {
  key: string
  status: EntryStatus
  /** Current source text (empty for obsolete entries). */
  source: string
  /** Translation, `''` when missing. */
  translation: string
  /** For stale and obsolete entries: the source text the translation was made from. */
  previousSource?: string
  /** Segment kind and line, for live keys. */
  kind?: SegmentKind
  line?: number
  /** The language's own URLs for the source's (meta `urls`): build writes them in its links. */
  urls?: Record<string, string>
  /** The translation is a machine draft nobody reviewed (`md-l10n translate`), by this provider and model. */
  machine?: {provider?: string; model?: string}
}

/** How bad a problem is. The runner owns severity; checks only report. */
export type Severity = 'error' | 'warning'

/** A problem found by a check. */
export interface Problem {
  check: string
  /** Which of the check's messages (`missingTag`, `stale`…), for tools that group problems. */
  messageId: string
  severity: Severity
  language: string
  namespace: string
  key: string
  message: string
  /** The values the message was filled with (`{"placeholder": "{{count}}"}`), for tools. */
  data?: Record<string, string | number>
  /** Source text and translation, for human output. */
  source?: string
  translation?: string
  /** 1-based line of the segment in its source document. */
  line?: number
  /** The catalog the problem is in, relative to the project root, and the line of its key there. */
  file?: string
  catalogLine?: number
}
