/**
 * dialects/gfm: CommonMark with GitHub's extensions and `$$` math: GitHub, and any generator
 * without a syntax of its own (the default).
 */
import {lazyModule} from '../util/lazy.js'
import type {Dialect} from './types.js'
import {githubSlugger} from './slugs.js'

const remarkMath = lazyModule<typeof import('remark-math')>('remark-math')

export const gfm: Dialect = {
  name: 'gfm',
  description: 'CommonMark, GFM and `$$` math (GitHub, and the default)',
  // Single-dollar math is off: prose such as `$ 10 billion … $ 1 billion` must stay text.
  slugger: githubSlugger,
  plugins: () => [[remarkMath().default, {singleDollarTextMath: false}]],
  markdownIsMdx: false
}
