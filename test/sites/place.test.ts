/**
 * A page localized for its place under a site layout (`localizeOutput`): paths rebased from the
 * deeper folder, links with the site's locale key, the untranslated copy marked.
 */
import {cpSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {localizeOutput} from '../../src/project/build.js'
import {loadProject} from '../../src/project/load.js'
import {relativelyLinked} from '../../src/project/place.js'
import {openProject} from '../../src/index.js'
import {nodeHost} from '../../src/node/host.js'
import {fixturesDir, temporaryFolder} from '../helpers.js'

describe('a page placed under a site layout', () => {
  it('Starlight: an MDX import and an image one folder deeper, a JSX link with the locale key, marked untranslated', async () => {
    const root = temporaryFolder('md-l10n-place-')
    cpSync(path.join(fixturesDir, 'starlight', 'init'), root, {recursive: true})
    mkdirSync(path.join(root, 'src/components'), {recursive: true})
    mkdirSync(path.join(root, 'src/assets'), {recursive: true})
    writeFileSync(path.join(root, 'src/components/Card.astro'), '<a><slot /></a>\n')
    writeFileSync(path.join(root, 'src/assets/shot.png'), 'png')
    writeFileSync(
      path.join(root, 'src/content/docs/guides/cards.mdx'),
      [
        '---',
        'title: Cards',
        '---',
        "import Card from '../../../components/Card.astro'",
        '',
        'See the [example](./example.md) and ![shot](../../../assets/shot.png).',
        '',
        '<Card href="/guides/example/" title="Example" />',
        ''
      ].join('\n')
    )
    await openProject({root}).init({})
    await openProject({root}).extract()
    const project = await loadProject(nodeHost, root)
    const document = project.documents.find(({namespace}) => namespace === 'guides/cards')!
    const output = localizeOutput(project, document, 'zh-CN')
    expect(String(output.markdown).replace(/sourceVersion: "\w+"/, 'sourceVersion: <hash>')).toBe(
      [
        '---',
        'title: Cards',
        'lang: zh-CN',
        'sourceVersion: <hash>',
        'outdated: true',
        'untranslated: true',
        '---',
        "import Card from '../../../../components/Card.astro'",
        '',
        'See the [example](./example.md) and ![shot](../../../../assets/shot.png).',
        '',
        '<Card href="/zh-cn/guides/example/" title="Example" />',
        ''
      ].join('\n')
    )
    expect([...relativelyLinked(project)].map(({namespace}) => namespace)).toEqual(['guides/example'])
  })
})
