/**
 * dialects: the markdown of each site generator md-l10n reads (`dialect` in the config), one file
 * each, and the parser for a document of a dialect: remark-parse, remark-gfm, the dialect's
 * syntax extensions, remark-mdx for MDX documents, then the user's own remark plugins.
 */
import type {PluggableList, Processor} from 'unified'
import {lazyModule} from '../util/lazy.js'
import type {Root} from 'mdast'
import {dialectNames, type Dialect, type DialectName} from './types.js'
import {gfm} from './gfm.js'
import {vitepress} from './vitepress.js'
import {docusaurus} from './docusaurus.js'
import {starlight} from './starlight.js'
import {mdbook} from './mdbook.js'
import {hugo} from './hugo.js'
import {jekyll} from './jekyll.js'

// The parser loads when a first document is parsed: a run whose documents are all known from the
// cache (a warm build, a check) never pays for the 300 modules of micromark and its extensions.
const unifiedModule = lazyModule<typeof import('unified')>('unified')
const remarkParse = lazyModule<typeof import('remark-parse')>('remark-parse')
const remarkGfm = lazyModule<typeof import('remark-gfm')>('remark-gfm')
const remarkMdx = lazyModule<typeof import('remark-mdx')>('remark-mdx')
const remarkMath = lazyModule<typeof import('remark-math')>('remark-math')

export const dialects: Readonly<Record<DialectName, Dialect>> = {
  gfm,
  vitepress,
  docusaurus,
  starlight,
  mdbook,
  hugo,
  jekyll
}

export {dialectNames, defaultProseAttributes, type Dialect, type DialectName} from './types.js'

/** A processor that can parse markdown into mdast. */
export type MarkdownParser = Pick<Processor<Root>, 'parse'>

/** Whether a document of `file` is MDX in `dialect`. */
export function isMdxDocument(dialect: DialectName, file: string | undefined): boolean {
  return /\.mdx$/i.test(file ?? '') || (dialects[dialect].markdownIsMdx && /\.(md|markdown)$/i.test(file ?? ''))
}

const builtParsers = new Map<string, MarkdownParser>()
const withPlugins = new WeakMap<PluggableList, Map<string, MarkdownParser>>()

/** What a dialect's parser reads beyond the dialect's own syntax. */
export interface ParserOptions {
  /** MDX (remark-mdx). */
  mdx?: boolean
  /**
   * `$…$` and `$$…$$` math (remark-math), where the site has it on (VitePress `markdown.math`,
   * remark-math in Docusaurus or Starlight): formulas are atoms and blocks, never text.
   */
  math?: boolean
  /** The caller's remark plugins, last. */
  plugins?: PluggableList
}

/** The parser for documents of `dialect` (MDX or not, math or not), with the caller's `plugins` last; built once per combination. */
export function dialectParser(dialect: DialectName, options: ParserOptions = {}): MarkdownParser {
  const id = `${dialect}\n${options.mdx ? 'mdx' : 'md'}\n${options.math ? 'math' : ''}`
  const cache = options.plugins
    ? (withPlugins.get(options.plugins) ?? withPlugins.set(options.plugins, new Map()).get(options.plugins)!)
    : builtParsers
  let parser = cache.get(id)
  if (!parser) {
    const definition = dialects[dialect]
    if (!definition)
      throw new Error(
        `unknown dialect \`${dialect}\`, expected one of ${dialectNames.map((name) => `\`${name}\``).join(', ')}`
      )
    const processor = unifiedModule()
      .unified()
      .use(remarkParse().default)
      .use(remarkGfm().default)
      .use(definition.plugins())
    // After the dialect's: remark-math's options replace gfm's `$$`-only math.
    if (options.math) processor.use(remarkMath().default, {singleDollarTextMath: true})
    if (options.mdx) processor.use(remarkMdx().default)
    if (options.plugins) processor.use(options.plugins)
    parser = processor.freeze() as unknown as MarkdownParser
    cache.set(id, parser)
  }
  return parser
}
