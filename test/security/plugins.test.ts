/**
 * Threat: `remarkPlugins` load code from wherever resolution happens to find it (a parent folder's
 * `node_modules`, a path outside the repository), and a plugin's own failure reads as md-l10n's
 * bug. The repository's config and plugins are trusted; the machine around it is not. Defence:
 * plugins resolve inside the project, its `node_modules`, or a folder `pluginFolders` names; an
 * error thrown by a plugin's code is an input error naming the plugin and the document.
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree, type World} from './world.js'

const passing = 'export default function () {}\n'

interface Case {
  name: string
  plugins: string[]
  pluginFolders?: string[]
  files: Record<string, string>
  code: number
  stderr: string
}

const cases: Case[] = [
  {
    name: 'a plugin file outside the project',
    plugins: ['../outside/plugin.mjs'],
    files: {'outside/plugin.mjs': passing},
    code: 2,
    stderr:
      'md-l10n extract: md-l10n.config.json:4: `remarkPlugins` entry `../outside/plugin.mjs` resolves to {base}/outside/plugin.mjs, outside the project and its node_modules; install it in the project, or name its folder in `pluginFolders`\n'
  },
  {
    name: 'a package found in a parent folder’s node_modules',
    plugins: ['remark-parent'],
    files: {
      'node_modules/remark-parent/package.json': '{"name": "remark-parent", "type": "module", "main": "index.js"}\n',
      'node_modules/remark-parent/index.js': passing
    },
    code: 2,
    stderr:
      'md-l10n extract: md-l10n.config.json:4: `remarkPlugins` entry `remark-parent` resolves to {base}/node_modules/remark-parent/index.js, outside the project and its node_modules; install it in the project, or name its folder in `pluginFolders`\n'
  },
  {
    name: 'a plugin outside the project, in a folder `pluginFolders` names',
    plugins: ['../outside/plugin.mjs'],
    pluginFolders: ['../outside'],
    files: {'outside/plugin.mjs': passing},
    code: 0,
    stderr: ''
  },
  {
    name: 'a plugin in the project’s node_modules',
    plugins: ['remark-own'],
    files: {
      'project/node_modules/remark-own/package.json': '{"name": "remark-own", "type": "module", "main": "index.js"}\n',
      'project/node_modules/remark-own/index.js': passing
    },
    code: 0,
    stderr: ''
  },
  {
    name: 'a plugin that throws an error',
    plugins: ['./plugins/throws.mjs'],
    files: {
      'project/plugins/throws.mjs':
        "export default function () {\n  return () => {\n    throw new Error('the tree is not what I expected')\n  }\n}\n"
    },
    code: 2,
    stderr:
      'md-l10n extract: source/index.md: the remark plugin `./plugins/throws.mjs` failed on this document: the tree is not what I expected\n'
  },
  {
    name: 'a plugin that throws something that is not an error',
    plugins: ['./plugins/throws.mjs'],
    files: {'project/plugins/throws.mjs': "export default function () {\n  return () => {\n    throw 'nope'\n  }\n}\n"},
    code: 2,
    stderr: 'md-l10n extract: source/index.md: a remark plugin (`./plugins/throws.mjs`) threw nope on this document\n'
  }
]

function plant(world: World, files: Record<string, string>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(world.base, relative)
    mkdirSync(path.dirname(file), {recursive: true})
    writeFileSync(file, content)
  }
}

describe('remark plugins come from the project, and their errors are theirs', () => {
  it.each(cases)('$name', async ({plugins, pluginFolders, files, code, stderr}) => {
    const world = await makeWorld()
    plant(world, files)
    const settings = {
      sourceLanguage: 'en',
      languages: ['fr'],
      remarkPlugins: plugins,
      ...(pluginFolders ? {pluginFolders} : {})
    }
    writeFileSync(
      path.join(world.root, 'md-l10n.config.json'),
      `${JSON.stringify(settings, null, 2).replace(/\[\n\s+("[^"]*")\n\s+\]/g, '[$1]')}\n`
    )
    const before = worldTree(world)
    const result = await runCli(world.root, 'extract')
    expect(result.stderr).toBe(stderr.replaceAll('{base}', world.base))
    expect(result.code).toBe(code)
    if (code === 2) expect(worldTree(world)).toEqual(before)
  })
})
