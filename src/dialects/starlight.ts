/**
 * dialects/starlight: Astro Starlight: asides as directives (`:::note[Title]`), MDX in `.mdx`
 * documents; headings are slugged from their (translated) text, so `headingIds: "translate"`
 * suits it.
 */
import remarkDirective from 'remark-directive'
import type {Dialect} from './types.js'

export const starlight: Dialect = {
  name: 'starlight',
  description: 'Starlight (Astro): `:::note[Title]` asides, MDX in `.mdx` documents',
  plugins: [remarkDirective],
  markdownIsMdx: false,
  escapeBraces: false,
  escapeColons: true
}
