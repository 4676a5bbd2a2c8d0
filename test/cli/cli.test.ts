/**
 * The CLI: argv, what it prints and its exit codes. What the commands do is the project API's
 * (test/project).
 */
import {describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {main} from '../../src/cli/main.js'
import {memoryOutput} from '../../src/cli/io.js'
import {parsePercent} from '../../src/cli/commands/index.js'
import {copyProject, runCli, snapshot} from '../helpers.js'

describe('output', () => {
  it('lists the footer languages as JSON', async () => {
    const {code, stdout} = await runCli(copyProject(), 'languages', '--json')
    expect(code).toBe(0)
    expect((JSON.parse(stdout) as Array<{tag: string}>).map(({tag}) => tag)).toHaveLength(13)
  })

  it('prints one line per language and a summary for build, and the stale count of the catalogs extract synced', async () => {
    const root = copyProject()
    const build = await runCli(root, 'build')
    expect(build.code).toBe(0)
    expect(build.stdout.split('\n')).toContain('fr-002   69/69 segments translated (100%)')
    expect(build.stdout).toMatch(/\nbuilt 13 documents into dist\/docs\/\n$/)
    const file = path.join(root, 'source/openai-palace-drama.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('Sumber asli:', 'Sumber aslinya:'))
    const extract = await runCli(root, 'extract')
    expect(extract.stdout).toMatch(/^extracted 69 segments from 1 document \(id\); \d+ files? written\n/)
    expect(extract.stdout).toContain('  en: 1 stale (in 1 catalog synced; `md-l10n coverage` has every catalog)')
  })

  it('exits 1 when coverage is below --min, which takes a percent sign too', async () => {
    const root = copyProject()
    expect((await runCli(root, 'coverage', '--min', '80%')).code).toBe(0)
    const file = path.join(root, 'locales/en/openai-palace-drama.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"p-bd9c5de6": "[^"]*"/, '"p-bd9c5de6": ""'))
    expect((await runCli(root, 'coverage', '--min', '100')).code).toBe(1)
    expect(parsePercent('99.5 %')).toBe(99.5)
    expect(() => parsePercent('101')).toThrow(
      '`--min 101` is not a percentage, expected a number from 0 to 100 (such as 80 or 80%)'
    )
  })

  it('prints only errors with --quiet or --severity error', async () => {
    const root = copyProject()
    const file = path.join(root, 'locales/en/openai-palace-drama.json')
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"p-bd9c5de6": "[^"]*"/, '"p-bd9c5de6": ""'))
    const all = await runCli(root, 'check', '--language', 'en')
    expect(all.stdout).toContain('warning missing')
    for (const flags of [['--quiet'], ['--severity', 'error']]) {
      const quiet = await runCli(root, 'check', '--language', 'en', ...flags)
      expect(quiet.code).toBe(0)
      expect(quiet.stdout).toBe('no problems\n')
    }
  })

  it('links each language of the markdown coverage to its review page with --review-url', async () => {
    const {code, stdout} = await runCli(
      copyProject(),
      'coverage',
      '--format',
      'markdown',
      '--review-url',
      'https://ci.example/run/7/review/'
    )
    expect(code).toBe(0)
    const lines = stdout.split('\n')
    expect(lines).toContain(
      '| [`ar`](https://ci.example/run/7/review/ar.html) | 69 | 0 | 0 | 69 | 100% | 100% | 100% | ✅ |'
    )
    expect(lines).toContain('| `id` (source) | 69 | 0 | 0 | 69 | 100% | 100% | 100% | ✅ |')
    expect(lines.at(-2)).toBe(
      'Every segment beside its translation, with what the checks found: [the review site](https://ci.example/run/7/review/index.html).'
    )
    expect((await runCli(copyProject(), 'coverage', '--format', 'markdown')).stdout).not.toContain('review')
  })

  it('writes the review site and says where to open it, the same pages on a second run; refuses a folder outside the project', async () => {
    const root = copyProject()
    const languages = ['--language', 'ar', '--language', 'ja']
    expect(await runCli(root, 'review', ...languages)).toEqual({
      code: 0,
      stdout:
        'wrote the review site of 2 languages × 1 document to dist/review/ (5 pages, 5 changed; 0 problems shown): open dist/review/index.html\n',
      stderr: ''
    })
    expect(existsSync(path.join(root, 'dist/review/ar/openai-palace-drama.html'))).toBe(true)
    expect((await runCli(root, 'review', ...languages, '--out', 'site/review')).stdout).toBe(
      'wrote the review site of 2 languages × 1 document to site/review/ (5 pages, 5 changed; 0 problems shown): open site/review/index.html\n'
    )
    expect((await runCli(root, 'review', ...languages)).stdout).toContain('(5 pages, 0 changed;')
    expect(await runCli(root, 'review', '--out', '../elsewhere')).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'md-l10n review: `--out ../elsewhere` is not a folder inside the project; the review site is written under the project root (default: dist/review)\n'
    })
  })
})

