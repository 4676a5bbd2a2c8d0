/**
 * sites/types: what md-l10n knows of a site generator: where it reads pages (per language), its
 * locale keys, its config file, and its rules for untranslated pages and for the front-matter
 * fields that route a page.
 */
import type {DialectName} from '../dialects/types.js'

export const generatorNames = ['vitepress', 'docusaurus', 'starlight', 'hugo', 'jekyll', 'mdbook', 'mkdocs'] as const

/** A site generator md-l10n writes for. */
export type GeneratorName = (typeof generatorNames)[number]

/**
 * A source root of the config's `sources`: a folder of markdown pages, filtered by globs relative
 * to it, whose localized pages go where `layout` says.
 */
export interface SourceRoot {
  /** The folder, relative to the project root (`docs`, `src/content/docs`, `.`). */
  dir: string
  /** Globs of the pages to read, relative to `dir` (default: every `*.md`, `*.mdx`, `*.markdown`). */
  include?: string[]
  /** Globs of pages and folders not to read, relative to `dir`. */
  exclude?: string[]
  /** Where this root's localized pages go (a path template); default: the config's `layout`. */
  layout?: string
  /**
   * The catalogs' namespace prefix of this root's pages (`blog` → `blog/2024-post`). Default: none
   * when there is one root, else `dir`, so two roots never share a namespace.
   */
  namespace?: string
}

/** What a target-language page with no translation at all becomes. */
export type UntranslatedPolicy =
  /** A copy of the source, marked `untranslated: true` in its front matter. */
  | 'copy'
  /** No page (nor exported catalog): the generator shows the source language's page by itself. */
  | 'omit'
  /** Omitted, unless another page of the language links to it relatively (then a copy, so the link builds). */
  | 'omit-unlinked'

/**
 * A front-matter field that sets a page's URL, and what a translated page does with it: `keep` it
 * (the generator adds the locale itself), `prefix` it with `/{locale}` (the generator takes it as
 * is: the translation would take the source page's URL), `segment` (a slug without a leading
 * slash, prefixed with `{locale}/`), or `drop` it.
 */
export type RoutingRule = 'keep' | 'prefix' | 'segment' | 'drop'

/** One of the site's languages as its generator's config names it. */
export interface SiteLocale {
  /** The generator's key (`zh`, `root`, `pt-br`). */
  key: string
  /** Its BCP 47 tag (from the config's `lang`/`htmlLang`/`languageCode`, else the key). */
  tag: string
}

/** What a static read of a generator's config tells. */
export interface SiteFacts {
  generator: GeneratorName
  /** The config file read, relative to the project root. */
  configFile: string
  /** The source language's BCP 47 tag, when the config names it. */
  sourceLanguage?: string
  /** The other languages, as the config lists them. */
  targets: SiteLocale[]
  /** Where the source pages are and where each root's translations go. */
  roots: SourceRoot[]
  /** The generator's own build folders: never read, and not md-l10n's `outDir`. */
  buildFolders: string[]
  /** Anything init should tell (a setting it could not read, a choice it made). */
  notes: string[]
}

export interface SiteGenerator {
  name: GeneratorName
  /** The markdown it reads. */
  dialect: DialectName
  /** Config files that mark a site of it, relative to the project root, the first found wins. */
  configFiles: readonly string[]
  /** Whether a found config file is this generator's (an Astro config with Starlight in it). */
  claims?(text: string, file: string): boolean
  /** Read the config file's text statically; throws an `InputError` naming `file` when it cannot. */
  read(text: string, file: string): SiteFacts
  /** What a page with no translation becomes, by default. */
  untranslated: UntranslatedPolicy
  /**
   * How it resolves a relative URL in a page's markdown: from the page's file (`file`, the default:
   * a page written deeper gets its paths rebased), or from the page's URL (`url`: Hugo, whose page
   * bundles share their resources between languages, so a path stays as written).
   */
  relativeUrls?: 'file' | 'url'
  /** Front-matter fields that route a page, and each one's rule. */
  routing: Readonly<Record<string, RoutingRule>>
  /** Front-matter fields that hold URLs (`hero.actions.*.link`), rewritten by `links`. */
  linkFields: readonly string[]
  /**
   * `headingIds` under which its anchors keep working in every language: `pin` where the generator
   * reads `{#id}` after a heading, `translate` where it slugs the translated text (Astro).
   */
  headingIds: 'keep' | 'pin' | 'translate'
}
