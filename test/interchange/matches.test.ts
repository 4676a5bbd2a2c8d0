/**
 * Fuzzy matches (`interchange/matches`): the similarity translators' tools show, the 75 % floor,
 * at most three best first, and the length and rare-word filters losing no match that a
 * comparison of every pair finds.
 */
import {describe, expect, it} from 'vitest'
import fc from 'fast-check'
import {addMatches} from '../../src/interchange/matches.js'
import type {ExportedLanguage, ExportedUnit} from '../../src/interchange/index.js'
import {inlineCodes} from '../../src/interchange/codes.js'
import {segmentDocument} from '../../src/segment/index.js'

/** One document of the given segments: `[source, translation]`, translation `''` for missing. */
function language(sourceLanguage: string, segments: ReadonlyArray<readonly [string, string]>): ExportedLanguage {
  const units: ExportedUnit[] = segments.map(([source, translation], index) => ({
    key: `p-${index}`,
    line: index + 1,
    source,
    translation,
    status: translation === '' ? 'missing' : 'current',
    codes: new Map()
  }))
  return {sourceLanguage, targetLanguage: 'fr', documents: [{namespace: 'guide', file: 'docs/guide.md', units}]}
}

function matchesOf(exported: ExportedLanguage, key: string) {
  return exported.documents[0]!.units.find((unit) => unit.key === key)!.matches?.map(({similarity, source}) => [
    similarity,
    source
  ])
}

/** Word-level Levenshtein, written out: what the filters must agree with. */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  let row = Array.from({length: b.length + 1}, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]!
}

describe('addMatches', () => {
  it('rates by words over the longer text, keeps 75 % and more, at most 3, best first', () => {
    const exported = language('en', [
      ['Open the settings window now.', 'Ouvrez la fenêtre des réglages maintenant.'],
      ['Open the settings page.', 'Ouvrez la page des réglages.'],
      ['Open the settings panel.', 'Ouvrez le panneau des réglages.'],
      ['Open the settings menu.', 'Ouvrez le menu des réglages.'],
      ['Close the settings page quickly.', 'Fermez vite la page des réglages.'],
      ['Open the settings window.', ''],
      ['Something else entirely.', '']
    ])
    addMatches(exported)
    // 5 words against 6 with one added: 5/6; one word changed of 5: 4/5. "Close … quickly": 3 of 6 words kept, 50 %.
    expect(matchesOf(exported, 'p-5')).toEqual([
      [83, 'Open the settings window now.'],
      [80, 'Open the settings page.'],
      [80, 'Open the settings panel.']
    ])
    expect(matchesOf(exported, 'p-6')).toBeUndefined()
    // Translated units get none.
    expect(matchesOf(exported, 'p-1')).toBeUndefined()
    expect(exported.documents[0]!.units[5]!.translation).toBe('')
  })

  it('keeps exactly 75 % and drops 74 %: one word of 4 changed, and 26 of 100', () => {
    const hundred = Array.from({length: 100}, (_, index) => `w${index}`)
    const changed = hundred.map((word, index) => (index < 26 ? `x${index}` : word))
    const exported = language('en', [
      ['Install the node package', 'Installez le paquet node'],
      [hundred.join(' '), 'cent mots'],
      ['Install the npm package', ''],
      [changed.join(' '), '']
    ])
    addMatches(exported)
    expect(matchesOf(exported, 'p-2')).toEqual([[75, 'Install the node package']])
    expect(matchesOf(exported, 'p-3')).toBeUndefined()
  })

  it('an inline code is a word with its content: `cache` and `build` differ', () => {
    const source = '# Clean\n\nRemove the old `cache` folder.\n\nRemove the old `build` folder.\n'
    const document = segmentDocument(source)
    const units: ExportedUnit[] = document.segments.map((segment, index) => ({
      key: segment.key,
      line: segment.line,
      source: segment.text,
      translation: index === 1 ? 'Supprimez l’ancien dossier <1/>.' : '',
      status: index === 1 ? 'current' : 'missing',
      codes: inlineCodes(segment, source)
    }))
    const exported: ExportedLanguage = {
      sourceLanguage: 'en',
      targetLanguage: 'fr',
      documents: [{namespace: 'clean', file: 'docs/clean.md', units}]
    }
    addMatches(exported)
    expect(units[2]!.source).toBe(units[1]!.source)
    // Six words (Remove, the, old, the code, folder, .), one differs.
    expect(
      units[2]!.matches?.map(({similarity, translation, codes}) => [similarity, translation, codes.get(1)?.markup])
    ).toEqual([[83, 'Supprimez l’ancien dossier <1/>.', {atom: '`cache`'}]])
  })

  it('splits Chinese and Japanese sources into words with the source language’s segmenter', () => {
    const exported = language('ja', [
      ['東京は日本の首都です。', 'Tokyo est la capitale du Japon.'],
      ['東京は日本の大きな都市です。', '']
    ])
    addMatches(exported)
    // 東京|は|日本|の|大きな|都市|です|。 against 東京|は|日本|の|首都|です|。: 2 edits over 8 words.
    // One "word" per sentence would give no match, characters another figure.
    expect(matchesOf(exported, 'p-1')).toEqual([[75, '東京は日本の首都です。']])
  })

  it('finds what comparing every pair finds (the length and rare-word filters lose nothing)', () => {
    const word = fc.constantFrom(
      'open',
      'the',
      'settings',
      'window',
      'page',
      'run',
      'a',
      'build',
      'now',
      'then',
      'close',
      'it'
    )
    const sentence = fc.array(word, {minLength: 1, maxLength: 9})
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, fc.boolean()), {minLength: 2, maxLength: 40}), (rows) => {
        const segments = rows.map(
          ([words, translated], index) => [words.join(' '), translated ? `t${index}` : ''] as const
        )
        const exported = language('en', segments)
        addMatches(exported)
        const candidates = segments.flatMap(([source, translation], order) =>
          translation === '' ? [] : [{source, translation, order}]
        )
        for (const [index, [source, translation]] of segments.entries()) {
          if (translation !== '') continue
          const a = source.split(' ')
          const expected = candidates
            .map((candidate) => {
              const b = candidate.source.split(' ')
              return {...candidate, similarity: 1 - wordDistance(a, b) / Math.max(a.length, b.length)}
            })
            .filter(({similarity}) => similarity >= 0.75)
            .map((candidate) => ({...candidate, percent: Math.floor(candidate.similarity * 100 + 1e-9)}))
            .sort((x, y) => y.percent - x.percent || x.order - y.order)
            .slice(0, 3)
            .map(({percent, translation: written}) => [percent, written])
          const found =
            exported.documents[0]!.units[index]!.matches?.map(({similarity, translation: written}) => [
              similarity,
              written
            ]) ?? []
          expect(found, source).toEqual(expected)
        }
      }),
      {numRuns: 300}
    )
  })
})
