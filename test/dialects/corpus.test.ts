/**
 * The shared corpus of real documentation sites (pnpm's Docusaurus docs, Vite's VitePress docs,
 * the Rust book's mdBook sources), each page segmented with its site's dialect.
 */
import {describe, expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import {compile} from '@mdx-js/mdx'
import remarkDirective from 'remark-directive'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {documentShape, shapeDifference} from '../../src/check/structure.js'
import {dialectParser, isMdxDocument, type DialectName} from '../../src/dialects/index.js'
import {temporaryFolder} from '../helpers.js'
import {docusaurusPreprocess, syntaxParts} from './dialects.test.js'

const archive = path.resolve(import.meta.dirname, '../../../shared/corpus/docs-sites.tar.gz')
const sites: Array<{folder: string; dialect: DialectName}> = [
  {folder: 'pnpm/docs', dialect: 'docusaurus'},
  {folder: 'vite/docs', dialect: 'vitepress'},
  {folder: 'rust-book/src', dialect: 'mdbook'}
]

function pages(folder: string): string[] {
  return readdirSync(folder, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.mdx?$/.test(file))
    .sort()
}

function frontMatterOf(markdown: string): Record<string, unknown> | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(markdown)
  return match ? (parseYaml(match[1]!) as Record<string, unknown>) : undefined
}

describe.runIf(existsSync(archive))('the documentation sites corpus', () => {
  // A skipped suite is still collected: unpack only when the corpus is there (a clone elsewhere has none).
  const root = existsSync(archive) ? temporaryFolder('md-l10n-corpus-') : ''
  if (root) execFileSync('tar', ['xzf', archive, '-C', root])
  describe.each(sites)('$folder ($dialect)', ({folder, dialect}) => {
    const base = path.join(root, 'docs-sites', folder)
    const files = root ? pages(base) : []
    const parsers = {md: dialectParser(dialect, {mdx: false}), mdx: dialectParser(dialect, {mdx: true})}
    const results = files.map((file) => {
      const source = readFileSync(path.join(base, file), 'utf8')
      const document = segmentDocument(source, {dialect, file})
      const pseudo = assembleDocument(document, (segment) => pseudoLocalize(segment.text)).markdown
      return {file, source, document, pseudo, mdx: isMdxDocument(dialect, file)}
    })

    it('has pages with segments', () => {
      expect(files.length).toBeGreaterThan(50)
      expect(results.every(({document}) => document.segments.length > 0 || document.source.trim().length < 400)).toBe(
        true
      )
    })
    it('comes back byte for byte without translations', () => {
      expect(
        results
          .filter(({document, source}) => assembleDocument(document, () => undefined).markdown !== source)
          .map(({file}) => file)
      ).toEqual([])
    })
    it('keeps every fence line, {#id}, import/export, <script>/<style> tag and template tag when pseudo-localized', () => {
      const lost = results.filter(
        ({source, pseudo}) => JSON.stringify(syntaxParts(source)) !== JSON.stringify(syntaxParts(pseudo))
      )
      expect(lost.map(({file}) => file)).toEqual([])
    })
    it('has the structure of the source when pseudo-localized', () => {
      const differing = results
        .map(({file, source, pseudo, mdx}) => ({
          file,
          difference: shapeDifference(
            documentShape(source, mdx ? parsers.mdx : parsers.md),
            documentShape(pseudo, mdx ? parsers.mdx : parsers.md)
          )
        }))
        .filter(({difference}) => difference !== undefined)
      expect(differing).toEqual([])
    })
    it('writes front matter that parses, with every key of the source', () => {
      const broken = results.filter(({source, pseudo}) => {
        const before = frontMatterOf(source)
        if (!before) return false
        const after = frontMatterOf(pseudo)
        return !after || JSON.stringify(Object.keys(after)) !== JSON.stringify(Object.keys(before))
      })
      expect(broken.map(({file}) => file)).toEqual([])
    })
    it('pins every translated heading to the id of its source heading', () => {
      const moved = results.filter(({file, document}) => {
        const pinned = assembleDocument(document, (segment) => pseudoLocalize(segment.text), {
          headingIds: 'pin'
        }).markdown
        const ids = segmentDocument(pinned, {dialect, file}).headings!.map(({id}) => id)
        return JSON.stringify(ids) !== JSON.stringify(document.headings!.map(({id}) => id))
      })
      expect(moved.map(({file}) => file)).toEqual([])
    })
    it.runIf(dialect === 'docusaurus')('compiles every pseudo-localized page with @mdx-js/mdx', async () => {
      const failed: string[] = []
      for (const {file, pseudo} of results) {
        try {
          await compile(docusaurusPreprocess(pseudo.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '')), {
            remarkPlugins: [remarkDirective]
          })
        } catch (error) {
          failed.push(`${file}: ${(error as Error).message}`)
        }
      }
      expect(failed).toEqual([])
    })
  })
})
