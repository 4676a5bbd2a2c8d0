/**
 * Links to headings in translated pages: the `anchors` check reports the ones a translation
 * breaks, and `headingIds: "pin"` keeps them working.
 */
import {expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/project/index.js'
import {docsProject, translateCatalog} from '../helpers.js'

it.each([
  ['keep', ['anchors']],
  ['pin', []],
  ['translate', []]
] as const)('with headingIds %s, check reports %j', async (headingIds, checks) => {
  const root = docsProject({guide: '# Install\n\nRun the installer.\n\n## Next\n\nGo back to [the installation](#install).\n'}, {headingIds, dialect: 'vitepress'})
  const project = openProject({root})
  await project.extract()
  translateCatalog(root, 'guide', 'fr', {Install: 'Installation', 'Run the installer.': 'Lancez l’installateur.', Next: 'Ensuite', 'Go back to <1>the installation</1>.': 'Revenez à <1>l’installation</1>.'})
  const result = await project.check()
  expect(result.problems.map(({check}) => check)).toEqual(checks)
})

it('points same-page links at the translated heading’s slug with headingIds: translate', async () => {
  const root = docsProject({guide: '# Install\n\n## Next\n\nBack to [the installation](#install), or [the next step](#next).\n'}, {headingIds: 'translate', dialect: 'starlight'})
  const project = openProject({root})
  await project.extract()
  translateCatalog(root, 'guide', 'fr', {Install: 'Installation', Next: 'Étape suivante', 'Back to <1>the installation</1>, or <2>the next step</2>.': 'Revenez à <1>l’installation</1>, ou à <2>l’étape suivante</2>.'})
  await project.build()
  expect(readFileSync(path.join(root, 'dist/docs/fr/guide.md'), 'utf8')).toBe('# Installation\n\n## Étape suivante\n\nRevenez à [l’installation](#installation), ou à [l’étape suivante](#étape-suivante).\n')
})
