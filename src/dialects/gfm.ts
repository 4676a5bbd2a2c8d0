/**
 * dialects/gfm: CommonMark with GitHub's extensions and `$$` math: GitHub, and any generator
 * without a syntax of its own (the default).
 */
import remarkMath from 'remark-math'
import type {Dialect} from './types.js'

export const gfm: Dialect = {
  name: 'gfm',
  description: 'CommonMark, GFM and `$$` math (GitHub, and the default)',
  // Single-dollar math is off: prose such as `$ 10 billion … $ 1 billion` must stay text.
  plugins: () => [[remarkMath, {singleDollarTextMath: false}]],
  markdownIsMdx: false,
  escapeBraces: false
}
