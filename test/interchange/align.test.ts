/**
 * Import by alignment: translated documents written like real ones (a French page with an added
 * paragraph, a reordered list, a heading id), and the tldr corpus (real human translations):
 * French and Japanese pages aligned with the English ones, rebuilt, compared with the human
 * pages. Untimed.
 */
import {describe, expect, it} from 'vitest'
import {cpSync, mkdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {alignDocuments} from '../../src/interchange/align.js'
import {segmentDocument} from '../../src/segment/index.js'
import {runCli, temporaryFolder} from '../helpers.js'
// @ts-expect-error: a plain JavaScript helper of the scripts
import {archive, corpusRoot, listPages} from '../../scripts/corpus.mjs'

// A clone without `../shared` beside it has no corpus: its suite is skipped, saying why.
const corpusMissing = existsSync(archive) ? undefined : `corpus not found at ${archive}`
const corpus = corpusMissing ? '' : (corpusRoot() as string)

async function alignedProject(suffix: string, tag: string, count: number) {
  const pages = (listPages(path.join(corpus, 'pages')) as string[])
    .filter((page) => page.startsWith('common/') && existsSync(path.join(corpus, `pages.${suffix}`, page)))
    .slice(0, count)
  const root = temporaryFolder('md-l10n-align-')
  for (const page of pages) {
    mkdirSync(path.dirname(path.join(root, 'pages', page)), {recursive: true})
    cpSync(path.join(corpus, 'pages', page), path.join(root, 'pages', page))
  }
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    JSON.stringify({sourceDir: 'pages', sourceLanguage: 'en', languages: ['en', tag]})
  )
  const project = openProject({root})
  await project.extract()
  const imported = await project.importDocuments({language: tag, from: path.join(corpus, `pages.${suffix}`)})
  await project.build({languages: [tag]})
  const identical = pages.filter(
    (page) =>
      readFileSync(path.join(root, 'dist/docs', tag, page), 'utf8') ===
      readFileSync(path.join(corpus, `pages.${suffix}`, page), 'utf8')
  )
  return {root, pages, imported, identical, project}
}

const english = `# Getting started

## Install {#install}

Install the package with your package manager.

Run \`npm install md-l10n\` in the project folder.

## Configure {#configure}

The configuration lives in \`md-l10n.config.json\`:

- \`sourceDir\` is the folder of the documents.
- \`languages\` lists the languages.
- \`localesDir\` is where the catalogs go.

| Option | Default |
|---|---|
| \`sourceDir\` | The docs folder |
| \`localesDir\` | The locales folder |
`

/** Source and translation segmented, aligned; each aligned translation by the source text of its key. */
function aligned(source: string, translation: string) {
  const a = segmentDocument(source)
  const b = segmentDocument(translation)
  const text = new Map(a.segments.map((segment) => [segment.key, segment.text]))
  const alignment = alignDocuments(a, b)
  const pairs = Object.fromEntries(alignment.aligned.map((pair) => [text.get(pair.key)!, pair]))
  return {alignment, pairs}
}

