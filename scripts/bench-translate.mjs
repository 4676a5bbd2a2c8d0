/**
 * `npm run bench:translate`: `md-l10n translate` against a local Apertium APy (English → Spanish,
 * Debian's `apertium-apy` and `apertium-eng-spa`), on pnpm's docs pages from ../shared/corpus.
 *
 * Two rows: drafts per second end to end (the engine's time included, as a team with a local APy
 * sees it), and md-l10n's own side per segment: the same run again after the drafts were thrown
 * away, every answer from the cache, so what is left is planning, batching, the gate's checks,
 * the page checks and the journaled writes.
 *
 *   npm run bench:translate [-- --pages N]
 */
import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {execFileSync, spawn} from 'node:child_process'
import net from 'node:net'
import {tmpdir, cpus} from 'node:os'
import path from 'node:path'

const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined)
const pageLimit = Number(option('--pages') ?? 40)
// Beside the repository (../shared), or beside the worktrees' folder when run from a worktree.
const archive = ['../../shared', '../../../shared']
  .map((shared) => path.resolve(import.meta.dirname, shared, 'corpus/docs-sites.tar.gz'))
  .find(existsSync)
if (!archive) throw new Error('docs-sites.tar.gz not found in ../shared/corpus')
const {openProject} = await import('../lib/index.js')

const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const {port} = server.address()
    server.close(() => resolve(port))
  })
})
const apy = spawn('apertium-apy', ['-p', String(port), '/usr/share/apertium/modes'], {stdio: 'ignore'})
const baseUrl = `http://127.0.0.1:${port}`
for (let attempt = 0; ; attempt++) {
  try {
    if ((await fetch(`${baseUrl}/listPairs`)).ok) break
  } catch {
    if (attempt > 300) throw new Error('apertium-apy did not start')
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

try {
  const corpus = mkdtempSync(path.join(tmpdir(), 'md-l10n-docs-sites-'))
  execFileSync('tar', ['xzf', archive, '-C', corpus, 'docs-sites/pnpm/docs'])
  const docs = path.join(corpus, 'docs-sites/pnpm/docs')
  const pages = readdirSync(docs)
    .filter((page) => page.endsWith('.md'))
    .sort()
    .slice(0, pageLimit)
  const root = mkdtempSync(path.join(tmpdir(), 'md-l10n-bench-translate-'))
  for (const page of pages) cpSync(path.join(docs, page), path.join(root, 'docs', page))
  const config = {
    sourceDir: 'docs',
    sourceLanguage: 'en',
    languages: ['en', 'es'],
    dialect: 'docusaurus',
    translate: {providers: {apertium: {type: 'apertium', baseUrl}}}
  }
  writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify(config))
  const project = openProject({root})
  await project.extract()

  const timed = async () => {
    const start = process.hrtime.bigint()
    const cpu = process.cpuUsage()
    const result = await project.translate({})
    const used = process.cpuUsage(cpu)
    return {result, ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000}
  }
  const first = await timed()
  for (const file of readdirSync(path.join(root, 'locales/es'))) rmSync(path.join(root, 'locales/es', file))
  await project.extract()
  const second = await timed()
  const [row] = first.result.languages
  const segments = row.segments
  console.log(
    `${pages.length} pnpm pages, ${segments} segments (${row.characters} characters) en → es, ${cpus().length} cores, Node ${process.version}`
  )
  console.log('| run | wall | CPU (md-l10n process) | per segment | notes |')
  console.log('| --- | --- | --- | --- | --- |')
  console.log(
    `| draft with APy | ${(first.ms / 1000).toFixed(1)} s | ${(first.cpuMs / 1000).toFixed(1)} s | ${(first.ms / segments).toFixed(1)} ms | ${(segments / (first.ms / 1000)).toFixed(1)} drafts/s; ${first.result.requests} requests, ${row.drafted} drafted, ${row.rejected} rejected |`
  )
  console.log(
    `| same run, every answer cached | ${(second.ms / 1000).toFixed(2)} s | ${(second.cpuMs / 1000).toFixed(2)} s | ${(second.ms / segments).toFixed(2)} ms | md-l10n's side: ${second.result.requests} requests; plan, gate, page checks, journaled writes |`
  )
  if (existsSync(root)) rmSync(root, {recursive: true, force: true})
  rmSync(corpus, {recursive: true, force: true})
} finally {
  apy.kill()
}
