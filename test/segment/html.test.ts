import {describe, expect, it} from 'vitest'
import type {Element, Nodes as HastNodes} from 'hast'
import type {Html} from 'mdast'
import {fromHtml} from 'hast-util-from-html'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {visit} from 'unist-util-visit'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {documentShape, shapeDifference} from '../../src/check/structure.js'
import {runChecks} from '../../src/check/runner.js'
import {tags} from '../../src/check/rules/tags.js'
import {emptyGlossary} from '../../src/check/glossary-file.js'
import {InputError} from '../../src/util/errors.js'
import {fixtures} from '../helpers.js'

const source = fixtures().find(([name]) => name === 'html-prose.md')![1]

/** Every html node's element tree: tag names and attributes, text and prose attribute values left out. */
function elementTrees(markdown: string): unknown[] {
  const trees: unknown[] = []
  const prose = new Set(['title', 'alt', 'ariaLabel', 'placeholder', 'caption'])
  const tree = (node: HastNodes): unknown => {
    if (node.type === 'element') {
      const properties = Object.fromEntries(
        Object.entries(node.properties).map(([name, value]) => [name, prose.has(name) ? '…' : value])
      )
      return {tagName: node.tagName, properties, children: node.children.map(tree).filter(Boolean)}
    }
    if (node.type === 'root') return node.children.map(tree).filter(Boolean)
    if (node.type === 'comment') return {comment: node.value}
    return undefined
  }
  visit(fromMarkdown(markdown), 'html', (node: Html) => {
    trees.push(tree(fromHtml(node.value, {fragment: true})))
  })
  return trees
}

function elements(markdown: string, tagName: string): Element[] {
  const found: Element[] = []
  visit(fromMarkdown(markdown), 'html', (node: Html) => {
    visit(fromHtml(node.value, {fragment: true}), 'element', (element: Element) => {
      if (element.tagName === tagName) found.push(element)
    })
  })
  return found
}

