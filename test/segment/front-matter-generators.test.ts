/**
 * Front matter as the generators read it (issue 29): a repeated key is read with a warning (the
 * last one wins, as in Hugo and Jekyll), Hugo reads front matter after blank lines at the top of a
 * page, and `.markdown` files are sources.
 */
import {mkdtempSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {listSources} from '../../src/project/read.js'
import {nodeHost} from '../../src/node/host.js'
import type {DialectName} from '../../src/dialects/index.js'

const cases: Array<{
  name: string
  dialect: DialectName
  markdown: string
  segments: Array<[string, string]>
  warnings?: Array<{message: string; line: number}>
}> = [
  {
    name: 'a repeated key: the last one is read, with a warning',
    dialect: 'hugo',
    markdown: '---\ntitle: First\ndescription: About\ntitle: Second\n---\nText.\n',
    segments: [
      ['frontMatter', 'About'],
      ['frontMatter', 'Second'],
      ['paragraph', 'Text.']
    ],
    warnings: [
      {
        message: 'front matter repeats the key `title`: the last one is read, as Hugo and Jekyll do; remove the others',
        line: 4
      }
    ]
  },
  {
    name: 'a key repeated inside a mapping',
    dialect: 'jekyll',
    markdown: '---\nhero:\n  name: A\n  name: B\ntitle: T\n---\n',
    segments: [['frontMatter', 'T']],
    warnings: [
      {
        message: 'front matter repeats the key `name`: the last one is read, as Hugo and Jekyll do; remove the others',
        line: 4
      }
    ]
  },
  {
    name: 'Hugo: front matter after blank lines',
    dialect: 'hugo',
    markdown: '\n\n---\ntitle: Late\n---\nText.\n',
    segments: [
      ['frontMatter', 'Late'],
      ['paragraph', 'Text.']
    ]
  },
  {
    name: 'Hugo: TOML front matter after a blank line',
    dialect: 'hugo',
    markdown: '\n+++\ntitle = "Late"\n+++\nText.\n',
    segments: [
      ['frontMatter', 'Late'],
      ['paragraph', 'Text.']
    ]
  },
  // Jekyll reads front matter only on a page's first line; kramdown then reads a setext heading.
  {
    name: 'Jekyll: a blank line first, no front matter',
    dialect: 'jekyll',
    markdown: '\n---\ntitle: Late\n---\nText.\n',
    segments: [
      ['heading', 'title: Late'],
      ['paragraph', 'Text.']
    ]
  }
]

describe('front matter as the generators read it', () => {
  for (const {name, dialect, markdown, segments, warnings} of cases) {
    it(name, () => {
      const document = segmentDocument(markdown, {dialect, file: 'page.md'})
      expect(document.segments.map((segment) => [segment.kind, segment.text])).toEqual(segments)
      expect(document.warnings).toEqual(warnings)
      expect(assembleDocument(document, () => undefined).markdown).toBe(markdown)
    })
  }

  it('translates the value that is read when a key repeats', () => {
    const markdown = '---\ntitle: First\ntitle: Second\n---\n'
    const document = segmentDocument(markdown, {dialect: 'hugo', file: 'page.md'})
    expect(assembleDocument(document, (segment) => `«${segment.text}»`).markdown).toBe(
      '---\ntitle: First\ntitle: «Second»\n---\n'
    )
  })

  it('still refuses malformed YAML, naming the file and line', () => {
    expect(() => segmentDocument('---\ntitle: a\ntitle: [\n---\n', {dialect: 'hugo', file: 'bad.md'})).toThrow(
      expect.objectContaining({file: 'bad.md', message: expect.stringMatching(/^malformed YAML front matter: /)})
    )
  })

  it('lists `.markdown` files as sources, with `.md` and `.mdx`', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'md-l10n-sources-'))
    try {
      mkdirSync(path.join(root, 'docs', 'news'), {recursive: true})
      for (const file of ['a.md', 'b.markdown', 'c.mdx', 'd.txt', 'news/e.markdown'])
        writeFileSync(path.join(root, 'docs', file), '# x\n')
      expect(listSources(nodeHost, path.join(root, 'docs')).sort()).toEqual([
        'a.md',
        'b.markdown',
        'c.mdx',
        'news/e.markdown'
      ])
    } finally {
      rmSync(root, {recursive: true, force: true})
    }
  })
})
