/**
 * config/defaults: every setting of `md-l10n.config.json` with its default, in one commented object
 * (after i18next's `src/defaults.js`).
 */

import {defaultProseAttributes, type DialectName} from '../dialects/types.js'
import type {GeneratorName, RoutingRule, SourceRoot, UntranslatedPolicy} from '../sites/types.js'
import type {StalePolicy} from '../catalog/stamp.js'

/** Severity a check runs at, or `off`. */
export type CheckSetting = 'error' | 'warning' | 'off'

export interface Config {
  /** Folder of the source markdown documents (every `*.md` below it, one namespace each); `sources` with one root, shorter. */
  sourceDir: string
  /**
   * Source roots, each a folder with `include`/`exclude` globs and its own `layout`:
   * `[{"dir": "docs"}, {"dir": "blog", "layout": "i18n/{locale}/docusaurus-plugin-content-blog/{path}"}]`.
   * Default: `[{"dir": <sourceDir>}]`. The first root's pages are namespaced by their path below it,
   * the others' by `<dir>/<path>` (or their `namespace`).
   */
  sources?: SourceRoot[]
  /**
   * Where build writes each language's pages: `"generator"` (where the site generator reads them,
   * from its config), or a path template with `{locale}`, `{tag}`, `{path}` (or `{stem}{ext}`):
   * `"src/content/docs/{locale}/{path}"`. Default: `<outDir>/docs/<tag>/<path>`.
   */
  layout?: string
  /** The site generator (`vitepress`, `docusaurus`, `starlight`, `hugo`, `jekyll`, `mdbook`, `mkdocs`); default: the dialect's. */
  generator?: GeneratorName
  /**
   * The site's key for a language where it differs from the BCP 47 tag: `{"zh-Hans": "zh"}`. Used for
   * folders, `{locale}`/`{lang}` in `links`, and front matter; catalogs stay under the tags.
   */
  locales: Record<string, string>
  /**
   * A file at a layout's place that build did not write (a human translation): `keep` it (the
   * language's page is not written, and build says so) or `replace` it.
   */
  existingPages: 'keep' | 'replace'
  /** Front-matter fields holding URLs (`hero.actions.*.link`), rewritten by `links`; default: the generator's. */
  linkFields?: string[]
  /** JSX and HTML attributes whose values are URLs, rewritten by `links` (when they are URLs). */
  linkAttributes: string[]
  /**
   * Front-matter fields that route a page, and what a translation does with each (`keep`, `prefix`
   * with `/{locale}`, `segment`: `{locale}/` in front, `drop`); default: the generator's rules.
   */
  routingFields?: Record<string, RoutingRule>
  /** Folder of the working catalogs, `locales/<tag>/<namespace>.json`. */
  localesDir: string
  /** Folder the build writes to: `dist/docs/…` and (`exportCatalogs`) `dist/locales/…`. */
  outDir: string
  /** BCP 47 tag of the source documents; by default their front matter's `lang`. */
  sourceLanguage?: string
  /** Target languages (the source language is included); by default discovered from the page's language switcher. */
  languages?: string[]
  /** Front-matter fields whose values are translated. */
  frontMatterFields: string[]
  /**
   * Minimum coverage in percent, for all languages or per tag (`{"*": 80, "ja": 100}`): below it a
   * language's documents are not emitted by `build`, and `coverage` fails. Stale counts as not translated.
   */
  minCoverage: number | Record<string, number>
  /** What `build` does with stale translations: use them (the page says `outdated: true`) or fall back to the source. */
  staleTranslations: StalePolicy
  /** Per-check severity overrides, with options where a check has them: `{"length": ["warning", {"high": 3}], "numbers": "error"}`. */
  checks: Record<string, CheckSetting | [CheckSetting, Record<string, number | string | boolean>]>
  /** Glossary file (source term → required rendering per language; do-not-translate terms). */
  glossary: string
  /** Reviewed exceptions file: problems silenced for one segment, each with a reason. */
  exceptions: string
  /** Source segments that legitimately stay the same in every language (names, numbers, `0/400`). */
  untranslated: string[]
  /**
   * Files next to the sources that are not markdown (images, downloads): `copy` them beside every
   * localized document, so relative links keep working, or leave them (`none`).
   */
  assets: 'copy' | 'none'
  /**
   * A target-language page with no translation at all: `copy` the source there (the page says
   * `outdated: true`), or `omit` it and its exported catalog, for generators that fall back to the
   * source language by themselves (Docusaurus, Starlight), or `omit-unlinked`: omit it unless a
   * relative link of another page of the language needs it.
   */
  untranslatedDocuments: UntranslatedPolicy
  /**
   * Write `dist/locales/<tag>/<namespace>.json`, the translations each document uses, for i18next
   * at run time; `false` for a site that publishes only the documents (half a build's files).
   */
  exportCatalogs: boolean
  /**
   * Link and image URLs rewritten in every translated document: `[{"from": "/en/", "to": "/{lang}/"}]`
   * points links to the source's pages at the same page of the document's language.
   */
  links: Array<{from: string; to: string}>
  /** The site generator's markdown: `gfm`, `vitepress`, `docusaurus`, `starlight`, `mdbook`, `hugo` or `jekyll`. */
  dialect: DialectName
  /** remark plugins for your own syntax, as `.remarkrc` lists them: module names (resolved from the project) or `[name, options]`. */
  remarkPlugins: Array<string | [string, unknown]>
  /**
   * Heading ids in translated documents: `keep` explicit `{#id}` and add nothing; `pin` every
   * translated heading to the id of its source heading (`{#slug}`), so links keep working.
   */
  headingIds: 'keep' | 'pin' | 'translate'
  /** JSX attributes whose values are prose and translated. */
  proseAttributes: string[]
  /**
   * Folders outside the project from which `remarkPlugins` may load (a monorepo's root, whose
   * `node_modules` holds them); by default a plugin must be in the project or its `node_modules`.
   */
  pluginFolders: string[]
  /**
   * The site renders `$…$` and `$$…$$` math (VitePress `markdown.math`, remark-math in Docusaurus
   * or Starlight, a math extension in Hugo): formulas are kept, never a translator's text, never
   * pseudo-localized. Off by default: prose such as `$ 10 … $ 20` stays text (`$$` blocks are math
   * in every dialect).
   */
  math: boolean
  /**
   * What `build` does with machine drafts (`md-l10n translate`, not yet reviewed): `use` them (the page
   * says `machineTranslated: true`) or fall back to the source.
   */
  machineTranslations: 'use' | 'fallback'
  /** What `minCoverage` counts in `coverage`: every current translation, or only those a person reviewed (not machine drafts). */
  minCoverageCounts: 'translated' | 'reviewed'
  /** `md-l10n translate`: the providers, the one used by default, per-language instructions, batching. */
  translate: TranslateConfig
}

