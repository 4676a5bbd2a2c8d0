/**
 * Raw HTML through a whole project: extract offers its text and prose attributes, check reports a
 * translation that drops a tag or adds markup, build writes the HTML with the translation as text.
 */
import {expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {docsProject, translateCatalog} from '../helpers.js'

const page =
  '# FAQ\n\n<details>\n<summary>Why does <b>pnpm</b> use symlinks?</summary>\n\nTo save disk space.\n\n</details>\n\n<p align="center"><img src="logo.svg" alt="pnpm logo"></p>\n'

it('extracts, checks and builds the text and attributes of HTML', async () => {
  const root = docsProject({faq: page})
  const project = openProject({root})
  await project.extract()
  const catalog = JSON.parse(readFileSync(path.join(root, 'locales/en/faq.json'), 'utf8')) as Record<string, string>
  expect(Object.entries(catalog).map(([key, text]) => `${key.replace(/-.*/, '')}: ${text}`)).toEqual([
    'h: FAQ',
    'html: Why does <1>pnpm</1> use symlinks?',
    'p: To save disk space.',
    'attr: pnpm logo'
  ])
  translateCatalog(root, 'faq', 'fr', {
    FAQ: 'FAQ',
    'Why does <1>pnpm</1> use symlinks?': 'Pourquoi pnpm utilise-t-il des liens symboliques ?',
    'To save disk space.': 'Pour économiser de la place.',
    'pnpm logo': 'Logo de pnpm <script>alert(1)</script>'
  })
  const result = await project.check()
  expect(
    result.problems.map(({check, messageId}) => `${check}/${messageId}`).filter((id) => !id.startsWith('untranslated'))
  ).toEqual(['tags/missingTag', 'markup-safety/added', 'markup-safety/added'])
  await project.build()
  expect(readFileSync(path.join(root, 'dist/docs/fr/faq.md'), 'utf8')).toContain(
    '<details>\n<summary>Why does <b>pnpm</b> use symlinks?</summary>\n\nPour économiser de la place.\n\n</details>\n\n<p align="center"><img src="logo.svg" alt="Logo de pnpm &lt;script&gt;alert(1)&lt;/script&gt;"></p>\n'
  )
})
