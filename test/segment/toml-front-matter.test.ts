/**
 * Hugo's TOML front matter (`+++`): the configured fields are segments, translations are spliced
 * back in the source's string style, and every other byte of the block stays.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {getStaticTOMLValue, parseTOML} from 'toml-eslint-parser'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {localizeDocument} from '../../src/assemble/localize.js'
import {InputError} from '../../src/util/errors.js'
import {main} from '../../src/cli/main.js'
import {memoryOutput} from '../../src/cli/io.js'
import {docsProject, translateCatalog} from '../helpers.js'

const file = 'test/fixtures/hugo/toml-front-matter.md'
const page = readFileSync(file, 'utf8')
const frontMatterFields = [
  'title',
  'linkTitle',
  'description',
  'params.subtitle',
  'params.author.name',
  'menu.main.*.name'
]
const document = segmentDocument(page, {dialect: 'hugo', frontMatterFields})

/** The data of a document's TOML front matter, read back with the TOML parser. */
function frontMatterData(markdown: string): Record<string, unknown> {
  return getStaticTOMLValue(parseTOML(/^\+\+\+\n([\s\S]*?)\n\+\+\+\n/.exec(markdown)![1]!)) as Record<string, unknown>
}

describe('TOML front matter', () => {
  it('offers the configured fields, nested ones by path, as segments', () => {
    expect(
      document.segments.filter(({kind}) => kind === 'frontMatter').map(({field, text, line}) => ({field, text, line}))
    ).toEqual([
      {field: 'title', text: 'Host on GitHub Pages', line: 2},
      {field: 'linkTitle', text: 'GitHub Pages', line: 3},
      {field: 'description', text: 'Deploy a Hugo site to GitHub Pages\nwith a GitHub Actions workflow.', line: 4},
      {field: 'params.subtitle', text: 'Free hosting for public repositories', line: 15},
      {field: 'params.author.name', text: 'Jane Doe', line: 17},
      {field: 'menu.main.0.name', text: 'GitHub Pages', line: 20}
    ])
    expect(document.segments.filter(({kind}) => kind !== 'frontMatter').map(({text}) => text)).toEqual([
      'Hugo builds your site in the <1/> folder. <2/>',
      'Create a workflow',
      'Commit the workflow file to <1/>.'
    ])
  })

  it('gives the page back byte for byte when every field is translated by its own text', () => {
    expect(assembleDocument(document, (segment) => segment.text).markdown).toBe(page)
  })

  it('splices translations in the source’s string style, escaping what needs it, and every other byte stays', () => {
    const translations: Record<string, string> = {
      title: 'Héberger sur « GitHub Pages »',
      linkTitle: 'GitHub Pages (gratuit)',
      description: 'Déployer un site Hugo sur GitHub Pages\navec un workflow GitHub Actions.',
      'params.subtitle': 'L’hébergement gratuit des dépôts publics',
      'menu.main.0.name': 'Pages GitHub'
    }
    const {markdown} = assembleDocument(document, (segment) => translations[segment.field ?? ''])
    expect(markdown).toBe(
      page
        .replace('title = "Host on GitHub Pages"', 'title = "Héberger sur « GitHub Pages »"')
        .replace("linkTitle = 'GitHub Pages'", "linkTitle = 'GitHub Pages (gratuit)'")
        .replace(
          'Deploy a Hugo site to GitHub Pages\nwith a GitHub Actions workflow.',
          'Déployer un site Hugo sur GitHub Pages\navec un workflow GitHub Actions.'
        )
        .replace(
          "subtitle = 'Free hosting for public repositories'",
          "subtitle = 'L’hébergement gratuit des dépôts publics'"
        )
        .replace('name = "GitHub Pages"', 'name = "Pages GitHub"')
    )
  })

  it.each([
    ['quotes', 'Le guide "officiel" d’O\'Reilly'],
    ['backslashes', 'C:\\hugo\\bin et \\n littéral'],
    ['line breaks', 'Première ligne\nseconde ligne\n'],
    ['triple quotes and a closing quote', 'Il a dit """non""" puis "oui"'],
    ['control characters', 'tab\there, bell\u0007 and DEL\u007f']
  ])('a translation with %s reads back equal with the TOML parser', (_, translation) => {
    const {markdown} = assembleDocument(document, (segment) =>
      segment.kind === 'frontMatter' ? translation : undefined
    )
    const data = frontMatterData(markdown) as {
      title: string
      linkTitle: string
      description: string
      params: {subtitle: string; author: {name: string}}
      menu: {main: Array<{name: string}>}
      weight: number
    }
    expect([
      data.title,
      data.linkTitle,
      data.description,
      data.params.subtitle,
      data.params.author.name,
      data.menu.main[0]!.name
    ]).toEqual(Array(6).fill(translation))
    expect(data.weight).toBe(20)
    expect(markdown.slice(markdown.indexOf('+++\n\n'))).toBe(page.slice(page.indexOf('+++\n\n')))
  })

  it('sets `lang` and the other build fields as top-level keys, before any table', () => {
    const {markdown} = localizeDocument(document, [], {language: 'fr', sourceLanguage: 'en'})
    expect(markdown.startsWith(`+++\nlang = "fr"\nsourceVersion = "`)).toBe(true)
    const data = frontMatterData(markdown)
    expect([data.lang, data.outdated, (data.params as Record<string, unknown>).lang]).toEqual(['fr', true, undefined])
  })

  it('replaces a `lang` the page has, in place', () => {
    const withLang = segmentDocument('+++\ntitle = "Home"\nlang = "en"\n+++\n\nHello.\n', {dialect: 'hugo'})
    expect(localizeDocument(withLang, [], {language: 'fr', sourceLanguage: 'en'}).markdown).toMatch(
      /^\+\+\+\nsourceVersion = "[^"]+"\noutdated = true\ntitle = "Home"\nlang = "fr"\n\+\+\+\n/
    )
  })

  it('refuses malformed TOML, naming the file and the line', () => {
    const bad = () =>
      segmentDocument('+++\ntitle = "Home"\nweight = = 3\n+++\n\nHello.\n', {
        dialect: 'hugo',
        file: 'content/_index.md'
      })
    expect(bad).toThrow(InputError)
    expect(bad).toThrow(/^malformed TOML front matter: /)
    try {
      bad()
    } catch (error) {
      expect([(error as InputError).file, (error as InputError).line]).toEqual(['content/_index.md', 3])
    }
  })

  it('leaves `+++` that does not close as text', () => {
    expect(segmentDocument('+++\ntitle = "x"\n\nNo closing fence.\n').frontMatter).toBeUndefined()
  })
})

