/**
 * dialects/docusaurus: Docusaurus 3: every document is MDX (`.md` too, Docusaurus's default
 * `format: 'mdx'`), admonitions as directives (`:::note[Title]`) and in the older form with a
 * title after the name (`:::warning Title`, which Docusaurus rewrites to a directive before
 * parsing: here the markdown-it container syntax reads it), `{#id}` heading ids.
 */
import {lazyModule} from '../util/lazy.js'
import {remarkContainer} from '../syntax/container/index.js'
import type {Dialect} from './types.js'
import {githubSlugger} from './slugs.js'

const remarkDirective = lazyModule<typeof import('remark-directive')>('remark-directive')

/** Docusaurus's admonition keywords (`@docusaurus/mdx-loader`'s defaults). */
export const docusaurusAdmonitions = [
  'note',
  'tip',
  'info',
  'warning',
  'danger',
  'caution',
  'important',
  'secondary',
  'success'
]

export const docusaurus: Dialect = {
  name: 'docusaurus',
  description: 'Docusaurus: MDX in every document, `:::note[Title]` and `:::warning Title` admonitions, `{#id}` ids',
  slugger: githubSlugger,
  // Docusaurus's MDX refuses `{#id}` once its v4 future flags turn `mdx1Compat.headingIds` off; the
  // escaped form, what its own preprocessor writes otherwise, is read as the id in every Docusaurus 3.
  headingId: (id) => `\\{#${id}}`,
  plugins: () => [remarkDirective().default, [remarkContainer, {names: docusaurusAdmonitions}]],
  markdownIsMdx: true
}
