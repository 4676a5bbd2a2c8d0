/**
 * `npm run bench`: md-l10n on the tldr-pages corpus (../shared/corpus), English pages into the 13
 * languages of this repository's page footer, every target filled with pseudo-translations (so
 * build writes real documents), against the bare markdown parse (one and two threads), the bare
 * writing of the same files and, when asked, another version of md-l10n (`--baseline <git rev>`,
 * built in a worktree) and po4a — all in the same run, because on a shared machine only ratios
 * measured together mean anything.
 *
 * Every cold run starts in a new folder, and no folder is deleted before the last measurement:
 * on this disk, creating files right after many were deleted costs 2–4× for minutes.
 *
 *   npm run bench [-- --pages N] [--po4a-sample N] [--baseline <rev>] [--cold] [--review]
 *
 * `--cold` stops after the cold runs and the floors (no warm, watch or po4a rows): the quick way
 * to follow the cold-run target while working on it. `--review` adds the review site of every
 * language and document (89,113 pages on the whole corpus: it takes the better part of an hour).
 */
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  appendFileSync,
  symlinkSync
} from 'node:fs'
import {execFileSync, spawnSync} from 'node:child_process'
import {tmpdir, cpus, totalmem} from 'node:os'
import path from 'node:path'
import {corpusRoot, listPages} from './corpus.mjs'

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const pageLimit = Number(option('--pages') ?? Infinity)
const po4aSample = Number(option('--po4a-sample') ?? 20)
const baselineRev = option('--baseline')
const coldOnly = process.argv.includes('--cold')
const withReview = process.argv.includes('--review')
const here = path.dirname(new URL(import.meta.url).pathname)
const repository = path.join(here, '..')
const folders = []
const fresh = (prefix) => {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  folders.push(folder)
  return folder
}

/** Run one measurement in its own process (`runner`: this version's bench-run, or a baseline's). */
function measure(runner, ...args) {
  const env = typeof args[0] === 'object' ? {...process.env, ...args.shift()} : process.env
  const child = spawnSync(process.execPath, [runner, ...args], {encoding: 'utf8', maxBuffer: 1 << 26, env})
  if (child.status !== 0) throw new Error(`bench-run ${args.join(' ')} failed:\n${child.stderr}`)
  return JSON.parse(child.stdout.trim().split('\n').at(-1))
}
const runner = path.join(here, 'bench-run.mjs')

// The languages come from the footer of this repository's own page, as md-l10n discovers them.
const {openProject} = await import('../lib/index.js')
const languages = (await openProject({root: repository}).languages()).map(({tag}) => tag)
const targets = languages.filter((tag) => tag !== 'en')

const corpus = corpusRoot()
const pages = listPages(path.join(corpus, 'pages')).slice(0, pageLimit)
/** A new project folder with the corpus pages as sources. */
function project(prefix, settings = {}) {
  const root = fresh(prefix)
  for (const page of pages) cpSync(path.join(corpus, 'pages', page), path.join(root, 'source', page))
  writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({sourceLanguage: 'en', languages, ...settings}))
  return root
}
/** Fill every target catalog with pseudo-translations, as translators would have filled them (not timed). */
function fill(root) {
  for (const language of targets)
    execFileSync(
      process.execPath,
      [path.join(repository, 'lib/cli/bin.js'), 'pseudo', '--language', language, '--cwd', root],
      {stdio: 'ignore'}
    )
}
const identical = (root) =>
  pages.filter(
    (page) =>
      existsSync(path.join(root, 'dist/docs/en', page)) &&
      readFileSync(path.join(root, 'dist/docs/en', page), 'utf8') ===
        readFileSync(path.join(root, 'source', page), 'utf8')
  ).length

