/**
 * `init`: a folder of pages becomes a project: a commented config that md-l10n reads back, the
 * ignore lines, a CI workflow; mistakes refused with what to do instead.
 */
import {describe, expect, it} from 'vitest'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../../src/index.js'
import {configText} from '../../src/project/init.js'
import {normalizeConfig} from '../../src/config/normalize.js'
import {copyProject, temporaryFolder} from '../helpers.js'

function docsSite(folder = 'docs'): string {
  const root = temporaryFolder('md-l10n-init-')
  mkdirSync(path.join(root, folder, 'guide'), {recursive: true})
  writeFileSync(
    path.join(root, folder, 'index.md'),
    '---\ntitle: Welcome\n---\n# Welcome\n\nStart with the [guide](./guide/install.md).\n'
  )
  writeFileSync(path.join(root, folder, 'guide/install.md'), '# Install\n\nRun `npm install` in your project.\n')
  return root
}

describe('init', () => {
  it('finds the docs folder, writes a config md-l10n reads back, the ignore lines and a CI workflow', async () => {
    const root = docsSite('src/content/docs')
    writeFileSync(path.join(root, '.gitignore'), 'node_modules/')
    const result = await openProject({root}).init({languages: ['fr', 'de', 'ja']})
    expect(result).toEqual({
      sourceDir: 'src/content/docs',
      sourceLanguage: 'en',
      languages: ['en', 'fr', 'de', 'ja'],
      written: ['.github/workflows/l10n.yml', '.gitignore', 'md-l10n.config.json']
    })
    const project = openProject({root})
    expect(project.config()).toMatchObject({
      sourceDir: 'src/content/docs',
      sourceLanguage: 'en',
      languages: ['en', 'fr', 'de', 'ja'],
      minCoverage: 80
    })
    expect(readFileSync(path.join(root, '.gitignore'), 'utf8')).toBe(
      "node_modules/\n# md-l10n's working files\n.md-l10n-cache/\n.md-l10n.lock\n.md-l10n-journal\n"
    )
    expect(readFileSync(path.join(root, '.github/workflows/l10n.yml'), 'utf8')).toContain(
      'run: npx md-l10n coverage --min 80'
    )
    // The project works as set up.
    const extract = await project.extract()
    expect(extract.languages.map(({language, added}) => [language, added])).toEqual([
      ['fr', 5],
      ['de', 5],
      ['ja', 5]
    ])
  })

  it('takes the languages from the pages’ language switcher when none are given', async () => {
    const result = await openProject({root: copyProject()}).init({force: true})
    expect(result.sourceLanguage).toBe('id')
    expect(result.languages).toEqual([
      'id',
      'zh-Hans',
      'en',
      'vi',
      'zh-Hant',
      'es',
      'ru',
      'fr-002',
      'pt-PT',
      'ja',
      'ar',
      'uk',
      'pt-BR'
    ])
  })

  it('writes a config whose every line is valid JSON with comments and whose values normalize', () => {
    const text = configText({sourceDir: 'docs', sourceLanguage: 'en', languages: ['en', 'pt-BR'], minCoverage: 90})
    const withoutComments = text.replace(/^\s*\/\/.*$/gm, '')
    expect(normalizeConfig(JSON.parse(withoutComments))).toMatchObject({
      sourceDir: 'docs',
      languages: ['en', 'pt-BR'],
      minCoverage: 90
    })
  })

  const refusals: Array<
    [string, (root: string) => void, Parameters<ReturnType<typeof openProject>['init']>[0], string]
  > = [
    [
      'an existing config',
      (root) => writeFileSync(path.join(root, 'md-l10n.config.json'), '{}'),
      {languages: ['fr']},
      'md-l10n.config.json: exists already; edit it, or run `md-l10n init --force` to replace it'
    ],
    [
      'no languages and no switcher',
      () => {},
      {},
      'no target languages: the pages have no language switcher; give them with `md-l10n init --languages fr,de,ja`'
    ],
    [
      'a language name',
      () => {},
      {languages: ['French']},
      '`--languages` has "French", which names no language CLDR knows (did you mean `fr`?); expected a BCP 47 tag such as "fr" or "pt-BR"'
    ],
    [
      'a source folder without markdown',
      (root) => mkdirSync(path.join(root, 'empty')),
      {languages: ['fr'], sourceDir: 'empty'},
      'empty: no `*.md` or `*.mdx` files under `empty/`'
    ]
  ]
  it.each(refusals)('refuses %s', async (_, prepare, options, message) => {
    const root = docsSite()
    prepare(root)
    await expect(
      openProject({root})
        .init(options)
        .catch((error: Error) => Promise.reject(new Error(String(error))))
    ).rejects.toThrow(message)
  })
})
