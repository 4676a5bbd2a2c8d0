/**
 * Incremental runs: a run's work follows what changed, and what it skips is never what it should
 * have seen — in-place catalog edits, deleted catalogs and outputs, touched sources.
 */
import {describe, expect, it} from 'vitest'
import {existsSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {spawnSync} from 'node:child_process'
import {deserialize, serialize} from 'node:v8'
import {openProject} from '../../src/index.js'
import {nodeHost} from '../../src/node/host.js'
import {loadProject} from '../../src/project/load.js'
import {copyProject, docsProject, projectRoot, snapshot, translateCatalog} from '../helpers.js'

const article = 'source/openai-palace-drama.md'
const japanese = 'locales/ja/openai-palace-drama.json'
const key = 'p-bd9c5de6'

const extract = (root: string) => openProject({root}).extract()
const build = (root: string) => openProject({root}).build()

function mtimes(folder: string): Map<string, number> {
  return new Map([...snapshot(folder).keys()].map((file) => [file, statSync(path.join(folder, file)).mtimeMs]))
}

/** Rewrite a file in place, as an editor or a translation tool does: its folder does not change. */
function editInPlace(file: string, change: (text: string) => string): void {
  writeFileSync(file, change(readFileSync(file, 'utf8')))
}

describe('incremental runs', () => {
  it('write nothing when nothing changed, even when a source was touched without edits', async () => {
    const root = copyProject()
    await extract(root)
    await build(root)
    const before = mtimes(root)
    utimesSync(path.join(root, article), new Date(), new Date(Date.now() + 5000))
    expect((await extract(root)).written).toEqual([])
    await build(root)
    const after = mtimes(root)
    for (const [file, mtime] of before)
      if (!file.startsWith('.md-l10n-cache') && file !== article) expect(after.get(file), file).toBe(mtime)
  })

  it('read no meta file and each target catalog once in a fresh clone of the translated project, and write none', async () => {
    const root = copyProject()
    const locales = path.join(root, 'locales')
    const before = snapshot(locales)
    const reads = new Map<string, number>()
    const counting = {
      ...nodeHost,
      read: (file: string) => (reads.set(file, (reads.get(file) ?? 0) + 1), nodeHost.read(file))
    }
    const result = await openProject({root, host: counting}).extract()
    expect(result.written).toEqual([])
    expect(result.languages.map(({synced}) => synced)).toEqual(result.languages.map(() => 0))
    expect(snapshot(locales)).toEqual(before)
    // The source catalog is read once, found as this run would write it: the extract that wrote it
    // synced the target catalogs beside it, whose keys are read to be sure; their metas are not
    // (a clone's CI run used to read and sync them all).
    expect(reads.get(path.join(locales, 'id/openai-palace-drama.json'))).toBe(1)
    const targets = [...before.keys()]
      .filter((file) => !file.startsWith(`id${path.sep}`))
      .map((file) => path.join(locales, file))
    expect(targets.length).toBe(24)
    const metas = targets.filter((file) => file.endsWith('.meta.json'))
    expect(metas.filter((file) => reads.has(file)).map((file) => path.relative(root, file))).toEqual([])
    const catalogs = targets.filter((file) => !file.endsWith('.meta.json'))
    expect(catalogs.map((file) => [path.relative(root, file), reads.get(file)])).toEqual(
      catalogs.map((file) => [path.relative(root, file), 1])
    )
    // What it found is recorded: a file created beside the Japanese catalog moves its folder, and
    // the next run compares the catalog's stamp with the recorded one instead of reading it.
    reads.clear()
    writeFileSync(path.join(root, 'locales/ja/notes.txt'), 'a translator’s notes\n')
    expect((await openProject({root, host: counting}).extract()).written).toEqual([])
    expect(reads.has(path.join(root, japanese))).toBe(false)
  })

  it('in a fresh clone, sync a catalog whose language a partial extract left out: its new key appears, filled from the memory', async () => {
    const root = copyProject()
    // A paragraph that repeats a translated one (same text, so every language's memory has it).
    editInPlace(path.join(root, article), (text) => `${text.trimEnd()}\n\nSumber asli: Laboratorium berbasis silikon\n`)
    const partial = await openProject({root}).extract({languages: ['ja']})
    expect(partial.languages.map(({language, fromMemory}) => [language, fromMemory])).toEqual([['ja', 1]])
    // The same commit cloned again: no cache.
    rmSync(path.join(root, '.md-l10n-cache'), {recursive: true})
    const clone = await extract(root)
    expect(clone.languages.find(({language}) => language === 'ja')).toMatchObject({synced: 0})
    expect(
      clone.languages
        .filter(({language}) => language !== 'ja')
        .map(({synced, added, fromMemory}) => [synced, added, fromMemory])
    ).toEqual(clone.languages.filter(({language}) => language !== 'ja').map(() => [1, 1, 1]))
  })

  it('in a fresh clone, sync a catalog that is missing, and every catalog of a source changed since its catalog was written', async () => {
    const root = copyProject()
    rmSync(path.join(root, 'locales/vi'), {recursive: true})
    // A translator's edit the clone's extract keeps unread…
    editInPlace(path.join(root, japanese), (text) =>
      text.replace('"原文出典：シリコンベース研究室"', '"原文の出典：シリコンベース研究室"')
    )
    const first = await extract(root)
    expect(first.written).toEqual(['locales/vi/openai-palace-drama.json'])
    expect(first.languages.filter(({synced}) => synced > 0).map(({language}) => language)).toEqual(['vi'])
    // …is stamped, once the source changes, against the text the translator saw.
    editInPlace(path.join(root, article), (text) =>
      text.replace('Sumber asli: Laboratorium berbasis silikon', 'Sumber asli: Laboratorium Berbasis Silikon')
    )
    // The same commit cloned again: no cache.
    rmSync(path.join(root, '.md-l10n-cache'), {recursive: true})
    const second = await extract(root)
    expect(second.languages.every(({synced}) => synced === 1)).toBe(true)
    expect(second.languages.find(({language}) => language === 'ja')).toMatchObject({stale: 1})
    const meta = JSON.parse(readFileSync(path.join(root, 'locales/ja/openai-palace-drama.meta.json'), 'utf8'))
    expect(meta.entries[key]).toMatchObject({source: 'Sumber asli: Laboratorium berbasis silikon'})
  })

  it('in a fresh clone, sync a catalog with a key left to translate, as a full sync would: the memory fills a repeat translated since', async () => {
    const root = docsProject({
      a: '# A\n\nShared sentence here.\n',
      b: '# B\n\nShared sentence here.\n',
      c: '# C\n\nOnly here.\n'
    })
    await extract(root)
    // Translated in place, committed, and cloned by CI: b's catalog has the repeat, a's does not yet.
    translateCatalog(root, 'b', 'fr', {B: 'B', 'Shared sentence here.': 'Phrase partagée ici.'})
    translateCatalog(root, 'c', 'fr', {C: 'C', 'Only here.': 'Seulement ici.'})
    const c = path.join(root, 'locales/fr/c.json')
    writeFileSync(c, readFileSync(c, 'utf8').replace('{\n', '{\n  "gone": "",\n'))
    rmSync(path.join(root, '.md-l10n-cache'), {recursive: true})
    const clone = await extract(root)
    expect(clone.languages).toMatchObject([{language: 'fr', synced: 2, fromMemory: 1}])
    expect(JSON.parse(readFileSync(path.join(root, 'locales/fr/a.json'), 'utf8'))).toMatchObject({
      [Object.keys(JSON.parse(readFileSync(path.join(root, 'locales/en/a.json'), 'utf8')))[1]!]: 'Phrase partagée ici.'
    })
    // c had every key translated and an obsolete empty one, which the sync drops; b is kept as it was.
    expect(Object.keys(JSON.parse(readFileSync(c, 'utf8')))).not.toContain('gone')
    expect([...clone.written].sort()).toEqual([
      'locales/fr/a.json',
      'locales/fr/a.meta.json',
      'locales/fr/c.json',
      'locales/fr/c.meta.json'
    ])
  })

  it('build uses a translation edited in place; when the source then changes, it is stale against the text the translator saw', async () => {
    const root = copyProject()
    await extract(root)
    await build(root)
    editInPlace(path.join(root, japanese), (text) =>
      text.replace('"原文出典：シリコンベース研究室"', '"原文の出典：シリコンベース研究室"')
    )
    await build(root)
    expect(readFileSync(path.join(root, 'dist/docs/ja/openai-palace-drama.md'), 'utf8')).toContain(
      '原文の出典：シリコンベース研究室'
    )
    // The source did not change: nothing to sync, the catalog is left as the translator wrote it.
    expect((await extract(root)).written).toEqual([])
    editInPlace(path.join(root, article), (text) =>
      text.replace('Sumber asli: Laboratorium berbasis silikon', 'Sumber asli: Laboratorium Berbasis Silikon')
    )
    expect((await extract(root)).languages.find(({language}) => language === 'ja')).toMatchObject({synced: 1, stale: 1})
    const meta = JSON.parse(readFileSync(path.join(root, 'locales/ja/openai-palace-drama.meta.json'), 'utf8'))
    expect(meta.entries[key].source).toBe('Sumber asli: Laboratorium berbasis silikon')
  })

  it('recreate a deleted catalog and a deleted output', async () => {
    const root = copyProject()
    await extract(root)
    await build(root)
    const catalog = readFileSync(path.join(root, japanese), 'utf8')
    rmSync(path.join(root, japanese))
    rmSync(path.join(root, 'dist/docs/vi/openai-palace-drama.md'))
    await extract(root)
    expect(existsSync(path.join(root, japanese))).toBe(true)
    // The translations went with the file; the keys come back, to be translated again.
    expect(Object.keys(JSON.parse(readFileSync(path.join(root, japanese), 'utf8')))).toEqual(
      Object.keys(JSON.parse(catalog))
    )
    await build(root)
    expect(existsSync(path.join(root, 'dist/docs/vi/openai-palace-drama.md'))).toBe(true)
  })

  it('rebuild after the cache is deleted exactly as before', async () => {
    const root = copyProject()
    await extract(root)
    await build(root)
    const before = snapshot(path.join(root, 'dist/docs'))
    rmSync(path.join(root, '.md-l10n-cache'), {recursive: true})
    rmSync(path.join(root, 'dist/docs'), {recursive: true})
    await build(root)
    expect(snapshot(path.join(root, 'dist/docs'))).toEqual(before)
  })
})

/** A project extracted and built, its built documents, and the folder of its segment cache. */
async function builtWithCache() {
  const root = copyProject()
  await extract(root)
  await build(root)
  const cache = path.join(root, '.md-l10n-cache')
  return {
    root,
    before: snapshot(path.join(root, 'dist/docs')),
    folder: path.join(cache, readdirSync(cache).find((name) => name.startsWith('segments-'))!)
  }
}

/** A build in a fresh process (this one has the parser loaded already and would just parse again) reports the damage (exit 2) and clears it; the next builds `before` again. */
function expectReportedAndCleared(root: string, before: Map<string, string>): void {
  const child = spawnSync(process.execPath, [path.join(projectRoot, 'lib/cli/bin.js'), 'build', '--cwd', root], {
    encoding: 'utf8'
  })
  expect(child.status).toBe(2)
  expect(child.stderr).toMatch(
    /^md-l10n build: \.md-l10n-cache: no cached segments for source\/openai-palace-drama\.md \(the cache was damaged/
  )
  expect(spawnSync(process.execPath, [path.join(projectRoot, 'lib/cli/bin.js'), 'build', '--cwd', root]).status).toBe(0)
  expect(snapshot(path.join(root, 'dist/docs'))).toEqual(before)
}

describe.runIf(existsSync(path.join(projectRoot, 'lib/cli/bin.js')))('a damaged cache', () => {
  it('costs a rerun, never a wrong output: a missing shard is parsed again, a corrupt one is reported (exit 2) and cleared', async () => {
    const {root, before, folder} = await builtWithCache()
    const shard = readdirSync(folder).find((name) => /^\d+\.v8$/.test(name))!
    rmSync(path.join(root, 'dist'), {recursive: true})
    rmSync(path.join(folder, shard))
    await build(root)
    expect(snapshot(path.join(root, 'dist/docs'))).toEqual(before)
    writeFileSync(path.join(folder, shard), 'not a cache file')
    rmSync(path.join(root, 'dist'), {recursive: true})
    expectReportedAndCleared(root, before)
  })

  it("reports one document's segments damaged inside a shard that reads the same way", async () => {
    const {root, before, folder} = await builtWithCache()
    // Each document's segments are serialized on their own inside the shard: damage the article's only.
    const shards = readdirSync(folder).filter((name) => /^\d+\.v8$/.test(name))
    const file = path.join(
      folder,
      shards.find((name) => (deserialize(readFileSync(path.join(folder, name))) as Map<string, unknown>).has(article))!
    )
    const shard = deserialize(readFileSync(file)) as Map<string, {hash: string; bytes: Uint8Array}>
    shard.set(article, {...shard.get(article)!, bytes: Buffer.from('not segments')})
    writeFileSync(file, serialize(shard))
    rmSync(path.join(root, 'dist'), {recursive: true})
    expectReportedAndCleared(root, before)
  })
})

describe("a document's segments", () => {
  it('are read again from the cache once let go, equal and new (the parser is not loaded for a run the cache serves)', async () => {
    const root = copyProject()
    await extract(root)
    const project = await loadProject(nodeHost, root)
    const document = project.documents.find(({file}) => file === article)!
    const first = document.segmented
    expect(document.segmented).toBe(first)
    document.releaseSegments!()
    const again = document.segmented
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
    expect(again.segments.map(({key}) => key)).toContain(key)
  })
})
