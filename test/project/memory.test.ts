/**
 * Translation memory: a segment with no translation whose source text is an exact repeat of one
 * translated elsewhere in the project is filled by extract, marked as from memory, and counted.
 */
import {expect, it} from 'vitest'
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {nodeHost} from '../../src/node/host.js'
import {docsProject, translateCatalog} from '../helpers.js'

it('fills exact repeats from the translations of other documents, marked in the meta as from memory', async () => {
  const root = docsProject({install: '# Install\n\nRun the installer.\n\nNeed help? Ask in the forum.\n'})
  const project = openProject({root})
  await project.extract()
  translateCatalog(root, 'install', 'fr', {
    Install: 'Installation',
    'Run the installer.': 'Lancez l’installateur.',
    'Need help? Ask in the forum.': 'Besoin d’aide ? Demandez sur le forum.'
  })
  await project.extract()
  // A new page repeats one sentence word for word, and has one of its own.
  writeFileSync(path.join(root, 'docs/upgrade.md'), '# Upgrade\n\nNeed help? Ask in the forum.\n')
  const result = await project.extract()
  expect(result.languages).toEqual([
    {language: 'fr', synced: 1, added: 2, fromMemory: 1, stale: 0, obsolete: 0, pruned: 0, stamped: 0}
  ])
  const catalog = JSON.parse(readFileSync(path.join(root, 'locales/fr/upgrade.json'), 'utf8')) as Record<string, string>
  expect(Object.values(catalog)).toEqual(['', 'Besoin d’aide ? Demandez sur le forum.'])
  const meta = JSON.parse(readFileSync(path.join(root, 'locales/fr/upgrade.meta.json'), 'utf8')) as {
    entries: Record<string, {origin?: string; source: string}>
  }
  expect(Object.values(meta.entries)).toEqual([
    expect.objectContaining({source: 'Need help? Ask in the forum.', origin: 'memory'})
  ])
  const coverage = (await project.coverage()).languages.find(({language}) => language === 'fr')!
  expect(coverage.documents.find(({namespace}) => namespace === 'upgrade')).toMatchObject({translated: 1, missing: 1})
})

it('reads again only the catalogs that moved since the last run, and sees a translation edited in place', async () => {
  const pages = {
    about: '# About\n\nWe build tools.\n',
    install: '# Install\n\nRun the installer.\n',
    faq: '# FAQ\n\nNeed help? Ask in the forum.\n',
    upgrade: '# Upgrade\n\nRead the notes first.\n'
  }
  const root = docsProject(pages)
  await openProject({root}).extract()
  translateCatalog(root, 'faq', 'fr', {
    FAQ: 'FAQ',
    'Need help? Ask in the forum.': 'Besoin d’aide ? Demandez sur le forum.'
  })
  translateCatalog(root, 'about', 'fr', {About: 'À propos', 'We build tools.': 'Nous faisons des outils.'})
  await openProject({root}).extract()
  // A first page that needs the memory: every catalog is read once.
  writeFileSync(path.join(root, 'docs/install.md'), `${pages.install}\nNeed help? Ask in the forum.\n`)
  const reads: string[] = []
  const counting = {
    ...nodeHost,
    read: (file: string) => (
      file.includes(`${path.sep}fr${path.sep}`) && reads.push(path.basename(file)), nodeHost.read(file)
    )
  }
  await openProject({root, host: counting}).extract()
  expect(JSON.parse(readFileSync(path.join(root, 'locales/fr/install.json'), 'utf8'))).toMatchObject({
    [memoryKey(root, 'install', 'Need help? Ask in the forum.')]: 'Besoin d’aide ? Demandez sur le forum.'
  })
  // The translator rewrites the FAQ's sentence in place; another page needs the memory.
  const faq = path.join(root, 'locales/fr/faq.json')
  writeFileSync(
    faq,
    readFileSync(faq, 'utf8').replace('Besoin d’aide ? Demandez sur le forum.', 'Une question ? Le forum est là.')
  )
  writeFileSync(path.join(root, 'docs/upgrade.md'), `${pages.upgrade}\nNeed help? Ask in the forum.\n`)
  reads.length = 0
  await openProject({root, host: counting}).extract()
  // Only what moved since the memory learnt it: the FAQ catalog (edited in place) and upgrade's,
  // to sync it; not install's, which the last run wrote and kept for the memory, nor the About
  // page's, translated and unchanged since the last run read it.
  expect([...new Set(reads)].sort()).toEqual(['faq.json', 'upgrade.json'])
  expect(JSON.parse(readFileSync(path.join(root, 'locales/fr/upgrade.json'), 'utf8'))).toMatchObject({
    [memoryKey(root, 'upgrade', 'Need help? Ask in the forum.')]: 'Une question ? Le forum est là.'
  })
})

/** The key of the segment whose source text is `text` in a document's source catalog. */
function memoryKey(root: string, page: string, text: string): string {
  const source = JSON.parse(readFileSync(path.join(root, 'locales/en', `${page}.json`), 'utf8')) as Record<
    string,
    string
  >
  return Object.keys(source).find((key) => source[key] === text)!
}

it('keeps what a sync of many catalogs wrote, so that the next page that needs the memory reads none of them', async () => {
  const pages = Object.fromEntries(
    Array.from({length: 70}, (_, index) => [`page-${index}`, `# Page ${index}\n\nSentence number ${index}.\n`])
  )
  const root = docsProject(pages)
  await openProject({root}).extract()
  // A translators' pass over every page, brought in as a checkout does (new files, so the folder
  // moves), then the extract that syncs them all.
  for (let index = 0; index < 70; index++) {
    translateCatalog(root, `page-${index}`, 'fr', {
      [`Page ${index}`]: `Page ${index}`,
      [`Sentence number ${index}.`]: `Phrase numéro ${index}.`
    })
    const catalog = path.join(root, 'locales/fr', `page-${index}.json`)
    renameSync(catalog, `${catalog}.checkout`)
    renameSync(`${catalog}.checkout`, catalog)
  }
  expect((await openProject({root}).extract()).languages[0]).toMatchObject({synced: 70, stamped: 140})
  writeFileSync(path.join(root, 'docs/new.md'), '# New\n\nSentence number 42.\n')
  const reads: string[] = []
  const counting = {
    ...nodeHost,
    read: (file: string) => (
      file.includes(`${path.sep}fr${path.sep}`) && reads.push(path.basename(file)), nodeHost.read(file)
    )
  }
  const result = await openProject({root, host: counting}).extract()
  expect(result.languages[0]).toMatchObject({synced: 1, fromMemory: 1})
  expect(reads).toEqual([])
  expect(
    Object.values(JSON.parse(readFileSync(path.join(root, 'locales/fr/new.json'), 'utf8')) as Record<string, string>)
  ).toEqual(['', 'Phrase numéro 42.'])
})
