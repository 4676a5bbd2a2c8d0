/**
 * Import by alignment on the tldr corpus (real human translations): French and Japanese pages
 * aligned with the English ones, rebuilt, compared with the human pages. Untimed.
 */
import {describe, expect, it} from 'vitest'
import {cpSync, mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/project/index.js'
import {runCli, temporaryFolder} from '../helpers.js'
// @ts-expect-error: a plain JavaScript helper of the scripts
import {corpusRoot, listPages} from '../../scripts/corpus.mjs'

const corpus = corpusRoot() as string

async function alignedProject(suffix: string, tag: string, count: number) {
  const pages = (listPages(path.join(corpus, 'pages')) as string[]).filter((page) => page.startsWith('common/') && existsSync(path.join(corpus, `pages.${suffix}`, page))).slice(0, count)
  const root = temporaryFolder('md-l10n-align-')
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(root, 'pages', page)), {recursive: true})
    cpSync(path.join(corpus, 'pages', page), path.join(root, 'pages', page))
  }
  writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({sourceDir: 'pages', sourceLanguage: 'en', languages: ['en', tag]}))
  const project = openProject({root})
  await project.extract()
  const imported = await project.importDocuments({language: tag, from: path.join(corpus, `pages.${suffix}`)})
  await project.build({languages: [tag]})
  const identical = pages.filter((page) => readFileSync(path.join(root, 'dist/docs', tag, page), 'utf8') === readFileSync(path.join(corpus, `pages.${suffix}`, page), 'utf8'))
  return {root, pages, imported, identical, project}
}

describe('import --from <folder> on the tldr corpus', () => {
  for (const [suffix, tag] of [['fr', 'fr'], ['ja', 'ja']] as const) {
    it(`${tag}: most segments align with certainty, and pages whose translation follows the source rebuild byte for byte`, async () => {
      const {imported, identical, pages, root} = await alignedProject(suffix, tag, 60)
      const total = imported.documents.reduce((sum, row) => sum + row.certain + row.uncertain + row.unmatchedSource, 0)
      const certain = imported.documents.reduce((sum, row) => sum + row.certain, 0)
      expect(certain / total).toBeGreaterThan(0.7)
      expect(identical.length).toBeGreaterThan(0)
      expect(identical.length).toBeLessThan(pages.length)
      // Certain translations keep the source's tags: the tags check finds nothing in them.
      const check = await openProject({root}).check({languages: [tag]})
      expect(check.problems.filter(({check, messageId}) => check === 'tags' && messageId !== 'syntax').length).toBeLessThanOrEqual(imported.documents.reduce((sum, row) => sum + row.uncertain, 0))
    })
  }

  it('fills only what the catalog lacks; --overwrite replaces; the report names each document', async () => {
    const {root} = await alignedProject('fr', 'fr', 5)
    const again = await runCli(root, 'import', '--language', 'fr', '--from', path.join(corpus, 'pages.fr'))
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/^pages\/common\/!\.md: 0 aligned, 0 uncertain \(stale, to review\), \d+ kept \(already translated\), \d+ left in the source, \d+ left in the translation\n/)
    expect(again.stdout.endsWith('0 files written\n')).toBe(true)
    const json = await runCli(root, 'import', '--language', 'fr', '--from', path.join(corpus, 'pages.fr'), '--overwrite', '--format', 'json')
    const data = JSON.parse(json.stdout) as {documents: Array<{kept: number; certain: number}>; written: string[]}
    expect(data.documents.every(({kept}) => kept === 0)).toBe(true)
    expect(data.documents.some(({certain}) => certain > 0)).toBe(true)
    expect(data.written).toEqual([])
  })
})
