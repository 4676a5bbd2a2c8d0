/**
 * dialects/types: what a dialect is: the syntax extensions its generator reads, as remark
 * plugins, plus the segment rules that differ between generators.
 */
import type {PluggableList} from 'unified'
import type {Slugger} from './slugs.js'

export const dialectNames = ['gfm', 'vitepress', 'docusaurus', 'starlight', 'mdbook', 'hugo', 'jekyll'] as const

/** A site generator's markdown. */
export type DialectName = (typeof dialectNames)[number]

export interface Dialect {
  name: DialectName
  /** One sentence: which generator, and what it reads beyond CommonMark and GFM. */
  description: string
  /** remark plugins (after remark-parse and remark-gfm) for every document; loaded when first parsed. */
  plugins: () => PluggableList
  /** A new slugger for a page: the id the generator gives a heading without an explicit one. */
  slugger: () => Slugger
  /** How an explicit heading id is written after the heading (`pin`): `{#id}` unless the generator reads another form. */
  headingId?: (id: string) => string
  /** Whether `.md` documents are MDX too (Docusaurus parses them so); `.mdx` documents always are. */
  markdownIsMdx: boolean
  /** Whether front matter may follow blank lines at the top of a page (Hugo), not only start it. */
  frontMatterAfterBlankLines?: boolean
}

/** JSX attributes whose values are prose, by default. */
export const defaultProseAttributes = [
  'title',
  'alt',
  'label',
  'description',
  'aria-label',
  'caption',
  'placeholder'
] as const