describe('usage errors: exit 2, one line, a suggestion for a typo', () => {
  const cases: Array<[string[], string]> = [
    [
      ['biuld'],
      'md-l10n: unknown command `biuld` (did you mean `build`?); the commands are `init`, `languages`, `extract`, `pseudo`, `build`, `coverage`, `check`, `export`, `import`, `review`, `translate`'
    ],
    [
      ['export', '--language', 'fr-002', '--format', 'xlif'],
      'md-l10n export: `--format xlif` is not one of xliff, po, json-with-source, tmx (did you mean `xliff`?)'
    ],
    [['export', '--format', 'po'], 'md-l10n export: `--language <tag>` is required: the language to export'],
    [
      ['import', '--language', 'fr-002'],
      'md-l10n import: `--from <path>` is required: the XLIFF or PO file, or the folder of translated documents, to import'
    ],
    [
      ['build', '--langauge', 'fr'],
      'md-l10n build: unknown option `--langauge` (did you mean `--language`?); `md-l10n build --help` lists the options'
    ],
    [['build', '--fast'], 'md-l10n build: unknown option `--fast`; `md-l10n build --help` lists the options'],
    [
      ['build', '--extract'],
      'md-l10n build: `--extract` goes with `--watch` (a build on its own never writes catalogs: run `md-l10n extract` first)'
    ],
    [
      ['check', '--format', 'jsn'],
      'md-l10n check: `--format jsn` is not one of text, json, github (did you mean `json`?)'
    ],
    [
      ['coverage', '--min', 'most'],
      'md-l10n coverage: `--min most` is not a percentage, expected a number from 0 to 100 (such as 80 or 80%)'
    ],
    [
      ['check', '--language', 'English'],
      'md-l10n check: `language` has "English", which names no language CLDR knows (did you mean `en`?); expected a BCP 47 tag such as "fr" or "pt-BR"'
    ],
    [
      ['check', '--language', 'de'],
      'md-l10n check: `de` is not a language of this project; its languages are zh-Hans, en, vi, zh-Hant, es, ru, fr-002, pt-PT, id, ja, ar, uk, pt-BR (set `languages` in md-l10n.config.json)'
    ]
  ]
  it.each(cases)('%j', async (argv, message) => {
    const root = copyProject()
    const before = snapshot(root)
    const {code, stderr} = await runCli(root, ...argv)
    expect(code).toBe(2)
    expect(stderr).toBe(`${message}\n`)
    expect(snapshot(root)).toEqual(before)
  })

  it('refuses language names in the config, suggesting their tags', async () => {
    const root = copyProject()
    writeFileSync(path.join(root, 'md-l10n.config.json'), JSON.stringify({languages: ['English', 'French']}))
    const {code, stderr} = await runCli(root, 'build')
    expect(code).toBe(2)
    expect(stderr).toBe(
      'md-l10n build: md-l10n.config.json: `languages` has "English", which names no language CLDR knows (did you mean `en`?); expected a BCP 47 tag such as "fr" or "pt-BR"\n'
    )
    expect(existsSync(path.join(root, 'dist'))).toBe(false)
  })
})

describe('help and exit codes', () => {
  it('prints help for every command, each option with what it does', async () => {
    for (const command of ['languages', 'extract', 'pseudo', 'build', 'coverage', 'check', 'review']) {
      const output = memoryOutput()
      expect(await main([command, '--help'], output)).toBe(0)
      expect(output.stdout).toContain(`Usage: md-l10n ${command} [options]`)
      expect(output.stdout).toMatch(/\n {2}--cwd <dir> +the project root \(default: the current folder\)\n/)
    }
    const output = memoryOutput()
    await main(['check', '--help'], output)
    expect(output.stdout).toMatch(/--severity error\|warning +print only problems of this severity or worse/)
  })

  it('documents its exit codes in the general help, and prints it to stderr with exit 2 when no command is given', async () => {
    const output = memoryOutput()
    expect(await main([], output)).toBe(2)
    expect(output.stderr).toContain(
      'Exit codes: 0 ok, 1 problems found (check, coverage), 2 usage or input error, 3 internal error.'
    )
  })

  it('prints the version from package.json', async () => {
    const output = memoryOutput()
    expect(await main(['--version'], output)).toBe(0)
    const {version} = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'))
    expect(output.stdout).toBe(`md-l10n ${version}\n`)
  })
})
