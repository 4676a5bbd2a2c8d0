/**
 * Run one md-l10n command (or the bare remark floor) in this process and print its wall time and
 * peak memory as JSON. `scripts/bench.mjs` starts one of these per measurement.
 *
 *   node scripts/bench-run.mjs cli <args…>
 *   node scripts/bench-run.mjs floor <folder> [threads]  bare remark parse of every page (threads: workers, each its share)
 *   node scripts/bench-run.mjs files <from> <to>         write the files of <from> again under <to>
 *   node scripts/bench-run.mjs at-once <sources> <from> <to>…   parse every page on a thread while the
 *                                                          main thread writes the files of each <from>
 *                                                          (no metas) under its <to>
 *   node scripts/bench-run.mjs stat <folder>             stat every file under <folder> once
 *   node scripts/bench-run.mjs import parser|md-l10n    import the markdown parser alone, or md-l10n's entry
 *   node scripts/bench-run.mjs segment <project>         load and segment a project (MD_L10N_THREADS)
 *   node scripts/bench-run.mjs watch <project> <catalog> <page> [extract]   build --watch
 *                                                          [--extract]: time from saving a catalog,
 *                                                          then a page, to its output
 */
import {mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {Worker, isMainThread, parentPort, workerData} from 'node:worker_threads'

/** The floor: the same parser md-l10n uses (unified + remark-parse + GFM + math), nothing else. */
async function parseAll(folder, files) {
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const {default: remarkGfm} = await import('remark-gfm')
  const {default: remarkMath} = await import('remark-math')
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath, {singleDollarTextMath: false})
  let nodes = 0
  for (const file of files) nodes += processor.parse(readFileSync(path.join(folder, file), 'utf8')).children.length
  return nodes
}

if (!isMainThread) {
  const nodes = await parseAll(workerData.folder, workerData.files)
  // When it ended, as a time every thread reads alike (a busy main thread hears the message late).
  parentPort.postMessage({nodes, endedAt: performance.timeOrigin + performance.now()})
  process.exit(0)
}

/** The floor's parse of `files` on a thread of its own: `{nodes, endedAt}`. */
const parseOnThread = (folder, files) =>
  new Promise((resolve, reject) =>
    new Worker(new URL(import.meta.url), {workerData: {folder, files}}).once('message', resolve).once('error', reject)
  )
const cpuMs = ({user, system}) => Math.round((user + system) / 1000)
const filesUnder = (folder) =>
  readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))

