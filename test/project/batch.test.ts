/**
 * The write journal and what incremental runs may skip, on the Node host. WriteBatch: every file
 * old or new whatever happens (a failure undoes what was written; after a kill the next run's
 * recovery finishes a committed journal and undoes one that was not; an unchanged file is not
 * touched). FolderListing and FolderStamps: what a run may skip.
 */
import {describe, expect, it} from 'vitest'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import {WriteBatch, journalFileName, recoverInterruptedRun} from '../../src/project/batch.js'
import {Journal} from '../../src/project/journal.js'
import {FolderListing, FolderStamps} from '../../src/project/listing.js'
import {nodeHost as host} from '../../src/node/host.js'
import {readArticle, temporaryFolder} from '../helpers.js'

const article = readArticle()

const folder = () => temporaryFolder('md-l10n-batch-')

describe('WriteBatch', () => {
  it('creates new files and replaces changed ones, leaving equal ones untouched', () => {
    const root = folder()
    writeFileSync(path.join(root, 'same.md'), article)
    writeFileSync(path.join(root, 'changed.md'), article)
    const before = statSync(path.join(root, 'same.md')).mtimeMs
    const batch = new WriteBatch(host, root, {stamps: true})
    batch.write(path.join(root, 'same.md'), article)
    batch.write(path.join(root, 'changed.md'), article.toUpperCase())
    batch.write(path.join(root, 'deep/new.md'), article)
    const {written, stamps} = batch.commit()
    expect(written.map((file) => path.relative(root, file)).sort()).toEqual(['changed.md', 'deep/new.md'])
    expect(readFileSync(path.join(root, 'changed.md'), 'utf8')).toBe(article.toUpperCase())
    expect(statSync(path.join(root, 'same.md')).mtimeMs).toBe(before)
    const stats = statSync(path.join(root, 'deep/new.md'))
    expect(stamps.get(path.join(root, 'deep/new.md'))).toBe(`${stats.size}:${stats.mtimeMs}`)
    expect(readdirSync(root).sort()).toEqual(['.md-l10n-cache', 'changed.md', 'deep', 'same.md'])
    // The journal and its seal are gone with the batch.
    expect(readdirSync(path.join(root, '.md-l10n-cache'))).toEqual([])
  })

  it('undoes a failed run after it flushed part of its files: new files gone, old ones intact', () => {
    const root = folder()
    writeFileSync(path.join(root, 'old.md'), article)
    // A tiny flush threshold: files reach the disk while the batch is still open.
    const batch = new WriteBatch(host, root, {flushBytes: 1000})
    for (let index = 0; index < 5; index++) batch.write(path.join(root, `locales/new-${index}.md`), article)
    batch.write(path.join(root, 'old.md'), 'replaced')
    expect(readdirSync(path.join(root, 'locales'))).toHaveLength(5)
    expect(existsSync(path.join(root, journalFileName))).toBe(true)
    batch.abort()
    expect(readdirSync(path.join(root, 'locales'))).toEqual([])
    expect(readFileSync(path.join(root, 'old.md'), 'utf8')).toBe(article)
    expect(readdirSync(root).sort()).toEqual(['.md-l10n-cache', 'locales', 'old.md'])
    expect(readdirSync(path.join(root, '.md-l10n-cache'))).toEqual([])
  })

  it('withdraws a file it already flushed when asked to remove it', () => {
    const root = folder()
    const batch = new WriteBatch(host, root, {flushBytes: 10})
    batch.write(path.join(root, 'docs/page.md'), article)
    expect(existsSync(path.join(root, 'docs/page.md'))).toBe(true)
    batch.remove(path.join(root, 'docs/page.md'))
    expect(batch.commit().written).toEqual([])
    expect(existsSync(path.join(root, 'docs/page.md'))).toBe(false)
  })

  it('undoes a killed run that had not committed: its new files and temporary files go, a line cut short is ignored', () => {
    const root = folder()
    mkdirSync(path.join(root, 'locales/ja'), {recursive: true})
    writeFileSync(path.join(root, 'locales/ja/half.json'), '{\n  "p-1": "途中')
    writeFileSync(path.join(root, 'locales/ja/translator.json'), '{}\n')
    writeFileSync(path.join(root, 'locales/ja/translator.json.tmp-1-0'), '{"p-1": "new"}\n')
    writeFileSync(path.join(root, 'locales/ja/trans'), 'a file whose name the cut line happens to spell')
    // A killed run's journal: sealed as far as it was written before any file it names was touched.
    new Journal(host, root).append([
      '+ locales/ja/half.json',
      '~ locales/ja/translator.json.tmp-1-0\tlocales/ja/translator.json'
    ])
    appendFileSync(path.join(root, journalFileName), '+ locales/ja/trans')
    const recovery = recoverInterruptedRun(host, root)
    expect(recovery.outcome).toBe('undone')
    expect(recovery.files.map((file) => path.relative(root, file))).toEqual([
      'locales/ja/half.json',
      'locales/ja/translator.json'
    ])
    expect(readdirSync(path.join(root, 'locales/ja')).sort()).toEqual(['trans', 'translator.json'])
    expect(readFileSync(path.join(root, 'locales/ja/translator.json'), 'utf8')).toBe('{}\n')
    expect(existsSync(path.join(root, journalFileName))).toBe(false)
  })

  it('finishes a killed run that had committed: the renames it had not made yet are made, the removals too', () => {
    const root = folder()
    mkdirSync(path.join(root, 'locales/ja'), {recursive: true})
    writeFileSync(path.join(root, 'locales/ja/new.json'), '{"p-1": ""}\n')
    writeFileSync(path.join(root, 'locales/ja/a.json'), '{"p-1": "new a"}\n')
    writeFileSync(path.join(root, 'locales/ja/b.json'), '{"p-1": "old b"}\n')
    writeFileSync(path.join(root, 'locales/ja/b.json.tmp-1-1'), '{"p-1": "new b"}\n')
    writeFileSync(path.join(root, 'locales/ja/gone.json'), '{}\n')
    // a.json was renamed into place before the kill, b.json was not.
    const journal = new Journal(host, root)
    journal.append([
      '+ locales/ja/new.json',
      '~ locales/ja/a.json.tmp-1-0\tlocales/ja/a.json',
      '~ locales/ja/b.json.tmp-1-1\tlocales/ja/b.json'
    ])
    journal.append(['- locales/ja/gone.json', 'commit'])
    const recovery = recoverInterruptedRun(host, root)
    expect(recovery.outcome).toBe('finished')
    expect(readdirSync(path.join(root, 'locales/ja')).sort()).toEqual(['a.json', 'b.json', 'new.json'])
    expect(readFileSync(path.join(root, 'locales/ja/b.json'), 'utf8')).toBe('{"p-1": "new b"}\n')
    expect(existsSync(path.join(root, journalFileName))).toBe(false)
  })

  it('refuses a journal that names a file outside the project', () => {
    const root = folder()
    new Journal(host, root).append(['+ ../outside.json'])
    expect(() => recoverInterruptedRun(host, root)).toThrow(/outside the project/)
  })

  it('refuses to write outside its root', () => {
    const root = folder()
    expect(() => new WriteBatch(host, root).write(path.join(root, '../elsewhere.md'), 'x')).toThrow(
      /outside the project/
    )
  })
})

