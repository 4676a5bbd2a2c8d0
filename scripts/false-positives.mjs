/**
 * Run the checks on real human translations (tldr-pages, English → 11 languages) and print how
 * often each check fires. Every problem here is either a false positive to fix or a real mistake
 * in the corpus; the table says which checks to look at.
 *
 *   node scripts/false-positives.mjs [pages per language, default 200] [--show check-id]
 */
import {readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {segmentDocument, runChecksForTest} from './lib.mjs'
import {corpusRoot, listPages, corpusLanguages} from './corpus.mjs'

const limit = Number(process.argv[2] ?? 200)
const show = process.argv.includes('--show') ? process.argv[process.argv.indexOf('--show') + 1] : undefined
const root = corpusRoot()
const totals = new Map()
let entries = 0
for (const [suffix, language] of Object.entries(corpusLanguages)) {
  const folder = path.join(root, `pages.${suffix}`)
  const pages = listPages(folder).slice(0, limit)
  for (const page of pages) {
    const english = path.join(root, 'pages', page)
    if (!existsSync(english)) continue
    const source = segmentDocument(readFileSync(english, 'utf8')).segments
    const target = segmentDocument(readFileSync(path.join(folder, page), 'utf8')).segments
    if (source.length !== target.length || source.some((segment, index) => segment.kind !== target[index].kind))
      continue
    const rows = source.map((segment, index) => ({
      key: segment.key,
      status: 'current',
      source: segment.text,
      translation: target[index].text,
      kind: segment.kind
    }))
    entries += rows.length
    for (const problem of runChecksForTest({language, sourceLanguage: 'en', namespace: page, entries: rows})) {
      const id = `${problem.check} ${problem.severity}`
      totals.set(id, (totals.get(id) ?? 0) + 1)
      if (problem.check === show)
        console.log(
          `${language} ${page}: ${problem.message}\n  en: ${problem.source}\n  ${language}: ${problem.translation}`
        )
    }
  }
}
console.log(`${entries} aligned segments checked`)
for (const [id, count] of [...totals].sort((a, b) => b[1] - a[1]))
  console.log(`${id.padEnd(32)} ${count}  (${((count / entries) * 100).toFixed(2)}%)`)
