import {describe, expect, it} from 'vitest'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {openProject} from '../../src/index.js'
import {remarkL10n} from '../../src/remark/index.js'
import {runCli, snapshot, temporaryFolder} from '../helpers.js'

function project(config: Record<string, unknown>, files: Record<string, string>): string {
  const root = temporaryFolder()
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    JSON.stringify({sourceLanguage: 'en', languages: ['en', 'de'], ...config}, null, 2)
  )
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'source', file)), {recursive: true})
    writeFileSync(path.join(root, 'source', file), text)
  }
  return root
}

const bom = '\uFEFF'
const page = `${bom}---\ntitle: Intro\n---\n\n## Getting started {#start}\n\n:::tip[Good to know]\nRead this first.\n:::\n`
const partial = `${bom}import Note from './note.mdx'\n\n# Partial\n\n<Note title="Careful now">Text of the note.</Note>\n`

describe('a Docusaurus project with .md and .mdx sources', () => {
  it('keeps a BOM, the extension and the namespace without it, and pins heading ids', async () => {
    const root = project(
      {dialect: 'docusaurus', headingIds: 'pin'},
      {'intro.md': page, 'settings/_partial.mdx': partial}
    )
    const api = openProject({root})
    const extracted = await api.extract()
    expect(extracted.documents).toBe(2)
    await api.pseudo({language: 'de'})
    await api.build()
    expect(readFileSync(path.join(root, 'dist/docs/en/intro.md'), 'utf8')).toBe(page)
    expect(readFileSync(path.join(root, 'dist/docs/en/settings/_partial.mdx'), 'utf8')).toBe(partial)
    const german = readFileSync(path.join(root, 'dist/docs/de/intro.md'), 'utf8')
    expect(german.startsWith(`${bom}---\n`)).toBe(true)
    // Pseudo brackets are text as they are (issue 29: no `\[…\]` in titles), except in a directive's label.
    expect(german).toContain('\n## [Ĝéţţîñĝ šţåŕţéð ··] {#start}\n')
    expect(german).toContain('\n:::tip[\\[Ĝööð ţö ķñöŵ ·\\]]\n[Ŕéåð ţĥîš ƒîŕšţ. ··]\n:::\n')
    const germanPartial = readFileSync(path.join(root, 'dist/docs/de/settings/_partial.mdx'), 'utf8')
    expect(germanPartial).toContain(`${bom}import Note from './note.mdx'\n`)
    // Docusaurus with MDX reads a pinned id from an MDX comment (issue 29), not `{#id}`.
    expect(germanPartial).toContain('\n# [Þåŕţîåļ ·] \\{#partial}\n')
    expect(germanPartial).toContain('\n[<Note title="[Çåŕéƒûļ ñöŵ ·]">Ţéẋţ öƒ ţĥé ñöţé.</Note> ··]\n')
    expect(existsSync(path.join(root, 'locales/de/settings/_partial.json'))).toBe(true)
  })

  it('exits 2 naming the file and line of an unclosed container, and writes nothing', async () => {
    const root = project({dialect: 'vitepress'}, {'guide.md': '# Guide\n\n::: tip Keep it short\nNever closed.\n'})
    const before = snapshot(root)
    const result = await runCli(root, 'extract')
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe(
      'md-l10n extract: source/guide.md:3: container `::: tip Keep it short` is never closed: add a `:::` line after its content'
    )
    expect(snapshot(root)).toEqual(before)
  })

  it('exits 2 naming the config line of a remark plugin that cannot be found, and writes nothing', async () => {
    const root = project({remarkPlugins: ['remark-not-installed']}, {'guide.md': '# Guide\n'})
    const before = snapshot(root)
    const result = await runCli(root, 'extract')
    expect(result.code).toBe(2)
    expect(result.stderr.trim()).toBe(
      'md-l10n extract: md-l10n.config.json:8: `remarkPlugins` entry `remark-not-installed` cannot be found from the project folder (install it, or give a path starting with `./`)'
    )
    expect(snapshot(root)).toEqual(before)
  })

  it('loads a remark plugin of the project, with its options, and its syntax reaches no translator', async () => {
    const root = project(
      {remarkPlugins: [['./plugins/remark-ticket.mjs', {prefix: 'JIRA-'}]]},
      {'guide.md': '# Guide\n\nFixed in JIRA-42 last week.\n'}
    )
    mkdirSync(path.join(root, 'plugins'))
    // A team's own syntax: ticket references become `ticket` nodes, which no handler turns into text.
    writeFileSync(
      path.join(root, 'plugins/remark-ticket.mjs'),
      `export default function remarkTicket({prefix}) {\n  return (tree) => {\n    const visit = (node) => {\n      if (!node.children) return\n      node.children = node.children.flatMap((child) => {\n        if (child.type !== 'text' || !child.value.includes(prefix)) { visit(child); return [child] }\n        const at = child.value.indexOf(prefix)\n        const end = at + prefix.length + /^\\d+/.exec(child.value.slice(at + prefix.length))[0].length\n        const offset = child.position.start.offset\n        const point = (o) => ({line: 0, column: 0, offset: offset + o})\n        return [\n          {type: 'text', value: child.value.slice(0, at), position: {start: point(0), end: point(at)}},\n          {type: 'ticket', value: child.value.slice(at, end), position: {start: point(at), end: point(end)}},\n          {type: 'text', value: child.value.slice(end), position: {start: point(end), end: point(child.value.length)}}\n        ]\n      })\n    }\n    visit(tree)\n  }\n}\n`
    )
    await openProject({root}).extract()
    const catalog = Object.values(
      JSON.parse(readFileSync(path.join(root, 'locales/en/guide.json'), 'utf8')) as Record<string, string>
    )
    expect(catalog).toEqual(['Guide', 'Fixed in <1/> last week.'])
  })
})

describe('remarkL10n', () => {
  it('keeps a BOM in the compiled document', async () => {
    const source = `${bom}# Title\n\nText.\n`
    const file = await unified().use(remarkParse).use(remarkL10n, {translations: {}}).process(source)
    expect(String(file)).toBe(source)
    const segments = file.data.l10n!.segments
    const translated = await unified()
      .use(remarkParse)
      .use(remarkL10n, {translations: {[segments[0]!.key]: 'Titel'}})
      .process(source)
    expect(String(translated)).toBe(`${bom}# Titel\n\nText.\n`)
  })
})
