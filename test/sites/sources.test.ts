import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {nodeHost} from '../../src/node/host.js'
import {readSite} from '../../src/sites/index.js'
import {checkLayouts, layoutLanguage, outputMatcher, sitePathOf} from '../../src/sites/resolve.js'
import {listRoots, resolveRoots} from '../../src/sites/sources.js'
import {fixturesDir, temporaryFolder} from '../helpers.js'

const site = (generator: string) => path.join(fixturesDir, generator, 'init')

/** The sources a generator's own roots hold, with the target languages' outputs left out. */
function listSite(generator: string, skip: string[] = []) {
  const facts = readSite(nodeHost, site(generator))!
  const roots = resolveRoots(facts.roots, undefined)
  const targets = facts.targets.map(({key, tag}) => ({key, tag})).map(({key, tag}) => ({tag, locale: key}))
  const listed = listRoots(nodeHost, site(generator), roots, {
    skip: [...facts.buildFolders, ...skip],
    isOutput: outputMatcher(roots, targets)
  })
  return {facts, roots, targets, listed}
}

describe("listing a site's sources", () => {
  it.each([
    [
      'vitepress',
      [
        ['docs/en/guide/getting-started.md', 'guide/getting-started'],
        ['docs/en/guide/what-is-vitepress.md', 'guide/what-is-vitepress'],
        ['docs/en/index.md', 'index']
      ]
    ],
    [
      'starlight',
      [
        ['src/content/docs/guides/example.md', 'guides/example'],
        ['src/content/docs/index.mdx', 'index']
      ]
    ],
    [
      'docusaurus',
      [
        ['docs/intro.md', 'intro'],
        ['blog/2024-01-01-welcome.md', 'blog/2024-01-01-welcome'],
        ['src/pages/markdown-page.md', 'pages/markdown-page']
      ]
    ],
    [
      'hugo',
      [
        ['content/_index.md', '_index'],
        ['content/docs/install.md', 'docs/install']
      ]
    ],
    [
      'jekyll',
      [
        ['_posts/2024-01-01-welcome.md', '_posts/2024-01-01-welcome'],
        ['about.md', 'about']
      ]
    ],
    [
      'mdbook',
      [
        ['src/SUMMARY.md', 'SUMMARY'],
        ['src/chapter_1.md', 'chapter_1']
      ]
    ],
    ['mkdocs', [['docs/index.md', 'index']]]
  ])("%s: the source language's pages only", (generator, expected) => {
    const {listed} = listSite(generator)
    expect(listed.sources.map(({file, namespace}) => [file, namespace])).toEqual(expected)
  })

  it("leaves out node_modules, build folders, md-l10n's folders and excluded globs", () => {
    const root = temporaryFolder()
    for (const file of [
      'a.md',
      'node_modules/x/readme.md',
      'dist/docs/fr/a.md',
      'locales/x.md',
      'drafts/b.md',
      'c.draft.md',
      '.git/d.md',
      'img/logo.png',
      'fr/a.md'
    ]) {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
      writeFileSync(path.join(root, file), '# x\n')
    }
    const roots = resolveRoots(
      [{dir: '.', exclude: ['drafts/**', '**/*.draft.md'], layout: '{locale}/{path}'}],
      undefined
    )
    const listed = listRoots(nodeHost, root, roots, {
      skip: ['dist', 'locales'],
      isOutput: outputMatcher(roots, [{tag: 'fr', locale: 'fr'}])
    })
    expect(listed.sources.map(({file}) => file)).toEqual(['a.md'])
    expect(listed.assets.map(({relativePath}) => relativePath)).toEqual(['img/logo.png'])
  })

  it("reads a page whose name starts with a dot (tldr's `..md`), not a dot-folder or a dot-file asset", () => {
    const root = temporaryFolder()
    for (const file of ['common/..md', 'common/.hidden/a.md', 'common/.env', 'common/a.md']) {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
      writeFileSync(path.join(root, file), '# x\n')
    }
    const listed = listRoots(nodeHost, root, resolveRoots([{dir: '.'}], undefined), {skip: []})
    expect(listed.sources.map(({file, namespace}) => [file, namespace])).toEqual([
      ['common/..md', 'common/.'],
      ['common/a.md', 'common/a']
    ])
    expect(listed.assets).toEqual([])
  })

  it('include keeps only the pages its globs match', () => {
    const root = temporaryFolder()
    for (const file of ['docs/a.md', 'docs/b.mdx', 'docs/api/c.md']) {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
      writeFileSync(path.join(root, file), '# x\n')
    }
    const roots = resolveRoots([{dir: 'docs', include: ['**/*.md']}], undefined)
    expect(listRoots(nodeHost, root, roots, {skip: []}).sources.map(({file}) => file)).toEqual([
      'docs/a.md',
      'docs/api/c.md'
    ])
  })
})

