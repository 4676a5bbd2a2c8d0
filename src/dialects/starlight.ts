/**
 * dialects/starlight: Astro Starlight: asides as directives (`:::note[Title]`), MDX in `.mdx`
 * documents; headings are slugged from their (translated) text, so `headingIds: "translate"`
 * suits it.
 */
import {lazyModule} from '../util/lazy.js'
import type {Dialect} from './types.js'
import {githubSlugger} from './slugs.js'

const remarkDirective = lazyModule<typeof import('remark-directive')>('remark-directive')

export const starlight: Dialect = {
  name: 'starlight',
  description: 'Starlight (Astro): `:::note[Title]` asides, MDX in `.mdx` documents',
  slugger: githubSlugger,
  plugins: () => [remarkDirective().default],
  markdownIsMdx: false
}
