import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {compile} from '@mdx-js/mdx'
import remarkDirective from 'remark-directive'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {documentShape, shapeDifference} from '../../src/check/structure.js'
import {dialectParser, isMdxDocument, type DialectName} from '../../src/dialects/index.js'
import {InputError} from '../../src/util/errors.js'
import {projectRoot} from '../helpers.js'

/** What a generator reads as syntax, never translated: fence lines with their names, `{#id}`, ESM lines, `<script>`/`<style>` tags, template tags, MDX comments. */
const syntaxPattern =
  /^[ \t]*:{3,}[ \t]*[\w-]*|\{#[^}]+\}|^(?:import|export)\s.*$|<\/?(?:script|style)\b[^>]*>|\{\{.*?\}\}|\{%.*?%\}|\{\/\*.*?\*\/\}/gm

export function syntaxParts(markdown: string): string[] {
  return [...markdown.matchAll(syntaxPattern)].map(([part]) => part).sort()
}

/** What Docusaurus does to a document before its MDX parse (`@docusaurus/mdx-loader`'s preprocessor): heading ids escaped, `:::name Title` as a directive label. */
export function docusaurusPreprocess(markdown: string): string {
  return markdown
    .replace(/^(#{1,6}\s.*?)\{#([^}]+)\}\s*$/gm, '$1\\{#$2\\}')
    .replace(/^(\s*:::+)([a-z]+) +(\S.*)$/gm, '$1$2[$3]')
}

const fixtures: Array<{dialect: DialectName; file: string; segments: string[]}> = [
  {
    dialect: 'docusaurus',
    file: 'admonitions.md',
    segments: [
      'frontMatter: Filtering',
      'heading: Matching packages',
      'paragraph: Filtering restricts commands to a subset of the workspace.',
      'containerTitle: Scoped styles',
      'paragraph: Selectors may be combined.',
      'containerTitle: Deprecated flag',
      'paragraph: <1/> will be removed in the next major version.',
      'attribute: Using pnpm'
    ]
  },
  {
    dialect: 'docusaurus',
    file: 'partial.mdx',
    segments: [
      'heading: Shell emulator',
      'paragraph: Added in v<1/>. When <2>true</2>, pnpm uses a JavaScript shell for <3/>.',
      'paragraph: <1>Why a JavaScript shell?</1>',
      'paragraph: It behaves the same on Windows and POSIX systems.',
      'alt: Diagram of the shell',
      'title: The shell'
    ]
  },
  {
    dialect: 'vitepress',
    file: 'containers.md',
    segments: [
      'frontMatter: Server Options',
      'heading: Server Options',
      'containerTitle: Keep it short',
      'paragraph: The dev server prefers port <1/> and uses the next free one.',
      'containerTitle: Advanced usage',
      'paragraph: Exposing the server on the network shares your files.',
      'paragraph: The current version is <1/> as of today.'
    ]
  },
  {
    dialect: 'vitepress',
    file: 'script-setup.md',
    segments: ['heading: Team', 'paragraph: Vite is built by a team of volunteers, listed below.']
  },
  {
    dialect: 'starlight',
    file: 'asides.mdx',
    segments: [
      'frontMatter: Scoped styles',
      'frontMatter: How Astro scopes component styles.',
      'containerTitle: Scoped styles',
      'paragraph: Styles written in a component only apply to it.',
      'paragraph: Global styles affect every page.',
      'paragraph: <1>Prefer classes to element selectors.</1>',
      'attribute: Use a class'
    ]
  },
  {
    dialect: 'mdbook',
    file: 'include.md',
    segments: [
      'heading: Hello, World!',
      'paragraph: Now open the <1>main.rs</1> file you just created and enter the code in Listing 1-1.',
      'attribute: A program that prints `Hello, world!`',
      'paragraph: The text of <1/> stays as it is.'
    ]
  },
  {
    dialect: 'hugo',
    file: 'shortcodes.md',
    segments: [
      'frontMatter: Install Hugo',
      'paragraph: Install the extended edition <1/> to use Sass.',
      'line: Hugo needs <1>Go 1.22</1> or later to build from source.',
      'paragraph: See <1/> for Linux.'
    ]
  },
  {
    dialect: 'jekyll',
    file: 'liquid.md',
    segments: [
      'frontMatter: Release notes',
      'paragraph: Version <1/> is out, with <2/> changes.',
      'line: Try the beta channel before it ships.'
    ]
  }
]

describe.each(fixtures)('$dialect/$file', ({dialect, file, segments}) => {
  const source = readFileSync(path.join(projectRoot, 'test/fixtures', dialect, file), 'utf8')
  const document = segmentDocument(source, {dialect, file})
  const pseudo = assembleDocument(document, (segment) => pseudoLocalize(segment.text)).markdown
  const mdx = isMdxDocument(dialect, file)

  it('has exactly the prose as segments', () => {
    expect(document.segments.map(({kind, text}) => `${kind}: ${text}`)).toEqual(segments)
  })
  it('comes back byte for byte without translations', () => {
    expect(assembleDocument(document, () => undefined).markdown).toBe(source)
  })
  it('keeps every syntax line of the generator in the pseudo-localized page', () => {
    const kept = syntaxParts(source)
    expect(kept.length).toBeGreaterThan(0)
    expect(syntaxParts(pseudo)).toEqual(kept)
  })
  it('has the structure of the source when pseudo-localized', () => {
    const parser = dialectParser(dialect, {mdx})
    expect(shapeDifference(documentShape(source, parser), documentShape(pseudo, parser))).toBeUndefined()
  })
  it.runIf(mdx)('compiles with @mdx-js/mdx when pseudo-localized', async () => {
    await expect(
      compile(dialect === 'docusaurus' ? docusaurusPreprocess(pseudo) : pseudo, {remarkPlugins: [remarkDirective]})
    ).resolves.toBeDefined()
  })
})

const invalid: Array<{name: string; dialect: DialectName; file: string; source: string; message: string}> = [
  {
    name: 'an unclosed VitePress container',
    dialect: 'vitepress',
    file: 'guide.md',
    source: '# Guide\n\n::: tip Keep it short\nNever closed.\n',
    message: 'guide.md:3: container `::: tip Keep it short` is never closed: add a `:::` line after its content'
  },
  {
    name: 'an unclosed nested container',
    dialect: 'vitepress',
    file: 'guide.md',
    source: ':::: details More\n::: tip\nInner.\n:::\n',
    message: 'guide.md:1: container `:::: details More` is never closed: add a `::::` line after its content'
  },
  {
    name: 'an unclosed admonition',
    dialect: 'docusaurus',
    file: 'intro.md',
    source: 'Text.\n\n:::note[Heads up]\nNever closed.\n',
    message: 'intro.md:3: container `:::note[Heads up]` is never closed: add a `:::` line after its content'
  },
  {
    name: 'an unclosed JSX element',
    dialect: 'docusaurus',
    file: 'tabs.mdx',
    source: '# Tabs\n\n<Tabs>\n\nText.\n',
    message: 'tabs.mdx:3:1: invalid MDX: Expected a closing tag for `<Tabs>` (3:1-3:7)'
  },
  {
    name: 'a broken expression',
    dialect: 'starlight',
    file: 'page.mdx',
    source: 'Hello {name.\n',
    message:
      'page.mdx:1:13: invalid MDX: Unexpected end of file in expression, expected a corresponding closing brace for `{`'
  }
]

describe('refuses bad input with the file and line', () => {
  it.each(invalid)('$name', ({dialect, file, source, message}) => {
    let error: unknown
    try {
      segmentDocument(source, {dialect, file})
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect(String(error)).toBe(message)
  })
})

describe('heading ids', () => {
  it.each([
    ['## Mounting the App {#mounting-the-app}\n', 'mounting-the-app', 'Mounting the App'],
    ['## Mounting { #mount .big }\n', 'mount', 'Mounting'],
    ['## Kramdown {: #kd}\n', 'kd', 'Kramdown'],
    ['> ## Quoted {#q}\n', 'q', 'Quoted']
  ])('%j keeps its id outside the segment in every dialect', (source, id, text) => {
    for (const dialect of ['gfm', 'vitepress', 'docusaurus', 'starlight', 'mdbook', 'hugo', 'jekyll'] as const) {
      const document = segmentDocument(source, {dialect, file: 'page.md'})
      expect(document.segments.map((segment) => [segment.text, segment.anchor])).toEqual([[text, {id, explicit: true}]])
      expect(assembleDocument(document, () => 'Übersetzt').markdown).toBe(source.replace(text, 'Übersetzt'))
    }
  })
  it('pins translated headings to the slugs of the source, with the duplicate counter', () => {
    const source = '# Intro\n\n## Setup\n\n## Setup\n\n## `code` only\n\n## Kept {#kept}\n'
    const document = segmentDocument(source, {file: 'page.md'})
    expect(document.headings!.map(({id}) => id)).toEqual(['intro', 'setup', 'setup-1', 'code-only', 'kept'])
    const pinned = assembleDocument(document, (segment) => `Ü ${segment.text}`, {headingIds: 'pin'}).markdown
    expect(pinned).toBe(
      '# Ü Intro {#intro}\n\n## Ü Setup {#setup}\n\n## Ü Setup {#setup-1}\n\n## Ü <1/> only {#code-only}\n\n## Ü Kept {#kept}\n'.replace(
        'Ü <1/>',
        'Ü `code`'
      )
    )
    expect(assembleDocument(document, () => undefined, {headingIds: 'pin'}).markdown).toBe(source)
  })
})
