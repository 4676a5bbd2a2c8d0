/**
 * Template tags as each generator reads them: across line breaks (issue 29's hang, `a {{<gh\n1>}}`
 * from Hugo's docs), across what would be block syntax in Hugo, Jekyll and mdBook (they replace
 * tags before markdown), as link destinations, in table cells; and the parse step budget.
 */
import {describe, expect, it} from 'vitest'
import type {Construct, State} from 'micromark-util-types'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {dialectParser, type DialectName} from '../../src/dialects/index.js'
import {spendParseStep} from '../../src/syntax/budget.js'
import {findTags} from '../../src/syntax/template/before-markdown.js'
import {InputError} from '../../src/util/errors.js'

const cases: Array<{dialect: DialectName; markdown: string; segments: string[]}> = [
  {dialect: 'hugo', markdown: 'a {{<gh\n1>}}\n', segments: ['a <1/>']},
  {dialect: 'hugo', markdown: 'Fixed {{< gh 1 >}} and\n{{% gh\n2 %}} here.\n', segments: ['Fixed <1/> and <2/> here.']},
  {dialect: 'hugo', markdown: 'Before.\n\n{{< figure\n  src="a.png"\n>}}\n\nAfter.\n', segments: ['Before.', 'After.']},
  {dialect: 'hugo', markdown: 'See {{< figure\n  src="a.png"\n>}} here.\n', segments: ['See <1/> here.']},
  {
    dialect: 'hugo',
    markdown: 'See [the guide]({{< ref "guide.md" >}}) and [more]({{< relref "/a/b.md#c" >}}).\n',
    segments: ['See <1>the guide</1> and <2>more</2>.']
  },
  {dialect: 'hugo', markdown: 'Write {{</* gh 1 */>}} in a page.\n', segments: ['Write <1/> in a page.']},
  {dialect: 'hugo', markdown: 'An open {{< tag\n\nis text.\n', segments: ['An open {{< tag', 'is text.']},
  {
    dialect: 'hugo',
    markdown:
      'Intro.\n\n{{< code-toggle file=hugo >}}\n[params]\n# A comment\ntitle = "My | site"\n\n[[menus.main]]\n{{< /code-toggle >}}\n',
    segments: ['Intro.']
  },
  {
    dialect: 'hugo',
    markdown: 'Then {{% output file="a.html" %}}\n<p>Hello *world*</p>\n{{% /output %}} after.\n',
    segments: ['Then <1/> after.']
  },
  {
    dialect: 'hugo',
    markdown: '- Go: {{< highlight go >}}\nfunc main() {}\n\n// done\n{{< /highlight >}}\n',
    segments: ['Go: <1/>']
  },
  {
    dialect: 'hugo',
    markdown: '{{< code file=a.toml >}}\nno closer, so the tag alone\n',
    segments: ['<1/> no closer, so the tag alone']
  },
  {dialect: 'hugo', markdown: 'A paragraph\n{{< figure src="a" >}}\n', segments: ['A paragraph']},
  {
    dialect: 'jekyll',
    markdown: 'A note.\n{: .note}\n\n{: #v4-4-1}\n## Version 4.4.1\n\n> Quote\n> {: .q}\n',
    segments: ['A note.', 'Version 4.4.1', 'Quote']
  },
  {dialect: 'jekyll', markdown: 'Text {: .x} and {::comment}c{:/comment}\n', segments: ['Text <1/> and <2/>c<3/>']},
  {dialect: 'jekyll', markdown: 'x {% include a.html\n  b=1 %} y\n', segments: ['x <1/> y']},
  {dialect: 'jekyll', markdown: 'x {{ site.a\n | b }} y\n', segments: ['x <1/> y']},
  {
    dialect: 'jekyll',
    markdown:
      'Read [the docs]({{ site.url }}/docs/) or [a post]({% post_url 2020-01-01-a %}) or [a page]({% link _docs/a.md %}).\n',
    segments: ['Read <1>the docs</1> or <2>a post</2> or <3>a page</3>.']
  },
  {
    dialect: 'jekyll',
    markdown: '| Name | Value |\n| --- | --- |\n| {{ page.x | upcase }} | Text |\n',
    segments: ['Name', 'Value', 'Text']
  },
  {dialect: 'jekyll', markdown: 'Text {% include x.html\n- a=1 %} after.\n', segments: ['Text <1/> after.']},
  {dialect: 'mdbook', markdown: 'x {{#include a.rs\n:2}} y\n', segments: ['x <1/> y']},
  {
    dialect: 'mdbook',
    markdown: 'Escaped \\{{#include a.rs}} stays text.\n',
    segments: ['Escaped {{#include a.rs}} stays text.']
  },
  {dialect: 'vitepress', markdown: 'x {{ a\n  .b }} y\n', segments: ['x <1/> y']},
  // VitePress reads Vue's `{{ }}` in the HTML markdown-it made: a block quote line ends the paragraph.
  {dialect: 'vitepress', markdown: 'x {{ a\n> b }} y\n', segments: ['x {{ a', 'b }} y']}
]

