/**
 * dialects/jekyll: Jekyll (kramdown with Liquid): Liquid tags `{% … %}` and output `{{ … }}`
 * kept as atoms, `{#id}` heading ids.
 */
import {remarkTemplate} from '../syntax/template/index.js'
import type {Dialect} from './types.js'
import {jekyllSlugger} from './slugs.js'

export const jekyll: Dialect = {
  name: 'jekyll',
  description: 'Jekyll: Liquid `{% tag %}` and `{{ output }}`',
  slugger: jekyllSlugger,
  plugins: () => [
    [
      remarkTemplate,
      {
        delimiters: [
          ['{{', '}}'],
          ['{%', '%}'],
          ['{:', '}']
        ],
        beforeMarkdown: true
      }
    ]
  ],
  markdownIsMdx: false
}
