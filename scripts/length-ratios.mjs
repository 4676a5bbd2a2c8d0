/**
 * Measure how long translations run compared with English, per language, on the aligned
 * tldr-pages corpus: the median (and spread) of letters per English letter over aligned lines.
 * The `length` check's factors (src/check/rules/length.ts) come from this.
 *
 *   node scripts/length-ratios.mjs
 */
import {readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {corpusRoot, listPages, corpusLanguages} from './corpus.mjs'

const root = corpusRoot()
// Letters and digits outside code, placeholders and URLs.
const letters = (line) =>
  [...line.replace(/\{\{[^}]*\}\}|`[^`]*`|https?:\/\/\S+/g, '')].filter((character) => /[\p{L}\p{N}]/u.test(character))
    .length
const prose = (text) => text.split('\n').filter((line) => line.startsWith('- ') || line.startsWith('> '))

for (const [suffix, language] of Object.entries(corpusLanguages)) {
  const ratios = []
  const folder = path.join(root, `pages.${suffix}`)
  for (const page of listPages(folder)) {
    const english = path.join(root, 'pages', page)
    if (!existsSync(english)) continue
    const source = prose(readFileSync(english, 'utf8'))
    const target = prose(readFileSync(path.join(folder, page), 'utf8'))
    if (source.length !== target.length) continue
    source.forEach((line, index) => {
      const count = letters(line)
      if (count >= 20) ratios.push(letters(target[index]) / count)
    })
  }
  ratios.sort((a, b) => a - b)
  const at = (fraction) => ratios[Math.floor(ratios.length * fraction)].toFixed(2)
  console.log(
    `${language.padEnd(8)} ${String(ratios.length).padStart(6)} lines  p1 ${at(0.01)}  p5 ${at(0.05)}  median ${at(0.5)}  p95 ${at(0.95)}  p99 ${at(0.99)}`
  )
}
