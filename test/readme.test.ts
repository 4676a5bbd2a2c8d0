/**
 * The README, as a user meets it: its quick start, run from the packed package in a new docs
 * project; its API examples, run against the built package; and the committed localized documents
 * of this repository, up to date.
 */
import {describe, expect, it} from 'vitest'
import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../src/index.js'
import {copyProject, projectRoot, temporaryFolder} from './helpers.js'

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8')
const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  name: string
  dependencies: Record<string, string>
}

/** The fenced blocks of one language in a README section. */
function blocks(section: string, language: string): string[] {
  const start = readme.indexOf(`\n## ${section}\n`)
  const end = readme.indexOf('\n## ', start + 1)
  return [...readme.slice(start, end).matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1]!
  )
}

/**
 * A folder whose `node_modules` has md-l10n (`package`: a copy of that folder, as npm installs a
 * tarball; `link`: the repository itself) and the packages it and the examples import.
 */
function withNodeModules(folder: string, md: {package: string} | {link: string}, extra: string[] = []): void {
  mkdirSync(path.join(folder, 'node_modules/.bin'), {recursive: true})
  const installed = path.join(folder, 'node_modules', manifest.name)
  if ('package' in md) cpSync(md.package, installed, {recursive: true})
  else symlinkSync(md.link, installed)
  for (const name of new Set([...Object.keys(manifest.dependencies), ...extra])) {
    mkdirSync(path.dirname(path.join(folder, 'node_modules', name)), {recursive: true})
    symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(folder, 'node_modules', name))
  }
  symlinkSync(path.join(installed, 'lib/cli/bin.js'), path.join(folder, 'node_modules/.bin/md-l10n'))
}

describe('the README', () => {
  it.each(blocks('API', 'js').map((code, index) => [index + 1, code] as const))(
    'runs API example %i against the built package',
    (_, code) => {
      const folder = temporaryFolder('md-l10n-readme-')
      withNodeModules(folder, {link: projectRoot}, ['unified', 'remark-parse', 'remark-gfm'])
      writeFileSync(path.join(folder, 'example.mjs'), code)
      const run = spawnSync(process.execPath, ['example.mjs'], {cwd: folder, encoding: 'utf8'})
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
    }
  )

  it('has a quick start that works as written on a new docs project, from the packed package', () => {
    // The package as npm would publish it: its files list decides what a user gets.
    const packed = temporaryFolder('md-l10n-pack-')
    const [{filename}] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packed], {
        cwd: projectRoot,
        encoding: 'utf8'
      })
    ) as [{filename: string}]
    execFileSync('tar', ['-xzf', path.join(packed, filename), '-C', packed])
    const files = readdirSync(path.join(packed, 'package'))
    expect(files.sort()).toEqual(['LICENSE', 'README.md', 'docs', 'lib', 'package.json'])
    // The README's links into docs/ resolve inside the package.
    for (const [, link] of readme.matchAll(/\]\((docs\/[^)#]+)/g))
      expect(readdirSync(path.join(packed, 'package', path.dirname(link!)))).toContain(path.basename(link!))

    const site = temporaryFolder('md-l10n-site-')
    mkdirSync(path.join(site, 'docs/guide'), {recursive: true})
    writeFileSync(path.join(site, 'package.json'), '{"name": "docs-site", "private": true}\n')
    writeFileSync(
      path.join(site, 'docs/index.md'),
      '---\ntitle: Welcome\n---\n# Welcome\n\nStart with the [installation guide](./guide/install.md).\n'
    )
    writeFileSync(path.join(site, 'docs/guide/install.md'), '# Install\n\nRun `npm install` in your project.\n')
    // `npm install --save-dev md-l10n`, from the tarball: its dependencies are the repository's own.
    withNodeModules(site, {package: path.join(packed, 'package')})

    // What a translator writes into the catalogs between extract and build.
    const translations: Record<string, Record<string, string>> = {
      Welcome: {fr: 'Bienvenue', de: 'Willkommen', ja: 'ようこそ'},
      'Start with the <1>installation guide</1>.': {
        fr: 'Commencez par le <1>guide d’installation</1>.',
        de: 'Beginnen Sie mit der <1>Installationsanleitung</1>.',
        ja: 'まずは<1>インストールガイド</1>をお読みください。'
      },
      Install: {fr: 'Installation', de: 'Installation', ja: 'インストール'},
      'Run <1/> in your project.': {
        fr: 'Lancez <1/> dans votre projet.',
        de: 'Führen Sie <1/> in Ihrem Projekt aus.',
        ja: 'プロジェクトで<1/>を実行します。'
      }
    }
    const [quickStart] = blocks('Quick start', 'sh')
    const commands = quickStart!
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, '').trim())
      .filter(Boolean)
    expect(commands[0]).toBe('npm install --save-dev md-l10n')
    for (const command of commands.slice(1)) {
      const [tool, binary, ...args] = command.split(/\s+/)
      expect([tool, binary]).toEqual(['npx', 'md-l10n'])
      const run = spawnSync(process.execPath, [path.join(site, 'node_modules/.bin/md-l10n'), ...args], {
        cwd: site,
        encoding: 'utf8'
      })
      expect(run.stderr, command).toBe('')
      expect(run.status, command).toBe(0)
      if (args[0] === 'extract') {
        for (const language of ['fr', 'de', 'ja']) {
          for (const page of ['index', 'guide/install']) {
            const file = path.join(site, 'locales', language, `${page}.json`)
            const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
            const source = JSON.parse(readFileSync(path.join(site, 'locales/en', `${page}.json`), 'utf8')) as Record<
              string,
              string
            >
            for (const key of Object.keys(catalog)) catalog[key] = translations[source[key]!]![language]!
            writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`)
          }
        }
      }
    }
    expect(readFileSync(path.join(site, 'dist/docs/ja/guide/install.md'), 'utf8')).toBe(
      '# インストール\n\nプロジェクトで`npm install`を実行します。\n'
    )
    expect(readFileSync(path.join(site, 'dist/docs/fr/index.md'), 'utf8')).toMatch(
      /^---\ntitle: "?Bienvenue"?\nlang: fr\nsourceVersion: (?:"[0-9][0-9a-f]{7}"|[a-f][0-9a-f]{7})\n---\n# Bienvenue\n\nCommencez par le \[guide d’installation\]\(\.\/guide\/install\.md\)\.\n$/
    )
    expect(readFileSync(path.join(site, '.github/workflows/l10n.yml'), 'utf8')).toContain(
      'npx md-l10n coverage --min 80'
    )
  })
})

it('has the committed localized documents up to date with the sources and catalogs', async () => {
  const root = copyProject('md-l10n-docs-')
  await openProject({root}).build()
  const languages = readdirSync(path.join(root, 'dist/docs')).sort()
  expect(languages).toHaveLength(13)
  for (const language of languages) {
    const built = readFileSync(path.join(root, 'dist/docs', language, 'openai-palace-drama.md'), 'utf8')
    const committed = readFileSync(path.join(projectRoot, 'dist/docs', language, 'openai-palace-drama.md'), 'utf8')
    expect(committed, `dist/docs/${language} is stale: run npm run build`).toBe(built)
  }
})