describe('template tags', () => {
  for (const {dialect, markdown, segments} of cases) {
    it(`${dialect}: ${JSON.stringify(markdown)}`, () => {
      const document = segmentDocument(markdown, {dialect, file: 'page.md'})
      expect(document.segments.map((segment) => segment.text)).toEqual(segments)
      expect(assembleDocument(document, () => undefined).markdown).toBe(markdown)
    })
  }

  it('keeps the body of a code shortcode and a kramdown attribute line byte for byte in a pseudo build', () => {
    const hugo = 'Text.\n\n{{< code-toggle >}}\ntitle = "x"\n{{< /code-toggle >}}\n'
    expect(assembleDocument(segmentDocument(hugo, {dialect: 'hugo'}), (segment) => `[${segment.text}]`).markdown).toBe(
      '[Text.]\n\n{{< code-toggle >}}\ntitle = "x"\n{{< /code-toggle >}}\n'
    )
    const jekyll = 'A note.\n{: .note}\n'
    expect(
      assembleDocument(segmentDocument(jekyll, {dialect: 'jekyll'}), (segment) => `Une ${segment.text}`).markdown
    ).toBe('Une A note.\n{: .note}\n')
  })

  it('keeps lines and columns of the nodes after a tag whose line breaks were masked', () => {
    const tree = dialectParser('hugo').parse('{{< a\nb >}}\n\nText *x*.\n')
    const paragraph = tree.children[1]!
    expect(paragraph.position).toEqual({
      start: {line: 4, column: 1, offset: 13},
      end: {line: 4, column: 10, offset: 22}
    })
    expect(tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{type: 'templateSyntax', value: '{{< a\nb >}}'}]
    })
  })

  it('finds tags in linear passes: a closer is looked for once per stretch it covers', () => {
    expect(
      findTags('{{ a {{ b }} {% c %} {{ d\n\n}} {% raw %}{{ e }}{% endraw %}', [
        ['{{', '}}'],
        ['{%', '%}']
      ])
    ).toEqual([
      {start: 0, end: 12},
      {start: 13, end: 20},
      {start: 30, end: 39},
      {start: 46, end: 58}
    ])
  })
})

describe('the parse step budget', () => {
  it('turns a runaway tokenizer into an error naming the file', () => {
    // A construct that never stops (as micromark's subtokenizer did on issue 29's tag).
    const runaway: Construct = {
      tokenize: (): State => {
        for (;;) spendParseStep()
      }
    }
    const plugin = function (this: {data: () => {micromarkExtensions?: unknown[]}}) {
      ;(this.data().micromarkExtensions ??= []).push({text: {[64]: runaway}})
    }
    const run = () => segmentDocument('Mail me @ once.\n', {file: 'docs/runaway.md', plugins: [plugin]})
    expect(run).toThrow(InputError)
    expect(run).toThrow(/more than \d+ steps, a runaway tokenizer for 16 characters/)
    try {
      run()
    } catch (error) {
      expect((error as InputError).file).toBe('docs/runaway.md')
    }
  })
})