describe('alignDocuments', () => {
  it('pairs headings by their explicit id across an added paragraph and a dropped one', () => {
    // The French page adds a paragraph after the title and has no sentence about npm install.
    const french = `# Prise en main

Cette page est une traduction communautaire.

## Installer {#install}

Installez le paquet avec votre gestionnaire de paquets.

## Configurer {#configure}

La configuration se trouve dans \`md-l10n.config.json\` :

- \`sourceDir\` est le dossier des documents.
- \`languages\` liste les langues.
- \`localesDir\` est l’endroit où vont les catalogues.

| Option | Valeur par défaut |
|---|---|
| \`sourceDir\` | Le dossier docs |
| \`localesDir\` | Le dossier locales |
`
    const {alignment, pairs} = aligned(english, french)
    expect(pairs['Install']).toMatchObject({translation: 'Installer', certain: true})
    expect(pairs['Configure']).toMatchObject({translation: 'Configurer', certain: true})
    expect(pairs['Install the package with your package manager.']?.translation).toBe(
      'Installez le paquet avec votre gestionnaire de paquets.'
    )
    expect(pairs['The configuration lives in <1/>:']).toMatchObject({
      translation: 'La configuration se trouve dans <1/> :',
      certain: true
    })
    expect(alignment.unmatchedSource.map(({line}) => line)).toEqual([7])
    expect(alignment.unmatchedTranslation.map(({text}) => text)).toEqual([
      'Cette page est une traduction communautaire.'
    ])
    expect(pairs['Default']?.translation).toBe('Valeur par défaut')
    expect(pairs['The locales folder']).toMatchObject({translation: 'Le dossier locales', certain: true})
  })

  it('never pairs headings whose explicit ids differ, even in the same place', () => {
    const french = english.replace('## Install {#install}', '## Installer {#installation}')
    const {alignment, pairs} = aligned(english, french)
    expect(pairs['Install']).toBeUndefined()
    expect(alignment.unmatchedTranslation.map(({text}) => text)).toContain('Installer')
    expect(pairs['Configure']).toMatchObject({translation: 'Configure', certain: true})
  })

  it('pairs headings by their id when the translation moved their section', () => {
    // The French page puts the configuration first.
    const french = `# Prise en main

## Configurer {#configure}

La configuration se trouve dans \`md-l10n.config.json\` :

## Installer {#install}

Installez le paquet avec votre gestionnaire de paquets.

Lancez \`npm install md-l10n\` dans le dossier du projet.
`
    const {pairs} = aligned(english, french)
    expect(pairs['Install']).toMatchObject({translation: 'Installer', certain: true, line: 7})
    expect(pairs['Configure']).toMatchObject({translation: 'Configurer', certain: true, line: 3})
  })

  it('pairs the items of a reordered list by their inline code, certain', () => {
    const french = english
      .replace('# Getting started', '# Prise en main')
      .replace(
        /- `sourceDir`[\s\S]*?catalogs go\.\n/,
        '- `languages` liste les langues.\n- `localesDir` est l’endroit où vont les catalogues.\n- `sourceDir` est le dossier des documents.\n'
      )
    const {alignment, pairs} = aligned(english, french)
    expect(pairs['<1/> is the folder of the documents.']).toMatchObject({
      translation: '<1/> est le dossier des documents.',
      certain: true
    })
    expect(pairs['<1/> lists the languages.']).toMatchObject({translation: '<1/> liste les langues.', certain: true})
    expect(pairs['<1/> is where the catalogs go.']).toMatchObject({
      translation: '<1/> est l’endroit où vont les catalogues.',
      certain: true
    })
    expect(alignment.unmatchedSource).toEqual([])
    expect(alignment.unmatchedTranslation).toEqual([])
  })

  it('marks list items paired only by position as uncertain when the translated list has more items', () => {
    const source =
      '# Requirements\n\n- Node.js 20 or later.\n- A folder of markdown documents.\n- Git, for stale detection.\n'
    const french =
      '# Prérequis\n\n- Node.js 20 ou plus récent.\n- Un terminal.\n- Un dossier de documents markdown.\n- Git, pour détecter les traductions périmées.\n'
    const {alignment} = aligned(source, french)
    const items = alignment.aligned.filter(({line}) => line > 1)
    expect(items).toHaveLength(3)
    expect(items.every(({certain}) => !certain)).toBe(true)
    expect(items[0]!.reason).toBe(
      'its list has a different number of items than the source’s, and only its position pairs it'
    )
    expect(alignment.unmatchedTranslation).toHaveLength(1)
    // The same list translated item for item stays certain.
    const same = aligned(
      source,
      '# Prérequis\n\n- Node.js 20 ou plus récent.\n- Un dossier de documents markdown.\n- Git, pour détecter les traductions périmées.\n'
    )
    expect(same.alignment.aligned.every(({certain}) => certain)).toBe(true)
  })

  it('pairs table cells column by column when the translation adds a row and a column', () => {
    const source =
      '| Command | What it does |\n|---|---|\n| extract | Updates the catalogs |\n| build | Writes the translated pages |\n'
    const french =
      '| Commande | Ce qu’elle fait | Depuis |\n|---|---|---|\n| extract | Met à jour les catalogues | 0.1 |\n| check | Vérifie les traductions | 0.2 |\n| build | Écrit les pages traduites | 0.1 |\n'
    const {alignment, pairs} = aligned(source, french)
    expect(pairs['What it does']?.translation).toBe('Ce qu’elle fait')
    expect(pairs['Writes the translated pages']?.translation).not.toBe('Depuis')
    // No cell pairs with one of another column.
    const columnOf = (line: number, text: string) => french.split('\n')[line - 1]!.split(text)[0]!.split('|').length - 2
    const sourceColumn = new Map(
      segmentDocument(source).segments.map((segment) => [
        segment.key,
        source.split('\n')[segment.line - 1]!.split(segment.text)[0]!.split('|').length - 2
      ])
    )
    for (const pair of alignment.aligned)
      expect(columnOf(pair.line, pair.translation), pair.translation).toBe(sourceColumn.get(pair.key))
    expect(alignment.unmatchedTranslation.map(({text}) => text)).toEqual(expect.arrayContaining(['Depuis']))
  })
})