/** Another version of md-l10n, checked out and compiled beside this one (its own bench-run measures it). */
function baseline(rev) {
  const worktree = fresh('md-l10n-baseline-')
  rmSync(worktree, {recursive: true, force: true})
  execFileSync('git', ['worktree', 'add', '--detach', worktree, rev], {cwd: repository, stdio: 'ignore'})
  symlinkSync(path.join(repository, 'node_modules'), path.join(worktree, 'node_modules'))
  execFileSync(process.execPath, [path.join(repository, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: worktree,
    stdio: 'ignore'
  })
  return {
    worktree,
    runner: path.join(worktree, 'scripts/bench-run.mjs'),
    commit: execFileSync('git', ['rev-parse', '--short', rev], {cwd: repository, encoding: 'utf8'}).trim()
  }
}

const bytes = pages.reduce((sum, page) => sum + readFileSync(path.join(corpus, 'pages', page)).length, 0)
console.log(
  `${pages.length} pages (${(bytes / 1e6).toFixed(1)} MB) × ${languages.length} languages, targets pseudo-filled, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`
)

// Floors: the parse alone, on one thread and on two, over the same files.
const sources = project('md-l10n-bench-floor-')
const parseOne = measure(runner, 'floor', path.join(sources, 'source'), '1')
const parseTwo = measure(runner, 'floor', path.join(sources, 'source'), '2')
const segmentTwo = measure(runner, 'segment', sources)
// What `import 'md-l10n'` costs a program, against the parser it is built on (the better of three each).
const fastest = (what) => [0, 1, 2].map(() => measure(runner, 'import', what)).sort((a, b) => a.ms - b.ms)[0]
const importParser = fastest('parser')
const importEntry = fastest('md-l10n')

/** Cold extract, fill, cold build of a new project, with one version's runner (and `settings` of its config). */
function cold(tool, prefix, settings) {
  const root = project(prefix, settings)
  const extract = measure(tool, 'cli', 'extract', '--cwd', root)
  fill(root)
  // The filled catalogs are synced once, as after a translators' pass: the warm runs below then
  // measure a project where nothing changed.
  measure(tool, 'cli', 'extract', '--cwd', root)
  const build = measure(tool, 'cli', 'build', '--cwd', root)
  // A fresh clone of that translated project, as CI checks it out: sources, catalogs and config,
  // no cache and no output (copied, not timed, into a new folder).
  const clone = fresh(`${prefix}clone-`)
  for (const part of ['source', 'locales', 'md-l10n.config.json'])
    cpSync(path.join(root, part), path.join(clone, part), {recursive: true})
  const cloneExtract = measure(tool, 'cli', 'extract', '--cwd', clone)
  const cloneBuild = measure(tool, 'cli', 'build', '--cwd', clone)
  return {root, extract, build, cloneExtract, cloneBuild, identical: identical(root)}
}
const current = cold(runner, 'md-l10n-bench-current-')
// A site that publishes only the documents (its generator reads no i18next catalogs).
const documentsOnly = cold(runner, 'md-l10n-bench-documents-', {exportCatalogs: false})
// A runner short of memory: a fresh clone's build with the main thread's heap bounded (its threads follow).
function boundedBuild(from) {
  const clone = fresh('md-l10n-bench-bounded-')
  for (const part of ['source', 'locales', 'md-l10n.config.json'])
    cpSync(path.join(from, part), path.join(clone, part), {recursive: true})
  measure(runner, 'cli', 'extract', '--cwd', clone)
  return measure(runner, {NODE_OPTIONS: '--max-old-space-size=200'}, 'cli', 'build', '--cwd', clone)
}
const bounded = boundedBuild(current.root)
const base = baselineRev ? baseline(baselineRev) : undefined
const previous = base && cold(base.runner, 'md-l10n-bench-baseline-')

// The file-system floor: the same files md-l10n wrote, written again with nothing else, in a new folder.
const floorCopy = fresh('md-l10n-bench-files-')
const filesLocales = measure(runner, 'files', path.join(current.root, 'locales'), path.join(floorCopy, 'locales'))
const filesDist = measure(runner, 'files', path.join(current.root, 'dist'), path.join(floorCopy, 'dist'))
const filesFloor = {
  ms: filesLocales.ms + filesDist.ms,
  files: filesLocales.files + filesDist.files,
  cpuMs: filesLocales.cpuMs + filesDist.cpuMs
}
const statFloor = measure(runner, 'stat', path.join(current.root, 'locales'))
// Both floors at once, in another new folder: the pages parsed on one thread while the files of
// a cold extract and build are written on the other, the least that work can take here.
const atOnceCopy = fresh('md-l10n-bench-at-once-')
const atOnce = measure(
  runner,
  'at-once',
  path.join(sources, 'source'),
  path.join(current.root, 'locales'),
  path.join(atOnceCopy, 'locales'),
  path.join(current.root, 'dist'),
  path.join(atOnceCopy, 'dist')
)

/** Warm runs, one page edited, the watcher and the review site, on the cold project. */
function warmRuns() {
  const cli = (...args) => measure(runner, 'cli', ...args, '--cwd', current.root)
  const warmExtract = cli('extract')
  const warmBuild = cli('build')
  const edited = path.join(current.root, 'source', pages.find((page) => page.endsWith('tar.md')) ?? pages[0])
  appendFileSync(edited, '\n- Show this benchmark edit:\n\n`tar --version`\n')
  const editExtract = cli('extract')
  const editBuild = cli('build')
  // A watcher told what changed: a translation saved into one catalog, then one page edited.
  const editedPage = path.relative(path.join(current.root, 'source'), edited)
  const watched = measure(
    runner,
    'watch',
    current.root,
    `${targets[0]}/${editedPage.replace(/\.md$/, '.json')}`,
    editedPage
  )
  // The same with `--extract`: the edited page's 12 catalogs are synced before it is rebuilt.
  const watchedExtract = measure(
    runner,
    'watch',
    current.root,
    `${targets[0]}/${editedPage.replace(/\.md$/, '.json')}`,
    editedPage,
    'extract'
  )
  // The review site: the checks and coverage of every target catalog, then a page per language and document.
  const review = withReview ? cli('review') : undefined
  return {warmExtract, warmBuild, editExtract, editBuild, watched, watchedExtract, review}
}
const warm = coldOnly ? undefined : warmRuns()
const reviewPages = pages.length * targets.length + languages.length

let po4a
if (
  !coldOnly &&
  spawnSync('po4a-updatepo', ['--version']).status === 0 &&
  spawnSync('msgen', ['--version']).status === 0
) {
  const sample = pages
    .filter((_, index) => index % Math.max(1, Math.floor(pages.length / po4aSample)) === 0)
    .slice(0, po4aSample)
  const work = fresh('md-l10n-bench-po4a-')
  let extractMs = 0
  let translateMs = 0
  let same = 0
  for (const [index, page] of sample.entries()) {
    const input = path.join(corpus, 'pages', page)
    const po = path.join(work, `${index}.po`)
    let started = performance.now()
    execFileSync('po4a-updatepo', ['-f', 'text', '-o', 'markdown', '-m', input, '-p', po, '-M', 'UTF-8'], {
      stdio: 'ignore'
    })
    extractMs += performance.now() - started
    execFileSync('msgen', [po, '-o', `${po}.en`], {stdio: 'ignore'})
    started = performance.now()
    execFileSync(
      'po4a-translate',
      [
        '-f',
        'text',
        '-o',
        'markdown',
        '-m',
        input,
        '-p',
        `${po}.en`,
        '-l',
        `${po}.md`,
        '-k',
        '0',
        '-M',
        'UTF-8',
        '-L',
        'UTF-8'
      ],
      {stdio: 'ignore'}
    )
    translateMs += performance.now() - started
    if (readFileSync(`${po}.md`, 'utf8') === readFileSync(input, 'utf8')) same++
  }
  po4a = {pages: sample.length, extractMs, translateMs, same}
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const perPage = (ms, count = pages.length) => `${(ms / count).toFixed(2)} ms`
const cpu = (run) => (run.cpuMs === undefined ? '' : seconds(run.cpuMs))
/** The row of one measured run: its wall and CPU time, peak memory and time per page. */
const measured = (step, run, note) => [step, seconds(run.ms), cpu(run), `${run.maxRssMiB} MiB`, perPage(run.ms), note]
const rows = [
  ['step', 'wall', 'CPU', 'peak RSS', 'per page', 'note'],
  measured('parse (floor), 1 thread', parseOne, 'unified + remark-parse + GFM + math'),
  measured('parse (floor), 2 threads', parseTwo, 'the same, the pages split over two worker threads'),
  [
    'write the same files (floor)',
    seconds(filesFloor.ms),
    cpu(filesFloor),
    '',
    perPage(filesFloor.ms),
    `${filesFloor.files} files: plain writeFileSync, in a new folder`
  ],
  [
    'stat every catalog (floor)',
    seconds(statFloor.ms),
    cpu(statFloor),
    '',
    perPage(statFloor.ms),
    `${statFloor.files} files: what a warm build must look at`
  ],
  [
    'parse and write at once (floor)',
    seconds(atOnce.ms),
    cpu(atOnce),
    '',
    perPage(atOnce.ms),
    `parse on one thread (${seconds(atOnce.parseMs)}) while the other writes ${atOnce.files} files (${seconds(atOnce.writeMs)})`
  ],
  [
    'import unified + remark-parse + GFM',
    seconds(importParser.ms),
    cpu(importParser),
    `${importParser.maxRssMiB} MiB`,
    '',
    'a process that imports the parser alone'
  ],
  [
    'import md-l10n',
    seconds(importEntry.ms),
    cpu(importEntry),
    `${importEntry.maxRssMiB} MiB`,
    '',
    `${(importEntry.ms / importParser.ms).toFixed(2)} × the parser's import`
  ],
  measured('md-l10n segmentation, cold', segmentTwo, 'load a project: read, parse, segment (worker threads)'),
  measured('cold extract', current.extract, `${targets.length} target catalogs per page, new folder`),
  measured('cold build', current.build, `${languages.length} documents + catalogs per page, translated`),
  measured(
    'fresh clone: extract',
    current.cloneExtract,
    'the translated project checked out anew: no cache, no output'
  ),
  measured('fresh clone: build', current.cloneBuild, 'what CI runs on every push'),
  measured('documents only: cold extract', documentsOnly.extract, '`exportCatalogs: false`, new folder'),
  measured(
    'documents only: cold build',
    documentsOnly.build,
    `${languages.length} documents per page, no dist/locales`
  ),
  measured('documents only: fresh clone extract', documentsOnly.cloneExtract, ''),
  measured('documents only: fresh clone build', documentsOnly.cloneBuild, ''),
  measured(
    'fresh clone: build, heap bounded',
    bounded,
    '`NODE_OPTIONS=--max-old-space-size=200`: a runner short of memory'
  )
]
if (previous) {
  rows.push(measured(`cold extract, ${base.commit}`, previous.extract, 'the baseline, same corpus, new folder'))
  rows.push(measured(`cold build, ${base.commit}`, previous.build, 'the baseline'))
  rows.push(measured(`fresh clone: extract, ${base.commit}`, previous.cloneExtract, 'the baseline'))
  rows.push(measured(`fresh clone: build, ${base.commit}`, previous.cloneBuild, 'the baseline'))
}
if (warm) {
  const {warmExtract, warmBuild, editExtract, editBuild, watched, watchedExtract, review} = warm
  rows.push(
    measured('warm extract (nothing changed)', warmExtract, ''),
    measured('warm build (nothing changed)', warmBuild, ''),
    ['extract, one page edited', seconds(editExtract.ms), cpu(editExtract), `${editExtract.maxRssMiB} MiB`, '', ''],
    ['build, one page edited', seconds(editBuild.ms), cpu(editBuild), `${editBuild.maxRssMiB} MiB`, '', ''],
    [
      'build --watch, first catalog saved',
      seconds(watched.firstCatalogMs),
      '',
      '',
      '',
      'from the save to the rebuilt output'
    ],
    ['build --watch, catalog saved again', seconds(watched.catalogMs), '', '', '', 'a watcher that has been running'],
    [
      'build --watch, one page saved',
      seconds(watched.pageMs),
      '',
      `${watched.maxRssMiB} MiB`,
      '',
      'peak RSS of the whole watch session'
    ],
    [
      'build --watch --extract, page saved',
      seconds(watchedExtract.pageMs),
      '',
      `${watchedExtract.maxRssMiB} MiB`,
      '',
      'its catalogs synced, then rebuilt; start-up ' + seconds(watchedExtract.startMs)
    ]
  )
  if (review)
    rows.push(
      measured(
        'review (the whole site)',
        review,
        `${reviewPages} pages: check + coverage + one page per language and document`
      )
    )
}
if (po4a) {
  rows.push([
    'po4a-updatepo (1 language)',
    '',
    '',
    '',
    perPage(po4a.extractMs, po4a.pages),
    `sample of ${po4a.pages} pages`
  ])
  rows.push([
    'po4a-translate -k 0 (1 language)',
    '',
    '',
    '',
    perPage(po4a.translateMs, po4a.pages),
    `identity PO from msgen`
  ])
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
for (const row of rows)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  )
const coldMs = current.extract.ms + current.build.ms
console.log('')
console.log(
  `cold extract + build, ${languages.length} languages: ${seconds(coldMs)} = ${(coldMs / parseOne.ms).toFixed(2)} × the 1-thread parse floor, ${(coldMs / (parseOne.ms + filesFloor.ms)).toFixed(2)} × parse + file floors, ${(coldMs / atOnce.ms).toFixed(2)} × the floors at once`
)
// A run takes at least its CPU time over the cores: the floors' own, and md-l10n's.
const coldCpuMs = current.extract.cpuMs + current.build.cpuMs
console.log(
  `CPU time on ${cpus().length} cores: the floors at once ${seconds(atOnce.cpuMs)} (so ${seconds(atOnce.cpuMs / cpus().length)} at the least), md-l10n's cold extract + build ${seconds(coldCpuMs)} (${seconds(coldCpuMs / cpus().length)}; ${(coldCpuMs / atOnce.cpuMs).toFixed(2)} × the floors')`
)
const cloneMs = current.cloneExtract.ms + current.cloneBuild.ms
console.log(
  `fresh clone of the translated project, extract + build: ${seconds(cloneMs)} = ${(cloneMs / parseOne.ms).toFixed(2)} × the 1-thread parse floor${previous ? `; baseline ${base.commit}: ${seconds(previous.cloneExtract.ms + previous.cloneBuild.ms)}` : ''}`
)
const documentsColdMs = documentsOnly.extract.ms + documentsOnly.build.ms
const documentsCloneMs = documentsOnly.cloneExtract.ms + documentsOnly.cloneBuild.ms
console.log(
  `documents only (exportCatalogs: false): cold ${seconds(documentsColdMs)} = ${(documentsColdMs / parseOne.ms).toFixed(2)} × the 1-thread parse floor; fresh clone ${seconds(documentsCloneMs)} = ${(documentsCloneMs / parseOne.ms).toFixed(2)} ×`
)
if (previous) {
  const previousMs = previous.extract.ms + previous.build.ms
  console.log(
    `baseline ${base.commit}: ${seconds(previousMs)} = ${(previousMs / parseOne.ms).toFixed(2)} × the parse floor; this version / baseline = ${(coldMs / previousMs).toFixed(2)}`
  )
}
if (warm)
  console.log(
    `warm (nothing changed): extract + build ${seconds(warm.warmExtract.ms + warm.warmBuild.ms)}, with the watcher nothing to do; one page edited: ${seconds(warm.editExtract.ms + warm.editBuild.ms)}, with the watcher ${seconds(warm.watchedExtract.pageMs)} (--extract) or ${seconds(warm.watched.pageMs)} (build only)`
  )
if (po4a) {
  const po4aPerPage = (po4a.extractMs + po4a.translateMs) / po4a.pages
  console.log(
    `per page: md-l10n ${(coldMs / pages.length).toFixed(2)} ms for ${languages.length} languages, po4a ${po4aPerPage.toFixed(1)} ms for 1: po4a/md-l10n = ${(po4aPerPage / (coldMs / pages.length)).toFixed(0)}× (${((po4aPerPage * languages.length) / (coldMs / pages.length)).toFixed(0)}× per language)`
  )
} else if (!coldOnly) {
  console.log('po4a: not installed, skipped (apt-get install po4a gettext to compare)')
}
console.log(
  `byte-identical source-language rebuilds: md-l10n ${current.identical}/${pages.length}${previous ? `, baseline ${previous.identical}/${pages.length}` : ''}${po4a ? `, po4a ${po4a.same}/${po4a.pages} of its sample` : ''}`
)

// Only now, with every measurement taken, the folders go.
if (base) execFileSync('git', ['worktree', 'remove', '--force', base.worktree], {cwd: repository, stdio: 'ignore'})
for (const folder of folders) rmSync(folder, {recursive: true, force: true})
