/**
 * dialects/jekyll: Jekyll (kramdown with Liquid): Liquid tags `{% … %}` and output `{{ … }}`
 * kept as atoms, `{#id}` heading ids.
 */
import {remarkTemplate} from '../syntax/template/index.js'
import type {Dialect} from './types.js'

export const jekyll: Dialect = {
  name: 'jekyll',
  description: 'Jekyll: Liquid `{% tag %}` and `{{ output }}`',
  plugins: () => [[remarkTemplate, {delimiters: [['{{', '}}'], ['{%', '%}']], beforeMarkdown: true}]],
  markdownIsMdx: false
}