describe.skipIf(corpusMissing !== undefined)(
  `import --from <folder> on the tldr corpus${corpusMissing ? ` (skipped: ${corpusMissing})` : ''}`,
  () => {
    for (const [suffix, tag] of [
      ['fr', 'fr'],
      ['ja', 'ja']
    ] as const) {
      it(`${tag}: most segments align with certainty, and pages whose translation follows the source rebuild byte for byte`, async () => {
        const {imported, identical, pages, root} = await alignedProject(suffix, tag, 60)
        const total = imported.documents.reduce(
          (sum, row) => sum + row.certain + row.uncertain + row.unmatchedSource,
          0
        )
        const certain = imported.documents.reduce((sum, row) => sum + row.certain, 0)
        expect(certain / total).toBeGreaterThan(0.7)
        expect(identical.length).toBeGreaterThan(0)
        expect(identical.length).toBeLessThan(pages.length)
        // Certain translations keep the source's tags: the tags check finds nothing in them.
        const check = await openProject({root}).check({languages: [tag]})
        expect(
          check.problems.filter(({check, messageId}) => check === 'tags' && messageId !== 'syntax').length
        ).toBeLessThanOrEqual(imported.documents.reduce((sum, row) => sum + row.uncertain, 0))
      })
    }

    it('fills only what the catalog lacks; --overwrite replaces; the report names each document', async () => {
      const {root} = await alignedProject('fr', 'fr', 5)
      const again = await runCli(root, 'import', '--language', 'fr', '--from', path.join(corpus, 'pages.fr'))
      expect(again.code).toBe(0)
      expect(again.stdout).toMatch(
        /^pages\/common\/!\.md: 0 aligned, 0 uncertain \(stale, to review\), \d+ kept \(already translated\), \d+ left in the source, \d+ left in the translation\n/
      )
      expect(again.stdout.endsWith('0 files written\n')).toBe(true)
      const json = await runCli(
        root,
        'import',
        '--language',
        'fr',
        '--from',
        path.join(corpus, 'pages.fr'),
        '--overwrite',
        '--format',
        'json'
      )
      const data = JSON.parse(json.stdout) as {documents: Array<{kept: number; certain: number}>; written: string[]}
      expect(data.documents.every(({kept}) => kept === 0)).toBe(true)
      expect(data.documents.some(({certain}) => certain > 0)).toBe(true)
      expect(data.written).toEqual([])
    })
  }
)