describe('FolderListing and FolderStamps', () => {
  it('answer whether files exist the same before and after a folder is listed', () => {
    const root = folder()
    for (let index = 0; index < 50; index++) writeFileSync(path.join(root, `${index}.json`), '{}\n')
    const listing = new FolderListing(host)
    // The first questions are answered by stat, later ones by one listing of the folder.
    const answers = Array.from({length: 100}, (_, index) => listing.has(path.join(root, `${index}.json`)))
    expect(answers).toEqual(Array.from({length: 100}, (_, index) => index < 50))
    expect(listing.stamp(path.join(root, '99.json'))).toBe('-')
    const stats = statSync(path.join(root, '7.json'))
    expect(listing.stamp(path.join(root, '7.json'))).toBe(`${stats.size}:${stats.mtimeMs}`)
    expect(listing.has(path.join(root, 'missing/x.json'))).toBe(false)
  })

  it('see a folder move when a file in it is created or removed, not when one is edited in place', () => {
    const root = folder()
    writeFileSync(path.join(root, 'a.json'), '{}\n')
    const first = new FolderStamps(host, new Map())
    first.see(root)
    const stamps = first.afterRun()
    expect(new FolderStamps(host, stamps).unchanged(root)).toBe(true)
    writeFileSync(path.join(root, 'a.json'), '{"p-1": "edited in place"}\n')
    expect(new FolderStamps(host, stamps).unchanged(root)).toBe(true)
    // Folder times have a resolution: make sure the creation lands after the recorded stamp.
    utimesSync(root, new Date(0), new Date(0))
    const settled = new FolderStamps(host, new Map())
    settled.see(root)
    const before = settled.afterRun()
    writeFileSync(path.join(root, 'b.json'), '{}\n')
    expect(new FolderStamps(host, before).unchanged(root)).toBe(false)
    expect(new FolderStamps(host, new Map()).unchanged(path.join(root, 'absent'))).toBe(false)
  })
})
