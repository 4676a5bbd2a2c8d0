/**
 * dialects/mdbook: mdBook: `{{#include …}}`, `{{#rustdoc_include …}}`, `{{#playground …}}` and
 * `{{#title …}}` preprocessor tags, kept as atoms; `{#id}` heading attributes.
 */
import {remarkTemplate} from '../syntax/template/index.js'
import type {Dialect} from './types.js'
import {mdbookSlugger} from './slugs.js'

export const mdbook: Dialect = {
  name: 'mdbook',
  description: 'mdBook: `{{#include …}}` and the other `{{#…}}` preprocessor tags',
  slugger: mdbookSlugger,
  plugins: () => [[remarkTemplate, {delimiters: [['{{#', '}}']], beforeMarkdown: true}]],
  markdownIsMdx: false
}
