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
  ['pin', []]
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
