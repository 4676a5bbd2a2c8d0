/**
 * `npm run bench`: md-l10n on the tldr-pages corpus (../shared/corpus), English pages into the 13
 * languages of this repository's page footer (targets left to the fallback policy), against the
 * bare remark parse of the same files and, when it is installed, po4a — all in the same run,
 * because on a shared machine only ratios measured together mean anything.
 *
 *   npm run bench [-- --pages N] [--po4a-sample N]
 */
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, appendFileSync} from 'node:fs'
import {execFileSync, spawnSync} from 'node:child_process'
import {tmpdir, cpus, totalmem} from 'node:os'
import path from 'node:path'
import {corpusRoot, listPages} from './corpus.mjs'

const argument = (name, fallback) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback)
const pageLimit = argument('--pages', Infinity)
const po4aSample = argument('--po4a-sample', 20)
const here = path.dirname(new URL(import.meta.url).pathname)
const runner = path.join(here, 'bench-run.mjs')

function measure(...args) {
  const env = typeof args[0] === 'object' ? {...process.env, ...args.shift()} : process.env
  const child = spawnSync(process.execPath, [runner, ...args], {encoding: 'utf8', maxBuffer: 1 << 26, env})
  if (child.status !== 0) throw new Error(`bench-run ${args.join(' ')} failed:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1))
}

// The languages come from the footer of this repository's own page, as md-l10n discovers them.
const {main} = await import('../lib/cli/main.js')
let discovered = ''
await main(['languages', '--json', '--cwd', path.join(here, '..')], {out: (text) => (discovered += text), err() {}, isTTY: false})
const languages = JSON.parse(discovered).map(({tag}) => tag).filter((tag) => tag !== 'id')
languages.push('id')

const corpus = corpusRoot()
const pages = listPages(path.join(corpus, 'pages')).slice(0, pageLimit)
const project = mkdtempSync(path.join(tmpdir(), 'md-l10n-bench-'))
for (const page of pages) cpSync(path.join(corpus, 'pages', page), path.join(project, 'source', page))
writeFileSync(path.join(project, 'md-l10n.config.json'), JSON.stringify({sourceLanguage: 'en', languages}))
const bytes = pages.reduce((sum, page) => sum + readFileSync(path.join(project, 'source', page)).length, 0)
console.log(`${pages.length} pages (${(bytes / 1e6).toFixed(1)} MB) × ${languages.length} languages, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`)

const cli = (...args) => measure('cli', ...args, '--cwd', project)
const floor = measure('floor', path.join(project, 'source'))
// Segmentation alone, cold, on one thread and on two (the default on a 2-core machine).
const segmentOne = measure({MD_L10N_THREADS: '1'}, 'segment', project)
const segmentTwo = measure({MD_L10N_THREADS: '2'}, 'segment', project)
const coldExtract = cli('extract')
const coldBuild = cli('build')
// The file-system floor: writing the same files again with nothing else, and stat-ing every catalog.
const floorCopy = mkdtempSync(path.join(tmpdir(), 'md-l10n-files-'))
const filesLocales = measure('files', path.join(project, 'locales'), path.join(floorCopy, 'locales'))
const filesDist = measure('files', path.join(project, 'dist'), path.join(floorCopy, 'dist'))
rmSync(floorCopy, {recursive: true, force: true})
const filesFloor = {ms: filesLocales.ms + filesDist.ms, files: filesLocales.files + filesDist.files}
const statFloor = measure('stat', path.join(project, 'locales'))
const warmExtract = cli('extract')
const warmBuild = cli('build')
const edited = path.join(project, 'source', pages.find((page) => page.endsWith('tar.md')) ?? pages[0])
appendFileSync(edited, '\n- Show this benchmark edit:\n\n`tar --version`\n')
const editExtract = cli('extract')
const editBuild = cli('build')
// A watcher told what changed: a translation saved into one catalog, then one page edited.
const editedPage = path.relative(path.join(project, 'source'), edited)
const watched = measure('watch', project, `${languages[0]}/${editedPage.replace(/\.md$/, '.json')}`, editedPage)
// The review site: the checks and coverage of every target catalog, then a page per language and document.
const review = cli('review')
const reviewPages = pages.length * (languages.length - 1) + languages.length

let identical = 0
for (const page of pages) {
  const built = path.join(project, 'dist/docs/en', page)
  if (existsSync(built) && readFileSync(built, 'utf8') === readFileSync(path.join(project, 'source', page), 'utf8')) identical++
}
// The edited page changed after it was copied; compare it with its new source (the build saw that).
const floorSeconds = floor.ms / 1000

let po4a
if (spawnSync('po4a-updatepo', ['--version']).status === 0 && spawnSync('msgen', ['--version']).status === 0) {
  const sample = pages.filter((_, index) => index % Math.max(1, Math.floor(pages.length / po4aSample)) === 0).slice(0, po4aSample)
  const work = mkdtempSync(path.join(tmpdir(), 'md-l10n-po4a-'))
  let extractMs = 0
  let translateMs = 0
  let same = 0
  for (const [index, page] of sample.entries()) {
    const input = path.join(corpus, 'pages', page)
    const po = path.join(work, `${index}.po`)
    let started = performance.now()
    execFileSync('po4a-updatepo', ['-f', 'text', '-o', 'markdown', '-m', input, '-p', po, '-M', 'UTF-8'], {stdio: 'ignore'})
    extractMs += performance.now() - started
    execFileSync('msgen', [po, '-o', `${po}.en`], {stdio: 'ignore'})
    started = performance.now()
    execFileSync('po4a-translate', ['-f', 'text', '-o', 'markdown', '-m', input, '-p', `${po}.en`, '-l', `${po}.md`, '-k', '0', '-M', 'UTF-8', '-L', 'UTF-8'], {stdio: 'ignore'})
    translateMs += performance.now() - started
    if (readFileSync(`${po}.md`, 'utf8') === readFileSync(input, 'utf8')) same++
  }
  rmSync(work, {recursive: true, force: true})
  po4a = {pages: sample.length, extractMs, translateMs, same}
}

const perPage = (ms, count = pages.length) => `${(ms / count).toFixed(2)} ms`
const rows = [
  ['step', 'wall', 'peak RSS', 'per page', 'note'],
  ['remark parse (floor)', `${floorSeconds.toFixed(1)} s`, `${floor.maxRssMiB} MiB`, perPage(floor.ms), 'unified + remark-parse + GFM + math, one thread'],
  ['write the same files (floor)', `${(filesFloor.ms / 1000).toFixed(1)} s`, '', perPage(filesFloor.ms), `${filesFloor.files} files: plain writeFileSync, nothing else`],
  ['stat every catalog (floor)', `${(statFloor.ms / 1000).toFixed(1)} s`, '', perPage(statFloor.ms), `${statFloor.files} files: what a warm build must look at`],
  ['segment, 1 thread', `${(segmentOne.ms / 1000).toFixed(1)} s`, `${segmentOne.maxRssMiB} MiB`, perPage(segmentOne.ms), 'md-l10n segmentation, cold'],
  ['segment, 2 threads', `${(segmentTwo.ms / 1000).toFixed(1)} s`, `${segmentTwo.maxRssMiB} MiB`, perPage(segmentTwo.ms), 'worker threads (the default here)'],
  ['cold extract', `${(coldExtract.ms / 1000).toFixed(1)} s`, `${coldExtract.maxRssMiB} MiB`, perPage(coldExtract.ms), `${languages.length - 1} target catalogs per page`],
  ['cold build', `${(coldBuild.ms / 1000).toFixed(1)} s`, `${coldBuild.maxRssMiB} MiB`, perPage(coldBuild.ms), `${languages.length} documents + catalogs per page`],
  ['warm extract (nothing changed)', `${(warmExtract.ms / 1000).toFixed(1)} s`, `${warmExtract.maxRssMiB} MiB`, perPage(warmExtract.ms), ''],
  ['warm build (nothing changed)', `${(warmBuild.ms / 1000).toFixed(1)} s`, `${warmBuild.maxRssMiB} MiB`, perPage(warmBuild.ms), ''],
  ['extract, one page edited', `${(editExtract.ms / 1000).toFixed(1)} s`, `${editExtract.maxRssMiB} MiB`, '', ''],
  ['build, one page edited', `${(editBuild.ms / 1000).toFixed(1)} s`, `${editBuild.maxRssMiB} MiB`, '', ''],
  ['build --watch, first catalog saved', `${(watched.firstCatalogMs / 1000).toFixed(1)} s`, '', '', 'from the save to the rebuilt output'],
  ['build --watch, catalog saved again', `${(watched.catalogMs / 1000).toFixed(1)} s`, '', '', 'a watcher that has been running'],
  ['build --watch, one page saved', `${(watched.pageMs / 1000).toFixed(1)} s`, `${watched.maxRssMiB} MiB`, '', 'peak RSS of the whole watch session'],
  ['review (the whole site)', `${(review.ms / 1000).toFixed(1)} s`, `${review.maxRssMiB} MiB`, perPage(review.ms), `${reviewPages} pages: check + coverage + one page per language and document`]
]
if (po4a) {
  rows.push(['po4a-updatepo (1 language)', '', '', perPage(po4a.extractMs, po4a.pages), `sample of ${po4a.pages} pages`])
  rows.push(['po4a-translate -k 0 (1 language)', '', '', perPage(po4a.translateMs, po4a.pages), `identity PO from msgen`])
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd())
const cold = coldExtract.ms + coldBuild.ms
console.log('')
console.log(`cold extract + build, ${languages.length} languages: ${(cold / 1000).toFixed(1)} s = ${(cold / floor.ms).toFixed(2)} × the remark floor, ${(cold / (floor.ms + filesFloor.ms)).toFixed(2)} × remark + file floors`)
console.log(`warm (nothing changed): extract ${(warmExtract.ms / 1000).toFixed(2)} s, build ${(warmBuild.ms / 1000).toFixed(2)} s = ${(warmBuild.ms / statFloor.ms).toFixed(2)} × the stat floor; one page edited: ${((editExtract.ms + editBuild.ms) / 1000).toFixed(2)} s`)
if (po4a) {
  const po4aPerPage = (po4a.extractMs + po4a.translateMs) / po4a.pages
  console.log(`per page: md-l10n ${(cold / pages.length).toFixed(2)} ms for ${languages.length} languages, po4a ${po4aPerPage.toFixed(1)} ms for 1: po4a/md-l10n = ${(po4aPerPage / (cold / pages.length)).toFixed(0)}× (${((po4aPerPage * languages.length) / (cold / pages.length)).toFixed(0)}× per language)`)
} else {
  console.log('po4a: not installed, skipped (apt-get install po4a gettext to compare)')
}
console.log(`byte-identical identity rebuilds: md-l10n ${identical}/${pages.length}${po4a ? `, po4a ${po4a.same}/${po4a.pages} of its sample` : ''}`)
rmSync(project, {recursive: true, force: true})
