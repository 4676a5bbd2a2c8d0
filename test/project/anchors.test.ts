/**
 * Links to headings in translated pages: the `anchors` check reports the ones a translation
 * breaks, and `headingIds: "pin"` keeps them working.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {docsProject, translateCatalog} from '../helpers.js'

it.each([
  ['keep', ['anchors']],
  ['pin', []],
  ['translate', []]
] as const)('with headingIds %s, check reports %j', async (headingIds, checks) => {
  const root = docsProject(
    {guide: '# Install\n\nRun the installer.\n\n## Next\n\nGo back to [the installation](#install).\n'},
    {headingIds, dialect: 'vitepress'}
  )
  const project = openProject({root})
  await project.extract()
  translateCatalog(root, 'guide', 'fr', {
    Install: 'Installation',
    'Run the installer.': 'Lancez l’installateur.',
    Next: 'Ensuite',
    'Go back to <1>the installation</1>.': 'Revenez à <1>l’installation</1>.'
  })
  const result = await project.check()
  expect(result.problems.map(({check}) => check)).toEqual(checks)
})

it('points same-page links at the translated heading’s slug with headingIds: translate', async () => {
  const root = docsProject(
    {guide: '# Install\n\n## Next\n\nBack to [the installation](#install), or [the next step](#next).\n'},
    {headingIds: 'translate', dialect: 'starlight'}
  )
  const project = openProject({root})
  await project.extract()
  translateCatalog(root, 'guide', 'fr', {
    Install: 'Installation',
    Next: 'Étape suivante',
    'Back to <1>the installation</1>, or <2>the next step</2>.':
      'Revenez à <1>l’installation</1>, ou à <2>l’étape suivante</2>.'
  })
  await project.build()
  expect(readFileSync(path.join(root, 'dist/docs/fr/guide.md'), 'utf8')).toBe(
    '# Installation\n\n## Étape suivante\n\nRevenez à [l’installation](#installation), ou à [l’étape suivante](#étape-suivante).\n'
  )
})

describe('links between pages', () => {
  const pages = {
    guide:
      '# Guide\n\nFirst [install it](setup.md#install), then [configure it](./setup#configure-it).\n\n## Usage\n\nUse it.\n',
    setup:
      '# Setup\n\n## Install\n\nRun it, then read [the usage](guide.md#usage).\n\n## Configure it\n\nEdit the file.\n'
  }
  const guideFr = {
    Guide: 'Guide',
    'First <1>install it</1>, then <2>configure it</2>.': 'D’abord <1>installez-le</1>, puis <2>configurez-le</2>.',
    Usage: 'Utilisation',
    'Use it.': 'Utilisez-le.'
  }
  const setupFr = {
    Setup: 'Mise en place',
    Install: 'Installation',
    'Run it, then read <1>the usage</1>.': 'Lancez-le, puis lisez <1>l’utilisation</1>.',
    'Edit the file.': 'Modifiez le fichier.'
  }

  async function translated(headingIds: string) {
    const root = docsProject(pages, {headingIds, dialect: 'starlight'})
    await openProject({root}).extract()
    translateCatalog(root, 'guide', 'fr', guideFr)
    translateCatalog(root, 'setup', 'fr', setupFr)
    return root
  }
  const output = (root: string, page: string) => readFileSync(path.join(root, `dist/docs/fr/${page}.md`), 'utf8')

  it('with headingIds: translate, points each link at the translated heading of the other page, and check is clean', async () => {
    const root = await translated('translate')
    const project = openProject({root})
    await project.build()
    // `Configure it` has no translation: its source slug stands.
    expect(output(root, 'guide')).toBe(
      '# Guide\n\nD’abord [installez-le](setup.md#installation), puis [configurez-le](./setup#configure-it).\n\n## Utilisation\n\nUtilisez-le.\n'
    )
    expect(output(root, 'setup')).toBe(
      '# Mise en place\n\n## Installation\n\nLancez-le, puis lisez [l’utilisation](guide.md#utilisation).\n\n## Configure it\n\nModifiez le fichier.\n'
    )
    expect((await project.check()).problems.filter(({check}) => check === 'anchors')).toEqual([])
  })

  it('with headingIds: keep, check reports each link into the other page that the translation breaks', async () => {
    const root = await translated('keep')
    const problems = (await openProject({root}).check()).problems.filter(({check}) => check === 'anchors')
    expect(problems.map(({namespace, message}) => [namespace, message])).toEqual([
      [
        'guide',
        'the link to `setup.md#install` reaches a heading of `docs/setup.md` in the source but none in its translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#install}` in `docs/setup.md`'
      ],
      [
        'setup',
        'the link to `guide.md#usage` reaches a heading of `docs/guide.md` in the source but none in its translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#usage}` in `docs/guide.md`'
      ]
    ])
  })

  it('rebuilds a page when the page it links to changes its translated heading, and only then', async () => {
    const root = await translated('translate')
    await openProject({root}).build()
    const unchanged = await openProject({root}).build()
    expect(unchanged.written).toEqual([])
    translateCatalog(root, 'setup', 'fr', {...setupFr, Install: 'Installer', 'Configure it': 'Configurer'})
    const again = await openProject({root}).build()
    expect(again.written.filter((file) => file.startsWith('dist/docs/'))).toEqual([
      'dist/docs/fr/guide.md',
      'dist/docs/fr/setup.md'
    ])
    expect(output(root, 'guide')).toBe(
      '# Guide\n\nD’abord [installez-le](setup.md#installer), puis [configurez-le](./setup#configurer).\n\n## Utilisation\n\nUtilisez-le.\n'
    )
  })

  it('reports a rewritten link to a page build omits in that language', async () => {
    const root = docsProject(
      {guide: '# Guide\n\nSee [the setup](/en/setup/).\n', setup: '# Setup\n\nRun it.\n'},
      {untranslatedDocuments: 'omit', links: [{from: '/en/', to: '/{lang}/'}]}
    )
    await openProject({root}).extract()
    translateCatalog(root, 'guide', 'fr', {Guide: 'Guide', 'See <1>the setup</1>.': 'Voir <1>la mise en place</1>.'})
    const problems = (await openProject({root}).check()).problems.filter(({check}) => check === 'anchors')
    expect(problems.map(({namespace, messageId}) => [namespace, messageId])).toEqual([['guide', 'unbuilt']])
  })
})
