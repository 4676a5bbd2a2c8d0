/**
 * Hostile translations (issue 31): whatever a translator, a platform or an MT engine writes is
 * text in every output context. Each translation goes into every segment of a page of each
 * dialect, and the generator's own reader is the judge: the MDX compiler (no module code, no
 * expression, no element it did not have), VitePress's markdown-it read by Vue's template
 * compiler (no interpolation, no script, no event handler), Liquid (no tag, no output), Hugo's
 * and mdBook's delimiters; md-l10n's parser for the structure (no new heading, table, link, list).
 */
import {describe, expect, it} from 'vitest'
import {compile} from '@mdx-js/mdx'
import MarkdownIt from 'markdown-it'
import {baseParse, type RootNode, type TemplateChildNode} from '@vue/compiler-dom'
import {Liquid} from 'liquidjs'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {documentShape, shapeDifference} from '../../src/check/structure.js'
import {dialectNames, type DialectName} from '../../src/dialects/index.js'

const hostile = [
  'export const x = import("node:child_process").then((m) => m.execSync("touch /tmp/pwned"))',
  'import fs from "node:fs"',
  "Texte {''.constructor.constructor('return process')().exit()} fin",
  "{{ ''.constructor.constructor('return process')().exit() }}",
  '{% include /etc/passwd %} et {{ site.github }}',
  '{{< param "secret" >}} et {{% shortcode %}} et {{#include ../../secret.rs}}',
  'Texte.\rlayout: evil\rpermalink: /admin/',
  'x\r\r# Injected',
  'x\u2028# Injected\u2029- item',
  'a | b\n:-- | :--',
  'https://evil.test www.evil.test evil@evil.test',
  '<script>alert(1)</script> <img src=x onerror=alert(1)>',
  '[click](javascript:alert(1)) ![x](https://evil.test/t.png) [y]: https://evil.test',
  ':::danger Injected\nx\n:::',
  '<Tabs>x</Tabs> <!-- c --> &lt;b&gt;',
  '[!CAUTION] [[toc]] <<< @/secret.ts :tada: $x$'
]

const sources: Record<DialectName, string> = Object.fromEntries(
  dialectNames.map((dialect) => [
    dialect,
    '# A heading\n\nA paragraph of text.\n\n- A list item\n\n> A quote\n\n| Head |\n| ---- |\n| Cell |\n'
  ])
) as Record<DialectName, string>

const vitepressMarkdown = new MarkdownIt({html: true, linkify: true})
vitepressMarkdown.linkify.set({fuzzyLink: false})

/** What Vue would run in a template: interpolations, directives and event handlers, scripts. */
function vueCode(html: string): string[] {
  const found: string[] = []
  const visit = (node: RootNode | TemplateChildNode) => {
    if (node.type === 5) found.push(`interpolation ${JSON.stringify(node.loc.source)}`)
    if (node.type === 1) {
      if (node.tag === 'script') found.push('script')
      for (const prop of node.props) if (prop.type === 7 || /^on/i.test(prop.name)) found.push(`attribute ${prop.name}`)
    }
    if ('children' in node) for (const child of node.children as TemplateChildNode[]) visit(child)
  }
  visit(baseParse(html))
  return found
}

/** Module code and expressions in an MDX document, as the MDX compiler reads it. */
async function mdxCode(markdown: string): Promise<string[]> {
  const found: string[] = []
  await compile(markdown, {
    remarkPlugins: [
      () => (tree) => {
        const visit = (node: {type: string; children?: unknown[]}) => {
          if (/^mdx(js|FlowExpression|TextExpression|JsxFlowElement|JsxTextElement)/.test(node.type))
            found.push(node.type)
          for (const child of (node.children ?? []) as Array<{type: string}>) visit(child)
        }
        visit(tree as never)
      }
    ]
  })
  return found
}

const liquid = new Liquid()
/** Liquid tags and outputs Jekyll would run. */
const liquidCode = (markdown: string) =>
  liquid.parse(markdown).filter((template) => template.constructor.name !== 'HTML').length

function localize(dialect: DialectName, file: string, translation: string): string {
  const document = segmentDocument(sources[dialect], {dialect, file})
  const {markdown, fallbacks} = assembleDocument(document, () => translation)
  expect(fallbacks).toEqual([])
  return markdown
}

describe('a hostile translation is text in every output context', () => {
  for (const translation of hostile) {
    describe(JSON.stringify(translation), () => {
      for (const dialect of dialectNames) {
        it(`${dialect}: keeps the page's structure`, () => {
          const markdown = localize(dialect, 'page.md', translation)
          const read = markdown.replaceAll('<span v-pre>{</span>', '&#x7B;')
          expect(shapeDifference(documentShape(sources[dialect]), documentShape(read))).toBeUndefined()
        })
      }
      it('MDX (Docusaurus): compiles with no module code, expression or element', async () => {
        expect(await mdxCode(localize('docusaurus', 'page.mdx', translation))).toEqual([])
      })
      it('VitePress: markdown-it and Vue run nothing', () => {
        const html = vitepressMarkdown.render(localize('vitepress', 'page.md', translation))
        expect(vueCode(html)).toEqual([])
      })
      it('Jekyll: Liquid reads no tag and no output', () => {
        expect(liquidCode(localize('jekyll', 'page.md', translation))).toBe(0)
      })
      it('Hugo and mdBook: no shortcode or preprocessor tag opens', () => {
        expect(localize('hugo', 'page.md', translation)).not.toMatch(/\{\{[<%]/)
        expect(localize('mdbook', 'page.md', translation)).not.toMatch(/\{\{#/)
      })
    })
  }
})
