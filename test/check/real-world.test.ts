/**
 * False positives on real, correct translations: the project's own catalogs in 12 languages, and
 * human translations of the tldr-pages corpus (../shared/corpus) in 11.
 */
import {describe, expect, it} from 'vitest'
import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {segmentDocument} from '../../src/segment/index.js'
import {runChecks} from '../../src/check/runner.js'
import {emptyGlossary} from '../../src/check/glossary-file.js'
import {openProject} from '../../src/index.js'
import type {CatalogEntry} from '../../src/types.js'
import {copyProject} from '../helpers.js'
// @ts-expect-error: a plain ES module shared with the scripts
import {archive, corpusRoot, listPages, corpusLanguages} from '../../scripts/corpus.mjs'

describe('the project catalogs', () => {
  it('pass every check with no error and no warning in all 12 languages', async () => {
    const result = await openProject({root: copyProject('md-l10n-check-')}).check()
    expect(result.problems).toEqual([])
    expect(result.unusedExceptions).toEqual([])
  })
})

/** Checks whose every report on the corpus sample is a false positive (the corpus has no such mistakes there). */
const mustStaySilent = ['script', 'markup-safety', 'placeholders', 'plurals', 'source-left-behind', 'untranslated']
const pagesPerLanguage = 80

describe.skipIf(!existsSync(archive))('human translations of tldr-pages', () => {
  it(`raise no ${mustStaySilent.join(', ')} problem on the first ${pagesPerLanguage} aligned pages of each language`, () => {
    const root = corpusRoot() as string
    const noisy: string[] = []
    let checked = 0
    for (const [suffix, language] of Object.entries(corpusLanguages as Record<string, string>)) {
      const folder = path.join(root, `pages.${suffix}`)
      for (const page of (listPages(folder) as string[]).slice(0, pagesPerLanguage)) {
        const english = path.join(root, 'pages', page)
        if (!existsSync(english)) continue
        const source = segmentDocument(readFileSync(english, 'utf8')).segments
        const target = segmentDocument(readFileSync(path.join(folder, page), 'utf8')).segments
        if (source.length !== target.length) continue
        const entries: CatalogEntry[] = source.map((segment, index) => ({
          key: segment.key,
          status: 'current',
          source: segment.text,
          translation: target[index]!.text
        }))
        checked += entries.length
        for (const problem of runChecks({
          language,
          sourceLanguage: 'en',
          namespace: page,
          entries,
          settings: {glossary: emptyGlossary, untranslated: new Set()}
        })) {
          if (mustStaySilent.includes(problem.check))
            noisy.push(`${language} ${page} ${problem.check}: ${problem.message}`)
        }
      }
    }
    expect(checked).toBeGreaterThan(3000)
    expect(noisy).toEqual([])
  })
})