const [mode, ...rest] = process.argv.slice(2)
const started = performance.now()
let result = {}
if (mode === 'cli') {
  // As the command does (lib/cli/bin.js): its heaps grow by a bounded factor.
  const {boundHeapGrowth} = await import('../lib/node/heap-growth.js')
  boundHeapGrowth()
  const {main} = await import('../lib/cli/main.js')
  const quiet = {out() {}, err() {}, isTTY: false}
  result.code = await main(rest, quiet)
} else if (mode === 'floor') {
  const [folder, threadsText] = rest
  const files = readdirSync(folder, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.md'))
  const threads = Number(threadsText ?? 1)
  if (threads <= 1) result.nodes = await parseAll(folder, files)
  else {
    const shares = Array.from({length: threads}, (_, index) => files.filter((_, file) => file % threads === index))
    const counts = await Promise.all(shares.map((share) => parseOnThread(folder, share)))
    result.nodes = counts.reduce((sum, {nodes}) => sum + nodes, 0)
  }
} else if (mode === 'files') {
  // The file-system floor: the same files, bytes and folders, written with plain writeFileSync.
  const [from, to] = rest
  const files = filesUnder(from).map((file) => ({
    file: path.join(to, path.relative(from, file)),
    bytes: readFileSync(file)
  }))
  const writing = performance.now()
  const cpuBefore = process.cpuUsage()
  for (const folder of new Set(files.map(({file}) => path.dirname(file)))) mkdirSync(folder, {recursive: true})
  for (const {file, bytes} of files) writeFileSync(file, bytes)
  result.cpuMs = cpuMs(process.cpuUsage(cpuBefore))
  result.files = files.length
  result.ms = Math.round(performance.now() - writing)
} else if (mode === 'at-once') {
  // Both floors at once, as a tool that overlaps them perfectly would run: one thread parses every
  // page while the main thread writes the files of a cold extract and build (catalogs, documents,
  // exports: the metas are written later, by the translators' pass). The least such a run can
  // take on this machine, from the moment the files to write are in memory.
  const [sources, ...pairs] = rest
  const files = []
  for (let index = 0; index < pairs.length; index += 2) {
    const [from, to] = [pairs[index], pairs[index + 1]]
    for (const file of filesUnder(from))
      if (!file.endsWith('.meta.json'))
        files.push({file: path.join(to, path.relative(from, file)), bytes: readFileSync(file)})
  }
  const pages = readdirSync(sources, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.md'))
  const begun = performance.timeOrigin + performance.now()
  const cpuBefore = process.cpuUsage()
  const parsed = parseOnThread(sources, pages)
  for (const folder of new Set(files.map(({file}) => path.dirname(file)))) mkdirSync(folder, {recursive: true})
  for (const {file, bytes} of files) writeFileSync(file, bytes)
  result.writeMs = Math.round(performance.timeOrigin + performance.now() - begun)
  result.parseMs = Math.round((await parsed).endedAt - begun)
  result.cpuMs = cpuMs(process.cpuUsage(cpuBefore))
  result.files = files.length
  result.ms = Math.max(result.writeMs, result.parseMs)
} else if (mode === 'import') {
  if (rest[0] === 'parser') await Promise.all([import('unified'), import('remark-parse'), import('remark-gfm')])
  else await import('../lib/index.js')
} else if (mode === 'stat') {
  const files = filesUnder(rest[0])
  const stating = performance.now()
  for (const file of files) statSync(file)
  result.files = files.length
  result.ms = Math.round(performance.now() - stating)
} else if (mode === 'segment') {
  const {loadProject} = await import('../lib/project/load.js')
  const {nodeHost} = await import('../lib/node/host.js')
  const {segmentAll} = await import('../lib/node/workers.js')
  result.documents = (await loadProject(nodeHost, rest[0], {segmentMany: segmentAll})).documents.length
} else if (mode === 'watch') {
  const {watchBuild} = await import('../lib/node/watch.js')
  const [project, catalog, page, extract] = rest
  const lines = []
  const stop = new AbortController()
  const events = {
    built: (_result, rebuild) => rebuild && lines.push('rebuilt'),
    inputError: (error) => lines.push(String(error)),
    watching: () => lines.push('watching')
  }
  const watching = watchBuild(project, {extract: extract === 'extract'}, events, stop.signal)
  const until = async (ready) => {
    while (!ready()) await new Promise((resolve) => setTimeout(resolve, 10))
  }
  await until(() => lines.includes('watching'))
  result.startMs = Math.round(performance.now() - started)
  const rebuilt = () => lines.filter((line) => line === 'rebuilt').length
  // Save a translation into the catalog three times, then an edit into the page, each after the
  // last rebuild settled: the first rebuild of a session, a later one, and a page.
  const entries = JSON.parse(readFileSync(path.join(project, 'locales', catalog), 'utf8'))
  const catalogMs = []
  for (let round = 1; round <= 3; round++) {
    entries[Object.keys(entries)[0]] = `bench translation ${round}`
    const saved = performance.now()
    writeFileSync(path.join(project, 'locales', catalog), `${JSON.stringify(entries, null, 2)}\n`)
    await until(() => rebuilt() === round)
    catalogMs.push(Math.round(performance.now() - saved))
  }
  result.firstCatalogMs = catalogMs[0]
  result.catalogMs = catalogMs[2]
  const saved = performance.now()
  writeFileSync(
    path.join(project, 'source', page),
    `${readFileSync(path.join(project, 'source', page), 'utf8')}\n- Watch this benchmark:\n\n\`tar --watch\`\n`
  )
  await until(() => rebuilt() === 4)
  result.pageMs = Math.round(performance.now() - saved)
  stop.abort()
  await watching
}
result.ms ??= Math.round(performance.now() - started)
// CPU time (user + system) of every thread of the process: on two cores, a run can take no less
// than half of it.
result.cpuMs ??= cpuMs(process.cpuUsage())
result.maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024)
console.log(JSON.stringify(result))
