import {describe, expect, it} from 'vitest'
import {syncCatalog, syncWouldKeep} from '../../src/catalog/sync.js'
import {catalogStatus} from '../../src/catalog/status.js'
import {segmentDocument} from '../../src/segment/index.js'
import {parseCatalog} from '../../src/catalog/store.js'
import type {CatalogMeta} from '../../src/types.js'
import {readArticle} from '../helpers.js'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {projectRoot} from '../helpers.js'

const article = readArticle()
const english = parseCatalog(
  readFileSync(path.join(projectRoot, 'locales/en/openai-palace-drama.json'), 'utf8'),
  'en.json'
)
const empty: CatalogMeta = {version: 1, entries: {}}

function stamp(markdown: string) {
  const {segments} = segmentDocument(markdown)
  return {segments, ...syncCatalog(segments, english, empty)}
}

describe('syncCatalog', () => {
  it('stamps every translation against its source text on first sync', () => {
    const {segments, meta, stamped} = stamp(article)
    expect(stamped).toHaveLength(segments.length)
    expect(catalogStatus(segments, english, meta).every(({status}) => status === 'current')).toBe(true)
  })

  it('marks a changed source segment stale, keeping the translation and the old source', () => {
    const {segments, catalog, meta} = stamp(article)
    const text = 'Sumber asli: Laboratorium berbasis silikon'
    const edited = segmentDocument(article.replace(text, 'Sumber asli: Laboratorium berbasis silikon.'), {
      previousKeys: segments
    })
    const synced = syncCatalog(edited.segments, catalog, meta)
    const key = segments.find((segment) => segment.text === text)!.key
    expect(synced.stale).toEqual([key])
    expect(synced.catalog[key]).toBe(english[key])
    const row = catalogStatus(edited.segments, synced.catalog, synced.meta).find((entry) => entry.key === key)!
    expect(row).toMatchObject({status: 'stale', previousSource: text, translation: english[key]})
  })

  it('clears a stale entry once a translator edits the translation', () => {
    const {segments, catalog, meta} = stamp(article)
    const edited = segmentDocument(article.replace('Sumber asli:', 'Sumber aslinya:'), {previousKeys: segments})
    const key = edited.segments.find((segment) => segment.text.startsWith('Sumber aslinya'))!.key
    const reviewed = syncCatalog(
      edited.segments,
      {...catalog, [key]: 'Original source: Silicon-Based Lab (reviewed)'},
      meta
    )
    expect(reviewed.stamped).toEqual([key])
    expect(
      catalogStatus(edited.segments, reviewed.catalog, reviewed.meta).find((entry) => entry.key === key)!.status
    ).toBe('current')
  })

  it('stamps a translation written before the source changed against the text the translator saw', () => {
    const {segments, catalog, meta} = stamp(article)
    const text = 'Sumber asli: Laboratorium berbasis silikon'
    const key = segments.find((segment) => segment.text === text)!.key
    const edited = segmentDocument(article.replace(text, 'Sumber aslinya: Laboratorium berbasis silikon'), {
      previousKeys: segments
    })
    const previousSource = Object.fromEntries(segments.map((segment) => [segment.key, segment.text]))
    const rewritten = {...catalog, [key]: 'Source: Silicon-Based Lab'}
    const synced = syncCatalog(edited.segments, rewritten, meta, {previousSource})
    expect(synced.stamped).toEqual([key])
    expect(synced.stale).toEqual([key])
    expect(synced.meta.entries[key]!.source).toBe(text)
    // Without the last extract's source catalog, the current text is all there is to stamp with.
    expect(syncCatalog(edited.segments, rewritten, meta).stale).toEqual([])
  })

  it('keeps the translation of a removed segment as obsolete until prune', () => {
    const {segments, catalog, meta} = stamp(article)
    const removed = 'Tetapi yang lebih penting, pelajaran apa yang bisa kita ambil dari kejadian ini?'
    const key = segments.find((segment) => segment.text === removed)!.key
    const edited = segmentDocument(article.replace(`${removed}\n\n`, ''), {previousKeys: segments})
    const kept = syncCatalog(edited.segments, catalog, meta)
    expect(kept.obsolete).toEqual([key])
    expect(kept.catalog[key]).toBe(english[key])
    expect(catalogStatus(edited.segments, kept.catalog, kept.meta).at(-1)).toMatchObject({key, status: 'obsolete'})
    const pruned = syncCatalog(edited.segments, kept.catalog, kept.meta, {prune: true})
    expect(pruned.pruned).toEqual([key])
    expect(Object.hasOwn(pruned.catalog, key)).toBe(false)
  })

  it('adds new segments as missing with an empty value', () => {
    const {segments, catalog, meta} = stamp(article)
    const edited = segmentDocument(`${article}\n\nParagraf tambahan di akhir.`, {previousKeys: segments})
    const synced = syncCatalog(edited.segments, catalog, meta)
    expect(synced.added).toHaveLength(1)
    expect(synced.catalog[synced.added[0]!]).toBe('')
  })

  it('never loses a translation over a series of edits', () => {
    let markdown = article
    let {segments, catalog, meta} = stamp(article)
    const translations = new Set(Object.values(english))
    const edits = [
      (text: string) => text.replace('Sumber asli', 'Sumber'),
      (text: string) => text.split('\n\n').reverse().join('\n\n'),
      (text: string) =>
        text
          .split('\n\n')
          .filter((_, index) => index % 3 !== 0)
          .join('\n\n'),
      (text: string) => `${text}\n\nParagraf baru.`
    ]
    for (const edit of edits) {
      markdown = edit(markdown)
      const next = segmentDocument(markdown, {previousKeys: segments.map(({key, text}) => ({key, text}))})
      const synced = syncCatalog(next.segments, catalog, meta)
      ;({catalog, meta} = synced)
      segments = next.segments
      for (const translation of translations) expect(Object.values(catalog)).toContain(translation)
    }
  })
})

describe('syncWouldKeep', () => {
  const source = {a: 'Alpha', b: 'Beta'}
  const rows: Array<[string, Record<string, string>, boolean]> = [
    ['every key translated', {a: 'Alfa', b: 'Beta'}, true],
    ['every key translated, in another order', {b: 'Beta', a: 'Alfa'}, true],
    ['an obsolete translation besides (a sync keeps it)', {a: 'Alfa', b: 'Beta', gone: 'Weg'}, true],
    ['a key untranslated (the memory may fill it)', {a: 'Alfa', b: ''}, false],
    ['a key missing (a sync adds it)', {a: 'Alfa'}, false],
    ['an obsolete empty key (a sync drops it)', {a: 'Alfa', b: 'Beta', gone: ''}, false],
    ['nothing at all', {}, false]
  ]
  it.each(rows)('%s', (_, catalog, expected) => {
    expect(syncWouldKeep(source, catalog)).toBe(expected)
    // What a sync does: the same entries, none left to fill, exactly when it says so.
    const synced = syncCatalog(
      Object.entries(source).map(([key, text]) => ({key, text})),
      catalog,
      empty
    )
    const entries = (value: Record<string, string>) =>
      JSON.stringify(Object.entries(value).sort(([x], [y]) => (x < y ? -1 : 1)))
    expect(entries(synced.catalog) === entries(catalog) && !Object.values(synced.catalog).includes('')).toBe(expected)
  })
})
