import {describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import type {PreviousKey} from '../../src/segment/keys.js'
import {readArticle} from '../helpers.js'

const article = readArticle()
const paragraphs = article.split('\n\n')
const original = segmentDocument(article)
const previousKeys: PreviousKey[] = original.segments.map(({key, text}) => ({key, text}))
// The article's first paragraph repeats its front-matter title: compare body segments only.
const bodyKeys = previousKeys.filter(({key}) => !key.startsWith('fm-'))
const keyOf = (segments: ReturnType<typeof segmentDocument>['segments'], text: string) =>
  segments.find((segment) => segment.text === text && segment.kind !== 'frontMatter')?.key

/** text → keys in document order (a text can repeat: `Komentar`). */
function keysByText(segments: ReadonlyArray<{key: string; text: string}>): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const {key, text} of segments) {
    if (key.startsWith('fm-')) continue
    map.set(text, [...(map.get(text) ?? []), key])
  }
  return map
}

function rekeyed(markdown: string) {
  return segmentDocument(markdown, {previousKeys}).segments
}

describe('stable keys', () => {
  it('are unchanged when a paragraph is inserted', () => {
    const edited = [
      ...paragraphs.slice(0, 5),
      'Sebuah paragraf baru yang disisipkan di tengah.',
      ...paragraphs.slice(5)
    ].join('\n\n')
    const segments = rekeyed(edited)
    const after = keysByText(segments)
    for (const [text, keys] of keysByText(bodyKeys)) expect(after.get(text)).toEqual(keys)
    expect(keyOf(segments, 'Sebuah paragraf baru yang disisipkan di tengah.')).toMatch(/^p-[0-9a-f]{8}$/)
  })

  it('are unchanged when paragraphs are removed or reordered', () => {
    const reordered = [paragraphs[0], paragraphs[3], paragraphs[2], ...paragraphs.slice(6)].join('\n\n')
    const segments = rekeyed(reordered)
    const before = keysByText(bodyKeys)
    let compared = 0
    for (const [text, keys] of keysByText(segments)) {
      if (!before.has(text)) continue
      expect(keys).toEqual(before.get(text))
      compared++
    }
    expect(compared).toBeGreaterThan(40)
  })

  it('survive a small edit (typo, punctuation, whitespace) so the translation carries over', () => {
    const text = 'Tetapi yang lebih penting, pelajaran apa yang bisa kita ambil dari kejadian ini?'
    const edited = article.replace(
      text,
      'Tetapi yang  lebih penting, pelajaran apa yg bisa kita ambil dari kejadian ini!'
    )
    const segments = rekeyed(edited)
    expect(segments.find((segment) => segment.text.startsWith('Tetapi yang  lebih'))!.key).toBe(
      keyOf(original.segments, text)
    )
  })

  it('change when a segment is rewritten', () => {
    const text = 'Tetapi yang lebih penting, pelajaran apa yang bisa kita ambil dari kejadian ini?'
    const segments = rekeyed(article.replace(text, 'Bagian ini ditulis ulang sepenuhnya oleh editor.'))
    expect(segments.find((segment) => segment.text.startsWith('Bagian ini'))!.key).not.toBe(
      keyOf(original.segments, text)
    )
  })

  it('of repeated texts stay distinct and in order', () => {
    const komentar = original.segments.filter(({text}) => text === 'Komentar').map(({key}) => key)
    expect(komentar).toHaveLength(2)
    expect(komentar[1]).toBe(`${komentar[0]}-2`)
  })
})
