/**
 * dialects/vitepress: VitePress's markdown-it: `::: tip Title` containers (markdown-it-container,
 * VitePress's own names), `{#id}` heading anchors, Vue `{{ … }}` interpolations in prose;
 * `<script setup>` and `<style>` blocks are HTML blocks, never segments.
 */
import {remarkContainer} from '../syntax/container/index.js'
import {remarkTemplate} from '../syntax/template/index.js'
import type {Dialect} from './types.js'

/** The containers VitePress registers (`src/node/markdown/plugins/containers.ts`). */
export const vitepressContainers = ['tip', 'info', 'warning', 'danger', 'details', 'code-group', 'raw', 'v-pre', 'important', 'note', 'caution']

export const vitepress: Dialect = {
  name: 'vitepress',
  description: 'VitePress: `::: name title` containers, `{#id}` anchors, Vue `{{ }}` and `<script setup>`',
  plugins: () => [
    [remarkContainer, {names: vitepressContainers}],
    [remarkTemplate, {delimiters: [['{{', '}}']], textEncoding: 'v-pre'}]
  ],
  markdownIsMdx: false
}
