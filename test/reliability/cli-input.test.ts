/**
 * Bad input: every case exits 2 with one line naming the file (and line), and changes nothing.
 * A meta file is input to `build`, `check` and `coverage`; `extract` in a fresh clone keeps it
 * unread beside a source catalog already as it would write it, and changes no catalog.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {main} from '../../src/cli/main.js'
import {memoryOutput} from '../../src/cli/io.js'
import {copyProject, snapshot} from '../helpers.js'

const article = 'source/openai-palace-drama.md'
const english = 'locales/en/openai-palace-drama.json'
const indonesian = 'locales/id/openai-palace-drama.json'

const cases: Array<{
  name: string
  file: string
  change: (text: string) => string | Buffer
  message: RegExp
  extractKeeps?: boolean
}> = [
  {
    name: 'malformed source catalog JSON',
    file: indonesian,
    change: (text) => text.replace(/",\n/, '"\n'),
    message:
      /^locales\/id\/openai-palace-drama\.json:3:\d+: malformed JSON: expected `,` or `}` after the value \(an unescaped `"` inside a string\?\)$/
  },
  {
    name: 'malformed catalog JSON',
    file: english,
    change: (text) => text.replace(/",\n/, '"\n'),
    message:
      /^locales\/en\/openai-palace-drama\.json:3:\d+: malformed JSON: expected `,` or `}` after the value \(an unescaped `"` inside a string\?\)$/
  },
  {
    name: 'a catalog value that is not a string',
    file: english,
    change: (text) => text.replace(/"fm-title": "[^"]*"/, '"fm-title": {"nested": "x"}'),
    message: /^locales\/en\/openai-palace-drama\.json:2: value of `fm-title` is an object, expected a string/
  },
  {
    name: 'duplicate keys',
    file: english,
    change: (text) => text.replace('{\n', '{\n  "fm-description": "first",\n'),
    message: /^locales\/en\/openai-palace-drama\.json:\d+: duplicate key `fm-description`$/
  },
  {
    name: 'a __proto__ key',
    file: english,
    change: (text) => text.replace('{\n', '{\n  "__proto__": "x",\n'),
    message: /^locales\/en\/openai-palace-drama\.json:2: key `__proto__` is not allowed$/
  },
  {
    name: 'a constructor key',
    extractKeeps: true,
    file: 'locales/ja/openai-palace-drama.meta.json',
    change: (text) => text.replace('"entries": {\n', '"entries": {\n    "constructor": {},\n'),
    message: /^locales\/ja\/openai-palace-drama\.meta\.json:\d+: key `constructor` is not allowed$/
  },
  {
    name: 'malformed front matter',
    file: article,
    change: (text) => text.replace('lang: id', 'lang: [id'),
    message: /^source\/openai-palace-drama\.md:\d+: malformed YAML front matter/
  },
  {
    name: 'a source that is not UTF-8',
    file: article,
    change: (text) =>
      Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(text.slice(200))]),
    message: /^source\/openai-palace-drama\.md: not valid UTF-8 text$/
  },
  {
    name: 'a 10 MB document',
    file: article,
    change: (text) => text + '\n\nParagraf panjang yang diulang.'.repeat(315_000),
    message:
      /^source\/openai-palace-drama\.md: document is 10\.\d million characters, more than the 5 million md-l10n handles/
  },
  {
    name: 'nesting 10,000 levels deep',
    file: article,
    change: (text) => `${text}\n\n${'> '.repeat(10_000)}dalam\n`,
    message: /^source\/openai-palace-drama\.md:\d+: nesting is deeper than the 100 levels md-l10n handles$/
  },
  {
    name: 'a config language that is not BCP 47',
    file: 'md-l10n.config.json',
    change: () => JSON.stringify({languages: ['en', 'english!']}),
    message: /^md-l10n\.config\.json: `languages` has "english!", expected a BCP 47 language tag/
  },
  {
    name: 'a config language that leaves its folder',
    file: 'md-l10n.config.json',
    change: () => JSON.stringify({languages: ['en', '../../x']}),
    message: /^md-l10n\.config\.json: `languages` has "\.\.\/\.\.\/x"/
  },
  {
    name: 'an output folder outside the project',
    file: 'md-l10n.config.json',
    change: () => JSON.stringify({outDir: '../elsewhere'}),
    message: /^md-l10n\.config\.json: `outDir` is `"\.\.\/elsewhere"`, expected a relative path inside the project$/
  }
]

describe('bad input', () => {
  it.each(cases)(
    '$name: exit 2, one line naming the file, nothing changed',
    async ({file, change, message, extractKeeps}) => {
      const root = copyProject()
      const target = path.join(root, file)
      writeFileSync(target, change(readFileSync(target, 'utf8')))
      let before = snapshot(root)
      if (extractKeeps) {
        expect(await main(['extract', '--cwd', root], memoryOutput())).toBe(0)
        // Only its own cache is new.
        const after = snapshot(root)
        for (const file of after.keys()) if (file.startsWith('.md-l10n-cache')) after.delete(file)
        expect(after).toEqual(before)
        before = snapshot(root)
      }
      for (const command of extractKeeps ? ['build', 'check', 'coverage'] : ['extract', 'build', 'check', 'coverage']) {
        const output = memoryOutput()
        expect(await main([command, '--cwd', root], output)).toBe(2)
        const lines = output.stderr.trim().split('\n')
        expect(lines).toHaveLength(1)
        expect(lines[0]!.replace(`md-l10n ${command}: `, '')).toMatch(message)
        expect(output.stderr).not.toMatch(/\n\s+at /)
      }
      expect(snapshot(root)).toEqual(before)
    }
  )
})

describe('security', () => {
  it('escapes HTML, scripts and links a translation smuggles in, and check reports them', async () => {
    const root = copyProject()
    const file = path.join(root, english)
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    catalog['p-bd9c5de6'] =
      'Original source: <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))'
    writeFileSync(file, JSON.stringify(catalog, null, 2))
    expect(await main(['build', '--cwd', root], memoryOutput())).toBe(0)
    const built = readFileSync(path.join(root, 'dist/docs/en/openai-palace-drama.md'), 'utf8')
    expect(built).toContain(
      'Original source: \\<script>alert(1)\\</script> \\<img src=x onerror=alert(2)> [click]\\(javascript:alert(3))'
    )
    expect(built).not.toMatch(/(?<!\\)<script>/)
    const output = memoryOutput()
    expect(await main(['check', '--format', 'json', '--language', 'en', '--cwd', root], output)).toBe(1)
    const problems = JSON.parse(output.stdout).problems as Array<{check: string; key: string}>
    expect(problems.filter(({check}) => check === 'markup-safety').map(({key}) => key)).toEqual([
      'p-bd9c5de6',
      'p-bd9c5de6',
      'p-bd9c5de6'
    ])
  })

  it('reads catalogs without prototype pollution', async () => {
    const root = copyProject()
    writeFileSync(path.join(root, english), '{"__proto__": {"polluted": "yes"}}')
    expect(await main(['build', '--cwd', root], memoryOutput())).toBe(2)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