describe("where a site's pages go", () => {
  it.each([
    [
      'vitepress',
      'zh',
      'zh-Hans',
      ['docs/zh/guide/getting-started.md', 'docs/zh/guide/what-is-vitepress.md', 'docs/zh/index.md']
    ],
    ['starlight', 'zh-cn', 'zh-CN', ['src/content/docs/zh-cn/guides/example.md', 'src/content/docs/zh-cn/index.mdx']],
    [
      'docusaurus',
      'pt-BR',
      'pt-BR',
      [
        'i18n/pt-BR/docusaurus-plugin-content-docs/current/intro.md',
        'i18n/pt-BR/docusaurus-plugin-content-blog/2024-01-01-welcome.md',
        'i18n/pt-BR/docusaurus-plugin-content-pages/markdown-page.md'
      ]
    ],
    ['hugo', 'de', 'de-DE', ['content/_index.de.md', 'content/docs/install.de.md']],
    ['jekyll', 'fr', 'fr', ['fr/_posts/2024-01-01-welcome.md', 'fr/about.md']],
    ['mkdocs', 'fr', 'fr', ['docs/index.fr.md']]
  ])('%s, %s', (generator, locale, tag, expected) => {
    const {listed} = listSite(generator)
    expect(listed.sources.map((source) => sitePathOf(source, {locale, tag}))).toEqual(expected)
  })

  it('the build layout is no site path', () => {
    const {listed} = listSite('mdbook')
    expect(listed.sources.map((source) => sitePathOf(source, {locale: 'fr', tag: 'fr'}))).toEqual([
      undefined,
      undefined
    ])
  })
})

describe('checkLayouts refuses a layout that writes over the sources', () => {
  const source = (dir: string, relativePath: string, layout: string) => ({
    root: {dir, layout, namespace: ''},
    relativePath,
    file: dir ? `${dir}/${relativePath}` : relativePath,
    namespace: relativePath.replace(/\.md$/, '')
  })

  it.each([
    [
      'a target keyed like the source folder',
      [source('docs/en', 'a.md', 'docs/{locale}/{path}')],
      {tag: 'fr', locale: 'en'},
      '`layout` "docs/{locale}/{path}" puts fr pages in `docs/en/`, which holds the source pages of `docs/en/`; nothing was written'
    ],
    [
      'an output on a source page',
      [source('docs', 'a.md', 'docs/{stem}.{locale}{ext}'), source('docs', 'a.fr.md', 'docs/{stem}.{locale}{ext}')],
      {tag: 'fr', locale: 'fr'},
      '`layout` puts the fr page of `docs/a.md` at `docs/a.fr.md`, a source page; nothing was written'
    ],
    [
      'two pages at one place',
      [source('docs', 'a.md', 'out/{locale}/a.md/{path}'), source('docs', 'b.md', 'out/{locale}/{path}')],
      {tag: 'fr', locale: 'fr'},
      ''
    ]
  ])('%s', (_, sources, language, message) => {
    const roots = [...new Map(sources.map(({root}) => [root.dir + root.layout, root])).values()]
    if (message === '') {
      expect(() => checkLayouts(sources, roots, [language])).not.toThrow()
      return
    }
    expect(() => checkLayouts(sources, roots, [language])).toThrow(message)
  })

  it('a root-locale layout is fine', () => {
    const {listed, roots, targets} = listSite('starlight')
    expect(() => checkLayouts(listed.sources, roots, targets)).not.toThrow()
  })

  it('two sources one output', () => {
    const sources = [source('a', 'x.md', 'out/{locale}/{path}'), {...source('b', 'x.md', 'out/{locale}/{path}')}]
    expect(() => checkLayouts(sources, [sources[0]!.root, sources[1]!.root], [{tag: 'fr', locale: 'fr'}])).toThrow(
      '`layout` puts both `a/x.md` and `b/x.md` at `out/fr/x.md`; nothing was written'
    )
  })

  it('layoutLanguage takes the locale key from `locales`', () => {
    expect(layoutLanguage({locales: {'zh-Hans': 'zh'}}, 'zh-Hans')).toEqual({tag: 'zh-Hans', locale: 'zh'})
    expect(layoutLanguage({locales: {}}, 'fr')).toEqual({tag: 'fr', locale: 'fr'})
  })
})