describe('raw HTML in markdown', () => {
  const document = segmentDocument(source)

  it('offers the text of phrasing elements and prose attributes, nothing else', () => {
    expect(document.segments.map(({kind, key, text}) => [kind, key.replace(/-.*/, ''), text])).toEqual([
      ['attribute', 'attr', 'pnpm website'],
      ['attribute', 'attr', 'pnpm logo'],
      ['html', 'html', 'Fast, disk space efficient package manager'],
      ['heading', 'h', 'Frequently asked questions'],
      ['html', 'html', 'Why does <1>pnpm</1> use symlinks?'],
      ['paragraph', 'p', 'Because it keeps a single copy of each package in a content-addressable store.'],
      ['attribute', 'attr', 'Architecture diagram'],
      ['attribute', 'attr', 'How packages are linked'],
      ['html', 'html', 'The store & the <1/> layout, side by side.'],
      ['html', 'html', 'Some prose about <1>the configuration file</1>.'],
      ['paragraph', 'p', 'Press <1/>Ctrl<2/>+<3/>C<4/> to stop, and read about <5/>i18n<6/>.'],
      ['attribute', 'attr', 'Internationalization'],
      ['attribute', 'attr', 'Search the docs'],
      ['attribute', 'attr', 'Search'],
      ['attribute', 'attr', 'Writing a program that prints Hello, world!'],
      ['html', 'html', 'Command'],
      ['html', 'html', 'Result'],
      ['html', 'html', 'Installs a package']
    ])
    // Each segment's range is exactly what it stands for in the source.
    const ranges = document.segments
      .filter(({kind}) => kind === 'attribute')
      .map(({start, end}) => source.slice(start, end))
    expect(ranges).toEqual([
      'pnpm website',
      'pnpm logo',
      'Architecture diagram',
      'How packages are linked',
      'Internationalization',
      'Search the docs',
      'Search',
      'Writing a program that prints Hello, world!'
    ])
    const figcaption = document.segments.find(({text}) => text.startsWith('The store'))!
    expect(source.slice(figcaption.start, figcaption.end)).toBe(
      'The store &amp; the <code>node_modules</code> layout, side by side.'
    )
    expect(
      document.segments.every(
        (segment) => segment.kind === 'heading' || segment.kind === 'paragraph' || segment.html === true
      )
    ).toBe(true)
  })

  it('comes back byte for byte with no translation and with the source text as translation', () => {
    expect(assembleDocument(document, () => undefined).markdown).toBe(source)
    expect(assembleDocument(document, (segment) => segment.text).markdown).toBe(source)
  })

  it('keeps every element, attribute and comment through pseudo-localization', () => {
    const result = assembleDocument(document, (segment) => pseudoLocalize(segment.text))
    expect(result.fallbacks).toEqual([])
    expect(result.markdown).toContain('<summary>[Ŵĥý ðöéš <b>þñþɱ</b> ûšé šýɱļîñķš? ')
    expect(result.markdown).toContain('alt="[Åŕçĥîţéçţûŕé ðîåĝŕåɱ ')
    expect(result.markdown).toContain('<figcaption>[Ţĥé šţöŕé &amp; ţĥé <code>node_modules</code> ')
    expect(elementTrees(result.markdown)).toEqual(elementTrees(source))
    expect(shapeDifference(documentShape(source), documentShape(result.markdown))).toBeUndefined()
  })

  it('writes markup a translation types as text, in element text and in attribute values', () => {
    const hostile = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    const markdown = assembleDocument(document, (segment) => `${hostile} ${segment.text}`).markdown
    expect(markdown).toContain(
      '<summary>&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; Why does <b>pnpm</b> use symlinks?</summary>'
    )
    expect(markdown).toContain(
      'alt="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt; Architecture diagram"'
    )
    expect(elements(markdown, 'script')).toHaveLength(elements(source, 'script').length)
    expect(elements(markdown, 'img')).toHaveLength(elements(source, 'img').length)
    expect(elementTrees(markdown)).toEqual(elementTrees(source))
    // The document's own script block is not touched.
    expect(markdown).toContain("<script>\n  window.analytics = {event: 'Page viewed'}\n</script>")
  })

  it('reports and does not use a translation that drops a tag', () => {
    const summary = document.segments.find(({text}) => text.startsWith('Why does'))!
    const translation = 'Pourquoi pnpm utilise-t-il des liens symboliques ?'
    const result = assembleDocument(document, (segment) => (segment === summary ? translation : undefined))
    expect(result.fallbacks.map(({segment, reason}) => [segment.key, reason])).toEqual([
      [summary.key, 'tag `<1>` missing']
    ])
    expect(result.markdown).toBe(source)
    const problems = runChecks({
      language: 'fr',
      sourceLanguage: 'en',
      namespace: 'html-prose',
      entries: [{key: summary.key, status: 'current', source: summary.text, translation}],
      settings: {glossary: emptyGlossary, untranslated: new Set()},
      checks: [tags]
    })
    expect(problems.map(({messageId}) => messageId)).toEqual(['missingTag'])
  })

  it('finds HTML in blockquotes and list items, and keeps CRLF line endings', () => {
    const quoted =
      '> <details>\r\n> <summary>Why does <b>pnpm</b>\r\n> use symlinks?</summary>\r\n\r\n- <p title="A tip">Item\r\n  text &lt; here</p>\r\n'
    const quotedDocument = segmentDocument(quoted)
    expect(quotedDocument.segments.map(({text, start, end}) => [text, quoted.slice(start, end)])).toEqual([
      ['Why does <1>pnpm</1> use symlinks?', 'Why does <b>pnpm</b>\r\n> use symlinks?'],
      ['A tip', 'A tip'],
      ['Item text < here', 'Item\r\n  text &lt; here']
    ])
    expect(assembleDocument(quotedDocument, (segment) => segment.text).markdown).toBe(quoted)
    const translated = assembleDocument(quotedDocument, (segment) =>
      segment.text.replace('Why does', 'Pourquoi').replace('here', 'ici')
    ).markdown
    expect(translated).toBe(
      '> <details>\r\n> <summary>Pourquoi <b>pnpm</b> use symlinks?</summary>\r\n\r\n- <p title="A tip">Item text &lt; ici</p>\r\n'
    )
  })

  it('leaves VitePress script and style blocks and Vue interpolations alone', () => {
    const page =
      '<script setup>\nconst title = "Home"\n</script>\n\n<p class="lead">Welcome to {{ title }}, {{ $frontmatter.tagline }}</p>\n\n<style scoped>\n.lead { font-size: 2em }\n</style>\n'
    const vitepress = segmentDocument(page, {dialect: 'vitepress'})
    expect(vitepress.segments.map(({kind, text}) => [kind, text])).toEqual([['html', 'Welcome to <1/>, <2/>']])
    const markdown = assembleDocument(vitepress, () => 'Bienvenue sur <1/> {{ injected }}, <2/>').markdown
    expect(markdown).toBe(
      page.replace(
        'Welcome to {{ title }}, {{ $frontmatter.tagline }}',
        'Bienvenue sur {{ title }} &#123;&#123; injected &#125;&#125;, {{ $frontmatter.tagline }}'
      )
    )
  })

  it('offers the prose attributes the project names, and never a URL or a class', () => {
    const page = '<x-card heading="Getting started" href="/guide" class="Big card" data-title="Hidden">\n\n</x-card>\n'
    expect(segmentDocument(page).segments).toEqual([])
    expect(
      segmentDocument(page, {proseAttributes: ['heading', 'href', 'class', 'data-title']}).segments.map(
        ({text}) => text
      )
    ).toEqual(['Getting started'])
  })

  it('offers neither number-only nor whitespace-only text, nor comments', () => {
    const page = '<div>\n  <span>2024</span> <span>   </span> <!-- Not for translators -->\n</div>\n\n<p>1.2.3</p>\n'
    expect(segmentDocument(page).segments).toEqual([])
  })

  it('refuses HTML nested too deeply to read, naming the file and line', () => {
    const page = `Intro\n\n<div>${'<span>'.repeat(20_000)}Deep${'</span>'.repeat(20_000)}</div>\n`
    expect(() => segmentDocument(page, {file: 'deep.md'})).toThrow(InputError)
    expect(() => segmentDocument(page, {file: 'deep.md'})).toThrow(
      expect.objectContaining({file: 'deep.md', line: 3, message: 'the HTML is nested too deeply to read'})
    )
  })
})
