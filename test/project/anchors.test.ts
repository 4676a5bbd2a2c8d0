/**
 * Links to headings in translated pages: the `anchors` check reports the ones a translation
 * breaks, and `headingIds: "pin"` keeps them working.
 */
import {expect, it} from 'vitest'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/project/index.js'
import {temporaryFolder} from '../helpers.js'

it.each([
  ['keep', ['anchors']],
  ['pin', []],
  ['translate', []]
] as const)('with headingIds %s, check reports %j', async (headingIds, checks) => {
  const root = temporaryFolder('md-l10n-anchors-')
  mkdirSync(path.join(root, 'docs'))
  writeFileSync(path.join(root, 'docs/guide.md'), '# Install\n\nRun the installer.\n\n## Next\n\nGo back to [the installation](#install).\n')
  writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({sourceDir: 'docs', sourceLanguage: 'en', languages: ['en', 'fr'], headingIds, dialect: 'vitepress'}))
  const project = openProject({root})
  await project.extract()
  const file = path.join(root, 'locales/fr/guide.json')
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const french: Record<string, string> = {Install: 'Installation', 'Run the installer.': 'Lancez l’installateur.', Next: 'Ensuite', 'Go back to <1>the installation</1>.': 'Revenez à <1>l’installation</1>.'}
  const source = JSON.parse(readFileSync(path.join(root, 'locales/en/guide.json'), 'utf8')) as Record<string, string>
  for (const key of Object.keys(catalog)) catalog[key] = french[source[key]!]!
  writeFileSync(file, JSON.stringify(catalog, null, 2))
  const result = await project.check()
  expect(result.problems.map(({check}) => check)).toEqual(checks)
})

it('points same-page links at the translated heading’s slug with headingIds: translate', async () => {
  const root = temporaryFolder('md-l10n-anchors-')
  mkdirSync(path.join(root, 'docs'))
  writeFileSync(path.join(root, 'docs/guide.md'), '# Install\n\n## Next\n\nBack to [the installation](#install), or [the next step](#next).\n')
  writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({sourceDir: 'docs', sourceLanguage: 'en', languages: ['en', 'fr'], headingIds: 'translate', dialect: 'starlight'}))
  const project = openProject({root})
  await project.extract()
  const file = path.join(root, 'locales/fr/guide.json')
  const source = JSON.parse(readFileSync(path.join(root, 'locales/en/guide.json'), 'utf8')) as Record<string, string>
  const french: Record<string, string> = {Install: 'Installation', Next: 'Étape suivante', 'Back to <1>the installation</1>, or <2>the next step</2>.': 'Revenez à <1>l’installation</1>, ou à <2>l’étape suivante</2>.'}
  writeFileSync(file, JSON.stringify(Object.fromEntries(Object.keys(source).map((key) => [key, french[source[key]!]!])), null, 2))
  await project.build()
  expect(readFileSync(path.join(root, 'dist/docs/fr/guide.md'), 'utf8')).toBe('# Installation\n\n## Étape suivante\n\nRevenez à [l’installation](#installation), ou à [l’étape suivante](#étape-suivante).\n')
})
