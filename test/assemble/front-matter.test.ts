/**
 * Translated front-matter values: each written in a scalar style that holds the translation, the
 * source's where it can, so the front matter stays valid YAML with every other byte kept.
 */
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {segmentDocument} from '../../src/segment/index.js'
import {localizeDocument} from '../../src/assemble/localize.js'
import {catalogStatus} from '../../src/catalog/status.js'
import {yamlValue} from '../../src/assemble/front-matter.js'

const cases: Array<[string, string, string, string]> = [
  [
    'a folded block, chomped',
    'description: >-\n  A long\n  description.\ni18nReady: true\n',
    'Une longue description.',
    'description: >-\n  Une longue description.\ni18nReady: true\n'
  ],
  [
    'a literal block keeps its lines and the comment after it',
    'description: |\n    Two\n    lines\n\n# kept\nother: 1\n',
    'Deux\nlignes\n',
    'description: |\n    Deux\n    lignes\n\n# kept\nother: 1\n'
  ],
  ['a kept block (|+)', 'description: |+\n  Text\n\nother: 1\n', 'Texte', 'description: |+\n  Texte\n\nother: 1\n'],
  [
    'a single-quoted value with an apostrophe',
    "title: 'Getting started'\n",
    'Bien démarrer l’app',
    "title: 'Bien démarrer l’app'\n"
  ],
  ['a single-quoted value with a straight quote', "title: 'Start'\n", "L'essentiel", "title: 'L''essentiel'\n"],
  ['a plain value that stays plain', 'title: Getting started\n', 'Bien démarrer', 'title: Bien démarrer\n'],
  [
    'a plain value whose translation has a colon',
    'title: Getting started\n',
    'Étape 1 : installer',
    'title: "Étape 1 : installer"\n'
  ],
  ['a plain value whose translation reads as a boolean', 'title: Enabled\n', 'yes', 'title: "yes"\n'],
  ['a double-quoted value', 'title: "Start"\n', 'Démarrer "vite"', 'title: "Démarrer \\"vite\\""\n']
]

describe('translated front matter', () => {
  it.each(cases)('%s', (_, yaml, translation, expected) => {
    const source = `---\n${yaml}---\n# Page\n`
    const document = segmentDocument(source, {frontMatterFields: ['title', 'description']})
    const field = document.segments.find(({kind}) => kind === 'frontMatter')!
    const localized = localizeDocument(document, catalogStatus(document.segments, {[field.key]: translation}), {
      language: 'fr',
      sourceLanguage: 'fr'
    })
    // The source language gets the source back; splice the translation the way other languages do.
    expect(localized.markdown).toBe(source)
    const spliced =
      source.slice(0, field.start) +
      yamlValue(source.slice(field.start, field.end), translation) +
      source.slice(field.end)
    expect(spliced).toBe(`---\n${expected}---\n# Page\n`)
    const data = parse(expected) as Record<string, unknown>
    // Block scalars keep the source's chomping: what they end with is the source's line ends.
    expect(String(data[field.field!]).trimEnd()).toBe(translation.trimEnd())
  })

  it('writes a localized document whose front matter parses, with every key kept', () => {
    const source = '---\ntitle: Hello\ndescription: >-\n  A long\n  description.\ni18nReady: true\n---\n# X\n'
    const document = segmentDocument(source)
    const catalog = Object.fromEntries(document.segments.map(({key, text}) => [key, `Tr ${text}`]))
    const {markdown} = localizeDocument(document, catalogStatus(document.segments, catalog), {
      language: 'fr',
      sourceLanguage: 'en'
    })
    const data = parse(markdown.split('---\n')[1]!) as Record<string, unknown>
    expect(data).toMatchObject({title: 'Tr Hello', description: 'Tr A long description.', i18nReady: true, lang: 'fr'})
  })
})

it('translates nested fields of a home page in place, the front matter still valid', () => {
  const source =
    '---\nlayout: home\nhero:\n  name: Vite\n  tagline: Next generation tooling\nfeatures:\n  - title: Instant start\n    details: >-\n      No bundling\n      needed.\n---\n'
  const document = segmentDocument(source, {
    frontMatterFields: ['hero.tagline', 'features.*.title', 'features.*.details']
  })
  const french: Record<string, string> = {
    'Next generation tooling': 'L’outillage nouvelle génération',
    'Instant start': 'Démarrage : instantané',
    'No bundling needed.': 'Aucun bundle nécessaire.'
  }
  const catalog = Object.fromEntries(document.segments.map(({key, text}) => [key, french[text]!]))
  const {markdown} = localizeDocument(document, catalogStatus(document.segments, catalog), {
    language: 'fr',
    sourceLanguage: 'en'
  })
  expect(parse(markdown.split('---\n')[1]!)).toEqual({
    layout: 'home',
    hero: {name: 'Vite', tagline: 'L’outillage nouvelle génération'},
    features: [{title: 'Démarrage : instantané', details: 'Aucun bundle nécessaire.'}],
    lang: 'fr',
    sourceVersion: expect.any(String)
  })
  expect(markdown).toContain('    details: >-\n      Aucun bundle nécessaire.\n')
})