describe('a Hugo project with TOML front matter', () => {
  it('builds the translated page with its TOML spliced; a translation whose TOML would not parse back falls back to its source, reported, every page written', async () => {
    const root = docsProject({'hosting/github': page}, {dialect: 'hugo', frontMatterFields})
    expect(await main(['extract', '--cwd', root], memoryOutput())).toBe(0)
    translateCatalog(root, 'hosting/github', 'fr', {
      'Host on GitHub Pages': 'Héberger sur "GitHub Pages"',
      'Free hosting for public repositories': 'Hébergement gratuit'
    })
    expect(await main(['build', '--cwd', root], memoryOutput())).toBe(0)
    const built = readFileSync(path.join(root, 'dist/docs/fr/hosting/github.md'), 'utf8')
    expect(frontMatterData(built)).toMatchObject({
      lang: 'fr',
      title: 'Héberger sur "GitHub Pages"',
      params: {subtitle: 'Hébergement gratuit'},
      weight: 20
    })
    // A lone surrogate: JSON carries it, TOML has no escape for it.
    translateCatalog(root, 'hosting/github', 'fr', {'Host on GitHub Pages': 'Héberger \ud800'})
    const output = memoryOutput()
    expect(await main(['build', '--cwd', root], output)).toBe(0)
    const warnings = output.stderr.trim().split('\n')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(
      /^warning: locales\/fr\/hosting\/github\.json: `fm-title`: the page would not be valid with this translation: its front matter would not be valid TOML \(.+\); the source text is used$/
    )
    const fallen = frontMatterData(readFileSync(path.join(root, 'dist/docs/fr/hosting/github.md'), 'utf8'))
    expect(fallen).toMatchObject({lang: 'fr', title: 'Host on GitHub Pages', outdated: true})
    const check = memoryOutput()
    expect(await main(['check', '--cwd', root, '--format', 'json'], check)).toBe(1)
    const problems = (
      JSON.parse(check.stdout) as {problems: Array<{check: string; key: string; messageId: string; severity: string}>}
    ).problems
    expect(
      problems
        .filter(({check}) => check === 'valid-page')
        .map(({key, messageId, severity}) => ({key, messageId, severity}))
    ).toEqual([{key: 'fm-title', messageId: 'fellBack', severity: 'error'}])
  })
})
