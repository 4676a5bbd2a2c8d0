/**
 * dialects/hugo: Hugo (Goldmark): shortcodes `{{< … >}}` and `{{% … %}}` kept as atoms (the
 * text between an opening and a closing shortcode is prose), `{#id}` heading attributes.
 */
import {remarkTemplate} from '../syntax/template/index.js'
import type {Dialect} from './types.js'
import {hugoSlugger} from './slugs.js'

/** Hugo's shortcodes whose body is code (its docs' `code`, `code-toggle`, `output`, and the built-in `highlight`). */
export const hugoCodeShortcodes = ['code', 'code-toggle', 'output', 'highlight']

export const hugo: Dialect = {
  name: 'hugo',
  description: 'Hugo: `{{< shortcode >}}` and `{{% shortcode %}}`',
  slugger: () => hugoSlugger(),
  plugins: () => [
    [
      remarkTemplate,
      {
        delimiters: [
          ['{{<', '>}}'],
          ['{{%', '%}}']
        ],
        beforeMarkdown: true,
        codeBodies: hugoCodeShortcodes
      }
    ]
  ],
  markdownIsMdx: false,
  frontMatterAfterBlankLines: true
}
