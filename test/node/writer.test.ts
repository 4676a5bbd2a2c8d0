/**
 * The background writer (node/writer) under a WriteBatch, compiled (its thread module sits beside
 * it only in lib/): many new files written on the writer's thread land with their contents and
 * stamps, and a write that fails there fails the batch, which then removes every file it created.
 */
import {expect, it} from 'vitest'
import {existsSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {projectRoot, temporaryFolder} from '../helpers.js'

type Writer = {
  create(files: Array<[string, string]>, options: {stamp: boolean}): void
  settle(): Map<string, string>
  close(): void
}
const compiled = async () => {
  const {WriteBatch} = await import(pathToFileURL(path.join(projectRoot, 'lib/project/batch.js')).href)
  const {nodeHost} = await import(pathToFileURL(path.join(projectRoot, 'lib/node/host.js')).href)
  return {WriteBatch, nodeHost}
}
const files = 2500
const page = (index: number) => `# Page ${index}\n\n${'Some text to write. '.repeat(index % 40)}\n`
const nameOf = (root: string, index: number) => path.join(root, `folder-${index % 7}`, `page-${index}.md`)

it('writes many new files on its thread, with their stamps, and leaves no journal', async () => {
  const {WriteBatch, nodeHost} = await compiled()
  let writers = 0
  const host = {...nodeHost, deferredWriter: () => (writers++, nodeHost.deferredWriter())}
  const root = temporaryFolder('md-l10n-writer-')
  const batch = new WriteBatch(host, root, {stamps: true})
  for (let index = 0; index < files; index++) batch.write(nameOf(root, index), page(index))
  const {written, stamps} = batch.commit()
  expect(writers).toBe(1)
  expect(written).toHaveLength(files)
  for (let index = 0; index < files; index++) {
    const file = nameOf(root, index)
    expect(readFileSync(file, 'utf8')).toBe(page(index))
    const stats = statSync(file)
    expect(stamps.get(file)).toBe(`${stats.size}:${stats.mtimeMs}`)
  }
  expect(readdirSync(root).filter((name) => !name.startsWith('folder-'))).toEqual(['.md-l10n-cache'])
  // The journal and its seal went with the commit.
  expect(readdirSync(path.join(root, '.md-l10n-cache'))).toEqual([])
})

it('takes the bytes a batch was handed without a copy, and copies any others', async () => {
  const {WriteBatch, nodeHost} = await compiled()
  const root = temporaryFolder('md-l10n-writer-')
  const batch = new WriteBatch(nodeHost, root)
  const encoder = new TextEncoder()
  const handedOver: Uint8Array[] = []
  const lent: Uint8Array[] = []
  // Views into one buffer: taking it for one file would take the others' bytes with it.
  const shared = new Uint8Array(files * 16)
  const viewText = (index: number) => `view ${String(index).padStart(11)}`
  for (let index = 0; index < files; index++) {
    if (index % 3 === 2) {
      const view = new Uint8Array(shared.buffer, index * 16, 16)
      view.set(encoder.encode(viewText(index)))
      batch.write(nameOf(root, index), view, {handOver: true})
      continue
    }
    const bytes = encoder.encode(page(index))
    batch.write(nameOf(root, index), bytes, index % 3 === 0 ? {handOver: true} : {})
    ;(index % 3 === 0 ? handedOver : lent).push(bytes)
  }
  batch.commit()
  for (let index = 0; index < files; index++)
    expect(readFileSync(nameOf(root, index), 'utf8')).toBe(index % 3 === 2 ? viewText(index) : page(index))
  // Handed over: the writer's thread took them (they are empty here); lent: still the caller's.
  expect(handedOver.every((bytes) => bytes.byteLength === 0)).toBe(true)
  expect(lent.every((bytes, index) => new TextDecoder().decode(bytes) === page(index * 3 + 1))).toBe(true)
  expect(shared.byteLength).toBe(files * 16)
  expect(new TextDecoder().decode(shared.subarray(2 * 16, 3 * 16))).toBe(viewText(2))
})

it('fails the batch when a write on its thread fails, and removes every file the batch created', async () => {
  const {WriteBatch, nodeHost} = await compiled()
  const root = temporaryFolder('md-l10n-writer-')
  const kept = path.join(root, 'kept.md')
  writeFileSync(kept, 'a translator’s file\n')
  // The 700th file is redirected onto a file that exists: the thread's exclusive create fails.
  const host = {
    ...nodeHost,
    deferredWriter() {
      const writer = nodeHost.deferredWriter() as Writer
      return {
        ...writer,
        create: (batch: Array<[string, string]>, options: {stamp: boolean}) =>
          writer.create(
            batch.map(([file, content], index) => [index === 700 ? kept : file, content]),
            options
          )
      }
    }
  }
  const batch = new WriteBatch(host, root)
  for (let index = 0; index < files; index++) batch.write(nameOf(root, index), page(index))
  expect(() => {
    try {
      batch.commit()
    } catch (error) {
      batch.abort()
      throw error
    }
  }).toThrow(/EEXIST.*\(writing .*kept\.md\)/)
  expect(readFileSync(kept, 'utf8')).toBe('a translator’s file\n')
  const left = readdirSync(root, {recursive: true})
    .map(String)
    .filter((name) => name.endsWith('.md'))
  expect(left).toEqual(['kept.md'])
  expect(existsSync(path.join(root, '.md-l10n-cache/journal'))).toBe(false)
})

it('keeps a process alive while it waits for the writer to catch up, with nothing else running', () => {
  // A run that produces faster than the thread writes awaits `ready`; an asynchronous wait alone
  // does not hold the event loop open, and the process would exit (code 13) halfway.
  const root = temporaryFolder('md-l10n-writer-')
  const script = `
    const {WriteBatch} = await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, 'lib/project/batch.js')).href)})
    const {nodeHost} = await import(${JSON.stringify(pathToFileURL(path.join(projectRoot, 'lib/node/host.js')).href)})
    const root = ${JSON.stringify(root)}
    const batch = new WriteBatch(nodeHost, root)
    for (let index = 0; index < 40000; index++) {
      batch.write(root + '/f' + (index % 50) + '/p' + index + '.md', 'x'.repeat(400) + index + '\\n')
      if (index % 100 === 0) await batch.ready()
    }
    batch.commit()
    console.log('committed')
  `
  const scriptFile = path.join(temporaryFolder('md-l10n-writer-script-'), 'run.mjs')
  writeFileSync(scriptFile, script)
  const child = spawnSync(process.execPath, [scriptFile], {encoding: 'utf8'})
  expect(child.stderr).toBe('')
  expect(child.status).toBe(0)
  expect(child.stdout).toBe('committed\n')
  expect(readFileSync(path.join(root, 'f7/p39957.md'), 'utf8')).toBe(`${'x'.repeat(400)}39957\n`)
})
