/**
 * Translation memory: a segment with no translation whose source text is an exact repeat of one
 * translated elsewhere in the project is filled by extract, marked as from memory, and counted.
 */
import {expect, it} from 'vitest'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/project/index.js'
import {docsProject, translateCatalog} from '../helpers.js'

it('fills exact repeats from the translations of other documents, marked in the meta as from memory', async () => {
  const root = docsProject({install: '# Install\n\nRun the installer.\n\nNeed help? Ask in the forum.\n'})
  const project = openProject({root})
  await project.extract()
  translateCatalog(root, 'install', 'fr', {Install: 'Installation', 'Run the installer.': 'Lancez l’installateur.', 'Need help? Ask in the forum.': 'Besoin d’aide ? Demandez sur le forum.'})
  await project.extract()
  // A new page repeats one sentence word for word, and has one of its own.
  writeFileSync(path.join(root, 'docs/upgrade.md'), '# Upgrade\n\nNeed help? Ask in the forum.\n')
  const result = await project.extract()
  expect(result.languages).toEqual([{language: 'fr', synced: 1, added: 2, fromMemory: 1, stale: 0, obsolete: 0, pruned: 0, stamped: 0}])
  const catalog = JSON.parse(readFileSync(path.join(root, 'locales/fr/upgrade.json'), 'utf8')) as Record<string, string>
  expect(Object.values(catalog)).toEqual(['', 'Besoin d’aide ? Demandez sur le forum.'])
  const meta = JSON.parse(readFileSync(path.join(root, 'locales/fr/upgrade.meta.json'), 'utf8')) as {entries: Record<string, {origin?: string; source: string}>}
  expect(Object.values(meta.entries)).toEqual([expect.objectContaining({source: 'Need help? Ask in the forum.', origin: 'memory'})])
  const coverage = (await project.coverage()).languages.find(({language}) => language === 'fr')!
  expect(coverage.documents.find(({namespace}) => namespace === 'upgrade')).toMatchObject({translated: 1, missing: 1})
})
