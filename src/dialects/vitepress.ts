/**
 * dialects/vitepress: VitePress's markdown-it: `::: tip Title` containers (markdown-it-container,
 * VitePress's own names), `{#id}` heading anchors, Vue `{{ … }}` interpolations in prose;
 * `<script setup>` and `<style>` blocks are HTML blocks, never segments.
 */
import {remarkContainer} from '../syntax/container/index.js'
import {remarkTemplate} from '../syntax/template/index.js'
import {remarkKept, type RemarkKeptOptions} from '../syntax/kept/index.js'
import type {Dialect} from './types.js'
import {vitepressSlugger} from './slugs.js'

/** The containers VitePress registers (`src/node/markdown/plugins/containers.ts`). */
export const vitepressContainers = [
  'tip',
  'info',
  'warning',
  'danger',
  'details',
  'code-group',
  'raw',
  'v-pre',
  'important',
  'note',
  'caution'
]

/** One markdown-it-attrs attribute: `.class`, `#id`, `key`, `key=value`, `key="a b"`. */
const attribute = String.raw`(?:[.#][\w-]+|[\w-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'{}]*))?)`

/**
 * What VitePress's markdown-it plugins read that is never prose: `<<<` snippet imports and
 * `[[toc]]` as lines (its snippet plugin, @mdit-vue/plugin-toc), markdown-it-attrs attribute
 * blocks and `:emoji:` shortcodes (@mdit/plugin-emoji) as atoms. Text a translator writes that
 * would start one is escaped (`\<<<`, `\[[toc]]`), an attribute block's `{` in `<span v-pre>`
 * (markdown-it-attrs reads the text after markdown-it dropped a backslash).
 */
export const vitepressKept: RemarkKeptOptions = {
  lines: [
    {name: 'snippet', start: '<', pattern: /^<<<[ \t]*\S/},
    {name: 'toc', start: '[', pattern: /^\[\[toc\]\]$/i}
  ],
  inline: [
    {
      name: 'attributes',
      start: '{',
      end: '}',
      pattern: new RegExp(String.raw`^\{[ \t]*${attribute}(?:[ \t]+${attribute})*[ \t]*\}$`),
      endOrAttached: true
    },
    {name: 'emoji', start: ':', end: ':', pattern: /^:(?:[a-z][a-z0-9_+-]*|\+1|-1):$/, maxLength: 40}
  ],
  unsafe: [
    {atBreak: true, character: '<', after: '<<'},
    {atBreak: true, character: '[', after: String.raw`\[toc\]\]`},
    {character: ':', after: '(?:[a-z][a-z0-9_+-]*|\\+1|-1):', inConstruct: 'phrasing'},
    {
      character: '{',
      after: String.raw`[ \t]*[.#\w][^{}\n]*\}[ \t]*(?:\n|$)`,
      inConstruct: 'phrasing',
      l10nEncode: 'v-pre'
    },
    {
      character: '{',
      before: '[*_~`)\\]>]',
      after: String.raw`[ \t]*[.#\w][^{}\n]*\}`,
      inConstruct: 'phrasing',
      l10nEncode: 'v-pre'
    }
  ]
}

export const vitepress: Dialect = {
  name: 'vitepress',
  description: 'VitePress: `::: name title` containers, `{#id}` anchors, Vue `{{ }}` and `<script setup>`',
  slugger: vitepressSlugger,
  plugins: () => [
    [remarkContainer, {names: vitepressContainers}],
    [remarkTemplate, {delimiters: [['{{', '}}']], textEncoding: 'v-pre'}],
    [remarkKept, vitepressKept]
  ],
  markdownIsMdx: false
}