/** The `translate` setting (docs/translate.md). */
export interface TranslateConfig {
  /** The provider used when `--provider` is not given (default: the only one configured). */
  provider?: string
  /** Providers by name: `{"apertium": {"type": "apertium", "baseUrl": "http://127.0.0.1:2737"}}`. */
  providers: Record<string, {type: string; [setting: string]: unknown}>
  /** Instructions for each language's drafts (formality, style), by tag, `*` for all: sent to LLMs. */
  instructions: Record<string, string>
  /** Characters of source text in one request at most. */
  batchCharacters: number
  /** Segments in one request at most. */
  batchSegments: number
  /** Requests in flight at once. */
  concurrency: number
  /** Retries of a request after a 429, a 503 or a dropped connection. */
  retries: number
}

/** Freeze `value` and everything in it: the defaults are shared by every config read. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/**
 * Every setting's default, frozen (arrays and objects included): a config that changes one of its
 * own settings never changes another's. `defaultConfig()` gives a fresh, mutable copy.
 */
export const defaults: Readonly<Config> = deepFreeze<Config>({
  sourceDir: 'source',
  sources: undefined,
  layout: undefined,
  generator: undefined,
  locales: {},
  existingPages: 'keep',
  linkFields: undefined,
  linkAttributes: ['href', 'link', 'src'],
  routingFields: undefined,
  localesDir: 'locales',
  outDir: 'dist',
  sourceLanguage: undefined,
  languages: undefined,
  frontMatterFields: ['title', 'description'],
  minCoverage: 0,
  staleTranslations: 'use',
  checks: {},
  glossary: 'l10n/glossary.json',
  exceptions: 'l10n/exceptions.json',
  untranslated: [],
  assets: 'copy',
  untranslatedDocuments: 'copy',
  exportCatalogs: true,
  links: [],
  dialect: 'gfm',
  remarkPlugins: [],
  headingIds: 'keep',
  proseAttributes: [...defaultProseAttributes],
  pluginFolders: [],
  math: false,
  machineTranslations: 'use',
  minCoverageCounts: 'translated',
  translate: {providers: {}, instructions: {}, batchCharacters: 4000, batchSegments: 40, concurrency: 4, retries: 4}
})

/** The defaults as a fresh config of the caller's own (no array or object shared with another). */
export function defaultConfig(): Config {
  return structuredClone(defaults) as Config
}

/** The name of the config file in a project root. */
export const configFileName = 'md-l10n.config.json'
