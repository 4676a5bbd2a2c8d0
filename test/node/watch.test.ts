/**
 * `build --watch`: a change under the source or locales folder is rebuilt, looking only at what
 * the file system reported; bad input mid-edit is reported and the watcher carries on.
 */
import {afterEach, describe, expect, it} from 'vitest'
import {existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {watchBuild} from '../../src/node/watch.js'
import {openProject} from '../../src/index.js'
import {nodeHost} from '../../src/node/host.js'
import {copyProject, docsProject, snapshot, translateCatalog} from '../helpers.js'

const japanese = 'locales/ja/openai-palace-drama.json'
const built = 'dist/docs/ja/openai-palace-drama.md'

/** Wait until `ready` holds (the file system's notifications take their time; no timing is asserted). */
async function until(ready: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

let stop: AbortController | undefined
afterEach(() => stop?.abort())

describe('build --watch', () => {
  it('rebuilds an edited catalog and an edited source, and survives a catalog saved half-written', async () => {
    const root = copyProject()
    await openProject({root}).extract()
    const lines: string[] = []
    stop = new AbortController()
    const watching = watchBuild(
      root,
      {},
      {
        built: (_result, rebuild) =>
          rebuild && lines.push(`rebuilt: ${rebuild.sources} sources, ${rebuild.catalogs} catalogs`),
        inputError: (error) => lines.push(error.toString()),
        watching: () => lines.push('watching')
      },
      stop.signal
    )
    await until(() => lines.includes('watching'), 'the first build')
    const catalog = path.join(root, japanese)
    const original = readFileSync(catalog, 'utf8')

    writeFileSync(catalog, original.replace('原文出典：シリコンベース研究室', '原文の出典：シリコンベース研究室'))
    await until(() => readFileSync(path.join(root, built), 'utf8').includes('原文の出典'), 'the catalog rebuild')
    expect(lines.find((line) => line.startsWith('rebuilt'))).toBe('rebuilt: 0 sources, 1 catalogs')

    writeFileSync(catalog, original.slice(0, 200))
    await until(
      () => lines.some((line) => /locales\/ja\/openai-palace-drama\.json:\d+:\d+: malformed JSON/.test(line)),
      'the error report'
    )

    const source = path.join(root, 'source/openai-palace-drama.md')
    writeFileSync(catalog, original)
    writeFileSync(source, readFileSync(source, 'utf8').replace('01\n', '01\n\nParagraf baru untuk pengamat.\n'))
    // The source language's document takes the new paragraph; Japanese, now below the project's
    // minCoverage of 100%, is withdrawn.
    await until(
      () =>
        readFileSync(path.join(root, 'dist/docs/id/openai-palace-drama.md'), 'utf8').includes(
          'Paragraf baru untuk pengamat.'
        ),
      'the source rebuild'
    )
    await until(() => !existsSync(path.join(root, built)), 'the withdrawal')

    stop.abort()
    await watching
    // The record of the outputs, kept in memory while watching, is saved on the way out.
    const manifest = readdirSync(path.join(root, 'dist')).find((name) => name.startsWith('.md-l10n-manifest'))!
    expect(statSync(path.join(root, 'dist', manifest)).mtimeMs).toBeGreaterThanOrEqual(
      statSync(path.join(root, 'dist/docs/id/openai-palace-drama.md')).mtimeMs
    )
  })

  it('leaves, after rebuilds of only what it was told, the outputs and record a build from scratch writes', async () => {
    const root = copyProject()
    const config = path.join(root, 'md-l10n.config.json')
    // Below 100% the languages stay emitted: these rebuilds patch the pairs they were told about.
    writeFileSync(config, JSON.stringify({...JSON.parse(readFileSync(config, 'utf8')), minCoverage: 50}))
    await openProject({root}).extract()
    const rebuilds: Array<{sources: number; catalogs: number}> = []
    stop = new AbortController()
    let watchingNow = false
    const watching = watchBuild(
      root,
      {},
      {
        built: (_result, rebuild) => rebuild && rebuilds.push(rebuild),
        inputError: (error) => rebuilds.push({sources: -1, catalogs: -1, ...{error: String(error)}}),
        watching: () => (watchingNow = true)
      },
      stop.signal
    )
    await until(() => watchingNow, 'the first build')
    const catalog = path.join(root, japanese)
    writeFileSync(
      catalog,
      readFileSync(catalog, 'utf8').replace('原文出典：シリコンベース研究室', '原文の出典：シリコンベース研究室')
    )
    await until(() => readFileSync(path.join(root, built), 'utf8').includes('原文の出典'), 'the catalog rebuild')
    const source = path.join(root, 'source/openai-palace-drama.md')
    writeFileSync(source, readFileSync(source, 'utf8').replace('01\n', '01\n\nParagraf baru untuk pengamat.\n'))
    // Every language takes the new paragraph, in the source text until it is translated.
    await until(
      () => readFileSync(path.join(root, built), 'utf8').includes('Paragraf baru untuk pengamat.'),
      'the source rebuild'
    )
    stop.abort()
    await watching
    expect(rebuilds).toEqual([
      {sources: 0, catalogs: 1, ms: expect.any(Number)},
      {sources: 1, catalogs: 0, ms: expect.any(Number)}
    ])

    // A build after the watcher finds its record true (nothing to write), and one from scratch
    // writes the same files (the record aside, which holds the stamps of the new folders).
    const read: string[] = []
    const counting = {...nodeHost, read: (file: string) => (read.push(path.relative(root, file)), nodeHost.read(file))}
    expect((await openProject({root, host: counting}).build()).written).toEqual([])
    expect(read.filter((file) => file.startsWith('locales'))).toEqual([])
    const outputs = () =>
      new Map([...snapshot(path.join(root, 'dist'))].filter(([file]) => !file.startsWith('.md-l10n-manifest')))
    const watched = outputs()
    rmSync(path.join(root, 'dist'), {recursive: true})
    await openProject({root}).build()
    expect(outputs()).toEqual(watched)
  })

  it('with extract, syncs an edited page’s catalogs before rebuilding it, from a memory that sees translations saved while watching', async () => {
    const pages = {install: '# Install\n\nRun the installer.\n', faq: '# FAQ\n\nNeed help? Ask in the forum.\n'}
    const root = docsProject(pages, {minCoverage: 0})
    await openProject({root}).extract()
    const lines: string[] = []
    stop = new AbortController()
    const watching = watchBuild(
      root,
      {extract: true},
      {
        built: (_result, rebuild, extracted) =>
          rebuild &&
          lines.push(
            `rebuilt: ${rebuild.sources} sources, ${rebuild.catalogs} catalogs; from memory ${extracted?.languages[0]?.fromMemory ?? '-'}`
          ),
        inputError: (error) => lines.push(error.toString()),
        watching: () => lines.push('watching')
      },
      stop.signal
    )
    await until(() => lines.includes('watching'), 'the first build')
    // A translator saves the FAQ while the watcher runs; then the install page repeats its sentence.
    translateCatalog(root, 'faq', 'fr', {
      FAQ: 'FAQ',
      'Need help? Ask in the forum.': 'Besoin d’aide ? Demandez sur le forum.'
    })
    await until(
      () =>
        existsSync(path.join(root, 'dist/docs/fr/faq.md')) &&
        readFileSync(path.join(root, 'dist/docs/fr/faq.md'), 'utf8').includes('Besoin d’aide'),
      'the catalog rebuild'
    )
    writeFileSync(path.join(root, 'docs/install.md'), `${pages.install}\nNeed help? Ask in the forum.\n`)
    await until(
      () => readFileSync(path.join(root, 'dist/docs/fr/install.md'), 'utf8').includes('Besoin d’aide'),
      'the page rebuild'
    )
    stop.abort()
    await watching
    expect(lines).toEqual([
      'watching',
      'rebuilt: 0 sources, 1 catalogs; from memory -',
      'rebuilt: 1 sources, 0 catalogs; from memory 1'
    ])
    // The catalogs are those `extract` writes, and a later `extract` has nothing to do.
    const catalog = JSON.parse(readFileSync(path.join(root, 'locales/fr/install.json'), 'utf8')) as Record<
      string,
      string
    >
    expect(Object.values(catalog)).toEqual(['', '', 'Besoin d’aide ? Demandez sur le forum.'])
    expect((await openProject({root}).extract()).written).toEqual([])
  })
})
