/**
 * Export to XLIFF 2.0, PO and JSON with sources, and import back: checked with the real tools
 * (xmllint, GNU msgfmt) and an independent XLIFF parser (the `xliff` package), round trips on the
 * repository's 12 languages, a CAT tool's edit, stale entries, and bad input.
 */
import {describe, expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import {cpSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import xliff from 'xliff'
import {openProject} from '../../src/index.js'
import {copyProject, docsProject, fixturesDir, runCli, snapshot, temporaryFolder, translateCatalog} from '../helpers.js'

const languages = ['ar', 'en', 'es', 'fr-002', 'ja', 'pt-BR', 'pt-PT', 'ru', 'uk', 'vi', 'zh-Hans', 'zh-Hant']

function xmllint(file: string): void {
  execFileSync('xmllint', ['--noout', file], {stdio: 'pipe'})
}
function msgfmt(file: string): string {
  return execFileSync('msgfmt', ['--check', '-o', '/dev/null', file], {stdio: 'pipe', encoding: 'utf8'})
}

/** Units as the `xliff` package reads them: `{file id: {key: {source, target}}}`, inline codes as objects. */
async function independentlyParsed(
  text: string
): Promise<Record<string, Record<string, {source: unknown; target?: unknown}>>> {
  const parsed = await xliff.xliff2js(text)
  return parsed.resources as Record<string, Record<string, {source: unknown; target?: unknown}>>
}

/** The `xliff` package's inline values back to numbered tags, to compare with the catalog. */
function tagged(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(tagged).join('')
  const code = value as {Span?: {id: string; contents?: unknown}; Standalone?: {id: string}}
  if (code.Span) return `<${code.Span.id}>${tagged(code.Span.contents)}</${code.Span.id}>`
  if (code.Standalone) return `<${code.Standalone.id}/>`
  throw new Error(`unexpected inline value ${JSON.stringify(value)}`)
}

/** A project of the markdown fixtures with links, code, emphasis and HTML, translated into French. */
async function fixtureProject(): Promise<string> {
  const root = temporaryFolder('md-l10n-interchange-')
  mkdirSync(path.join(root, 'docs'))
  for (const name of ['links.md', 'code-html.md', 'nested.md'])
    cpSync(path.join(fixturesDir, name), path.join(root, 'docs', name))
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    JSON.stringify({sourceDir: 'docs', sourceLanguage: 'en', languages: ['en', 'fr']})
  )
  await openProject({root}).extract()
  // A "translation" that keeps every tag: the source text marked as French.
  for (const name of ['links', 'code-html', 'nested']) {
    const file = path.join(root, 'locales/fr', `${name}.json`)
    const source = JSON.parse(readFileSync(path.join(root, 'locales/en', `${name}.json`), 'utf8')) as Record<
      string,
      string
    >
    writeFileSync(
      file,
      `${JSON.stringify(Object.fromEntries(Object.entries(source).map(([key, text]) => [key, `FR ${text}`])), null, 2)}\n`
    )
  }
  await openProject({root}).extract()
  return root
}

describe('export and import, on the repository project', () => {
  it('round trips XLIFF and PO in all 12 languages: valid for xmllint and msgfmt, every unit read independently, catalogs unchanged', async () => {
    const root = copyProject('md-l10n-interchange-')
    // A new paragraph like a translated one: untranslated in every language, with a fuzzy match.
    const document = path.join(root, 'source/openai-palace-drama.md')
    writeFileSync(
      document,
      readFileSync(document, 'utf8').replace(
        'Sumber gambar: Dihasilkan oleh Unbounded AI\n',
        'Sumber gambar: Dihasilkan oleh Unbounded AI\n\nSumber foto: Dihasilkan oleh Unbounded AI\n'
      )
    )
    await openProject({root}).extract()
    const before = snapshot(path.join(root, 'locales'))
    const project = openProject({root})
    for (const language of languages) {
      const catalog = JSON.parse(
        readFileSync(path.join(root, 'locales', language, 'openai-palace-drama.json'), 'utf8')
      ) as Record<string, string>
      const source = JSON.parse(readFileSync(path.join(root, 'locales/id/openai-palace-drama.json'), 'utf8')) as Record<
        string,
        string
      >
      const xlf = path.join(root, `${language}.xlf`)
      const exported = await project.export({language, format: 'xliff'})
      writeFileSync(xlf, exported.text)
      expect(exported.units.missing, language).toBe(1)
      expect(exported.text, language).toMatch(/<mtc:match ref="#s1" similarity="85" origin="md-l10n memory">/)
      xmllint(xlf)
      const units = (await independentlyParsed(exported.text)).f1!
      expect(Object.keys(units)).toEqual(Object.keys(source))
      for (const [key, unit] of Object.entries(units)) {
        expect(tagged(unit.source), `${language} ${key}`).toBe(source[key])
        expect(tagged(unit.target), `${language} ${key}`).toBe(catalog[key])
      }
      const po = path.join(root, `${language}.po`)
      const poText = (await project.export({language, format: 'po'})).text
      writeFileSync(po, poText)
      expect(poText, language).toContain('\n# suggestion (85%): ')
      expect(msgfmt(po)).toBe('')
      for (const file of [xlf, po]) {
        const imported = await project.import({language, from: file})
        expect(imported.written, `${language} ${file}`).toEqual([])
        expect(imported.unchanged).toBe(Object.values(catalog).filter((translation) => translation !== '').length)
      }
    }
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
  })

  it('imports a CAT tool’s edit of one target, stamped against the exported source', async () => {
    const root = copyProject('md-l10n-interchange-')
    const file = path.join(root, 'ja.xlf')
    writeFileSync(file, (await openProject({root}).export({language: 'ja', format: 'xliff'})).text)
    const text = readFileSync(file, 'utf8')
    const catalogFile = path.join(root, 'locales/ja/openai-palace-drama.json')
    const old = (JSON.parse(readFileSync(catalogFile, 'utf8')) as Record<string, string>)['p-bd9c5de6']!
    expect(text).toContain(`<target xml:space="preserve">${old}</target>`)
    writeFileSync(
      file,
      text.replace(
        `<target xml:space="preserve">${old}</target>`,
        '<target xml:space="preserve">原文：シリコンラボ</target>'
      )
    )
    const result = await runCli(root, 'import', '--language', 'ja', '--from', file)
    expect(result).toEqual({
      code: 0,
      stdout: 'imported ja.xlf: 69 units, 1 translations written, 68 unchanged\n  openai-palace-drama: 1 written\n',
      stderr: ''
    })
    expect((JSON.parse(readFileSync(catalogFile, 'utf8')) as Record<string, string>)['p-bd9c5de6']).toBe(
      '原文：シリコンラボ'
    )
    const coverage = await openProject({root}).coverage()
    expect(coverage.languages.find(({language}) => language === 'ja')!.stale).toBe(0)
  })
})

describe('inline codes and stale entries', () => {
  it('writes containers as <pc> and atoms as <ph> with their markdown as original data', async () => {
    const root = await fixtureProject()
    const text = (await openProject({root}).export({language: 'fr', format: 'xliff'})).text
    const file = path.join(root, 'fr.xlf')
    writeFileSync(file, text)
    xmllint(file)
    const en = JSON.parse(readFileSync(path.join(root, 'locales/en/code-html.json'), 'utf8')) as Record<string, string>
    const key = Object.keys(en).find((candidate) => en[candidate]!.startsWith('Set <1/>'))!
    expect(en[key]).toBe('Set <1/> in <2/> and run the extractor:')
    const unit = (await independentlyParsed(text)).f1![key]!
    expect(tagged(unit.source)).toBe(en[key])
    expect(tagged(unit.target)).toBe(`FR ${en[key]}`)
    expect(text).toContain('<data id="d1">`localesDir`</data>')
    expect(text).toContain(
      `<source xml:space="preserve">Set <ph id="1" dataRef="d1" type="other"/> in <ph id="2" dataRef="d2" type="other"/> and run the extractor:</source>`
    )
    const links = JSON.parse(readFileSync(path.join(root, 'locales/en/links.json'), 'utf8')) as Record<string, string>
    expect(Object.values(links)).toContain(
      'Read the <1>installation guide</1> first, then the <2>reference</2> and the <3>FAQ</3>. Autolinks such as <4/> and <5/> stay untouched.'
    )
    expect(text).toContain('<pc id="1" dataRefStart="d1s" dataRefEnd="d1e" type="link">installation guide</pc>')
    expect(text).toContain('<data id="d1e">](https://example.com/install &quot;Install md-l10n&quot;)</data>')
    const json = JSON.parse((await openProject({root}).export({language: 'fr', format: 'json-with-source'})).text)
    expect(json.namespaces['code-html'][key]).toEqual({
      source: en[key],
      translation: `FR ${en[key]}`,
      status: 'current',
      document: 'docs/code-html.md',
      line: 3,
      tags: {'<1/>': 'inline code `localesDir`', '<2/>': 'inline code `md-l10n.config.json`'}
    })
    const po = path.join(root, 'fr.po')
    writeFileSync(po, (await openProject({root}).export({language: 'fr', format: 'po'})).text)
    expect(msgfmt(po)).toBe('')
    expect(readFileSync(po, 'utf8')).toContain(
      '#. <1/> = inline code `localesDir`\n#. <2/> = inline code `md-l10n.config.json`\n'
    )
    const before = snapshot(path.join(root, 'locales'))
    for (const from of [file, po])
      expect((await openProject({root}).import({language: 'fr', from})).written).toEqual([])
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
  })

  it('exports a stale entry for review (XLIFF initial with its old source, PO fuzzy with #| msgid); a confirmed one becomes current', async () => {
    const root = await fixtureProject()
    const source = path.join(root, 'docs/code-html.md')
    writeFileSync(source, readFileSync(source, 'utf8').replace('and run the extractor:', 'and then run the extractor:'))
    await openProject({root}).extract()
    const project = openProject({root})
    const xlf = (await project.export({language: 'fr', format: 'xliff'})).text
    expect(xlf).toContain('<note category="previous-source">Set &lt;1/&gt; in &lt;2/&gt; and run the extractor:</note>')
    expect(xlf).toContain('<segment state="initial" subState="md-l10n:stale">')
    const po = path.join(root, 'fr.po')
    const poText = (await project.export({language: 'fr', format: 'po'})).text
    writeFileSync(po, poText)
    expect(msgfmt(po)).toBe('')
    expect(poText).toContain('#, fuzzy\n#| msgid "Set <1/> in <2/> and run the extractor:"\nmsgctxt "code-html:p-')
    const json = JSON.parse((await project.export({language: 'fr', format: 'json-with-source'})).text) as {
      namespaces: Record<string, Record<string, Record<string, unknown>>>
    }
    const stale = Object.values(json.namespaces['code-html']!).find(({status}) => status === 'stale')
    expect(stale).toMatchObject({
      source: 'Set <1/> in <2/> and then run the extractor:',
      previousSource: 'Set <1/> in <2/> and run the extractor:',
      changes: 'Set <1/> in <2/> and {+then +}run the extractor:'
    })
    expect(Object.values(json.namespaces['code-html']!).filter(({changes}) => changes !== undefined)).toHaveLength(1)
    const before = snapshot(path.join(root, 'locales'))
    expect((await project.import({language: 'fr', from: po})).written).toEqual([])
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
    // The translator reviews it and clears the flag (the translation still fits).
    writeFileSync(po, poText.replace('#, fuzzy\n#| msgid "Set <1/> in <2/> and run the extractor:"\n', ''))
    const result = await project.import({language: 'fr', from: po})
    expect(result.documents).toEqual([{namespace: 'code-html', updated: 1, stale: 0}])
    const coverage = await project.coverage()
    expect(coverage.languages.find(({language}) => language === 'fr')!.stale).toBe(0)
  })

  it('an edit made against a source that changed since the export is imported as stale', async () => {
    const root = await fixtureProject()
    const project = openProject({root})
    const text = (await project.export({language: 'fr', format: 'xliff'})).text
    const source = path.join(root, 'docs/code-html.md')
    writeFileSync(source, readFileSync(source, 'utf8').replace('and run the extractor:', 'and then run the extractor:'))
    await project.extract()
    const file = path.join(root, 'fr.xlf')
    writeFileSync(
      file,
      text.replace('FR Set <ph id="1" dataRef="d1" type="other"/>', 'Définissez <ph id="1" dataRef="d1" type="other"/>')
    )
    const result = await project.import({language: 'fr', from: file})
    expect(result.documents).toEqual([{namespace: 'code-html', updated: 1, stale: 1}])
    const meta = JSON.parse(readFileSync(path.join(root, 'locales/fr/code-html.meta.json'), 'utf8')) as {
      entries: Record<string, {source: string}>
    }
    expect(Object.values(meta.entries).map(({source}) => source)).toContain('Set <1/> in <2/> and run the extractor:')
  })
})

describe('bad input: exit 2 naming the file and line, nothing written', () => {
  const cases: Array<{name: string; file: string; language?: string; edit: (text: string) => string; message: string}> =
    [
      {
        name: 'malformed XML',
        file: 'fr.xlf',
        edit: (text) => text.replace('</target>', '</targe>'),
        message:
          "fr.xlf:10:54: not well-formed XML: Expected closing tag 'target' (opened in line 10, col 9) instead of closing tag 'targe'."
      },
      {
        name: 'a unit whose id is not a key',
        file: 'fr.xlf',
        edit: (text) => text.replace('<unit id="h-', '<unit id="h-0'),
        message: 'fr.xlf:4: `h-0b332c349` is not a key of `code-html`'
      },
      {
        name: 'a target whose inline codes do not match',
        file: 'fr.xlf',
        edit: (text) => text.replace('FR Set <ph id="1" dataRef="d1" type="other"/>', 'FR Set <ph id="7"/>'),
        message:
          'fr.xlf:13: the target of `p-d7abb369` does not keep the inline codes of its source: tag `<1/>` of the source is missing; tag `<7/>` is not in the source'
      },
      {
        name: 'a language that does not match trgLang',
        file: 'fr.xlf',
        language: 'en',
        edit: (text) => text,
        message: 'fr.xlf:2: the file is for `fr`, not `en` (`--language`)'
      },
      {
        name: 'a trgLang that is not --language',
        file: 'fr.xlf',
        edit: (text) => text.replace('trgLang="fr"', 'trgLang="de"'),
        message: 'fr.xlf:2: the file is for `de`, not `fr` (`--language`)'
      },
      {
        name: 'a file that is neither XLIFF nor PO',
        file: 'fr.tmx',
        edit: (text) => text,
        message: 'fr.tmx: `fr.tmx` is neither XLIFF (`.xlf`, `.xliff`) nor PO (`.po`)'
      },
      {
        name: 'malformed PO',
        file: 'fr.po',
        edit: (text) => text.replace('msgstr "FR', 'msgstr FR'),
        message:
          'fr.po:17: not a valid PO file: Invalid key name "FR" at line 17. This can be caused by an unescaped quote character in a msgid or msgstr value.'
      },
      {
        name: 'a PO entry whose key is not a key',
        file: 'fr.po',
        edit: (text) => text.replace('msgctxt "code-html:h-', 'msgctxt "code-html:h-0'),
        message: 'fr.po:15: `h-0b332c349` is not a key of `code-html`'
      }
    ]
  for (const {name, file, language, edit, message} of cases) {
    it(name, async () => {
      const root = await fixtureProject()
      const format = file.endsWith('.po') ? 'po' : 'xliff'
      writeFileSync(path.join(root, file), edit((await openProject({root}).export({language: 'fr', format})).text))
      const before = snapshot(root)
      const result = await runCli(root, 'import', '--language', language ?? 'fr', '--from', path.join(root, file))
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(`md-l10n import: ${message}\n`)
      expect(snapshot(root)).toEqual(before)
    })
  }
})

describe('notes to translators', () => {
  it('carries an `<!-- l10n: … -->` comment of the source into XLIFF, PO and JSON with sources', async () => {
    const root = docsProject({
      guide: '# Guide\n\n<!-- l10n: "Gate" is the exchange\'s name; keep it. -->\nOpen the Gate app.\n'
    })
    const project = openProject({root})
    await project.extract()
    const note = '"Gate" is the exchange\'s name; keep it.'
    const xliffText = (await project.export({language: 'fr', format: 'xliff'})).text
    expect(xliffText).toContain('<note category="translator">&quot;Gate&quot; is the exchange\'s name; keep it.</note>')
    const file = path.join(root, 'fr.xlf')
    writeFileSync(file, xliffText)
    xmllint(file)
    const poText = (await project.export({language: 'fr', format: 'po'})).text
    expect(poText).toContain(`#. ${note}\n`)
    const json = JSON.parse((await project.export({language: 'fr', format: 'json-with-source'})).text)
    expect(
      Object.values(json.namespaces.guide as Record<string, {note?: string}>).map(({note: written}) => written)
    ).toEqual([undefined, note])
  })
})

describe('TMX', () => {
  it('exports the current translations as a TMX 1.4 memory that xmllint accepts, inline codes carrying their markdown', async () => {
    const root = docsProject({
      guide: '# Guide\n\nRun `npm ci` and read the [notes](https://example.com/notes).\n\nNot translated yet.\n'
    })
    const project = openProject({root})
    await project.extract()
    translateCatalog(root, 'guide', 'fr', {
      Guide: 'Guide',
      'Run <1/> and read the <2>notes</2>.': 'Lancez <1/> et lisez les <2>notes</2>.'
    })
    const tmx = (await project.export({language: 'fr', format: 'tmx'})).text
    const file = path.join(root, 'fr.tmx')
    writeFileSync(file, tmx)
    xmllint(file)
    expect(tmx).toContain('<tmx version="1.4">')
    expect(tmx.match(/<tu /g)).toHaveLength(2)
    expect(tmx).toContain(
      '<tuv xml:lang="fr"><seg>Lancez <ph x="1">`npm ci`</ph> et lisez les <bpt i="2" x="2">[</bpt>notes<ept i="2">](https://example.com/notes)</ept>.</seg></tuv>'
    )
    expect(tmx).not.toContain('Not translated yet.')
  })
})

describe('fuzzy matches as suggestions', () => {
  /** Two pages: the guide translated, the setup page with a new paragraph like four of the guide's and a paragraph changed since its translation. */
  async function suggestionsProject(): Promise<string> {
    const setup = '# Setup\n\nOpen the settings window.\n\nRemove the old `build` folder.\n'
    const root = docsProject({
      guide:
        '# Guide\n\nOpen the settings window now.\n\nOpen the settings page.\n\nOpen the settings panel.\n\nOpen the settings menu.\n\nRemove the old `build` folder.\n',
      setup
    })
    await openProject({root}).extract()
    const french = {
      Guide: 'Guide',
      'Open the settings window now.': 'Ouvrez la fenêtre des réglages maintenant.',
      'Open the settings page.': 'Ouvrez la page des réglages.',
      'Open the settings panel.': 'Ouvrez le panneau des réglages.',
      'Open the settings menu.': 'Ouvrez le menu des réglages.',
      'Remove the old <1/> folder.': 'Supprimez l’ancien dossier <1/>.'
    }
    for (const page of ['guide', 'setup']) translateCatalog(root, page, 'fr', french)
    await openProject({root}).extract()
    writeFileSync(path.join(root, 'docs/setup.md'), setup.replace('folder.', 'folder first.'))
    await openProject({root}).extract()
    return root
  }

  it('XLIFF: at most 3 matches of 75 % or more, best first, in <mtc:matches> pointing at the segment; valid, read independently, ignored on import', async () => {
    const root = await suggestionsProject()
    const project = openProject({root})
    const exported = await project.export({language: 'fr', format: 'xliff'})
    expect(exported.units).toEqual({current: 6, stale: 1, missing: 2})
    const text = exported.text
    expect(text.split('\n')[1]).toBe(
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="en" trgLang="fr">'
    )
    expect(text.slice(text.indexOf('  <file id="f2"'), text.indexOf('\n</xliff>'))).toBe(
      [
        '  <file id="f2" original="docs/setup.md">',
        '    <unit id="h-7013af4c">',
        '      <notes>',
        '        <note category="location">docs/setup.md:1</note>',
        '      </notes>',
        '      <segment state="initial">',
        '        <source xml:space="preserve">Setup</source>',
        '      </segment>',
        '    </unit>',
        '    <unit id="p-b61f4666">',
        '      <mtc:matches>',
        '        <mtc:match ref="#s1" similarity="83" origin="md-l10n memory">',
        '          <source xml:space="preserve">Open the settings window now.</source>',
        '          <target xml:space="preserve">Ouvrez la fenêtre des réglages maintenant.</target>',
        '        </mtc:match>',
        '        <mtc:match ref="#s1" similarity="80" origin="md-l10n memory">',
        '          <source xml:space="preserve">Open the settings page.</source>',
        '          <target xml:space="preserve">Ouvrez la page des réglages.</target>',
        '        </mtc:match>',
        '        <mtc:match ref="#s1" similarity="80" origin="md-l10n memory">',
        '          <source xml:space="preserve">Open the settings panel.</source>',
        '          <target xml:space="preserve">Ouvrez le panneau des réglages.</target>',
        '        </mtc:match>',
        '      </mtc:matches>',
        '      <notes>',
        '        <note category="location">docs/setup.md:3</note>',
        '      </notes>',
        '      <segment id="s1" state="initial">',
        '        <source xml:space="preserve">Open the settings window.</source>',
        '      </segment>',
        '    </unit>',
        '    <unit id="p-ec777b0a">',
        '      <mtc:matches>',
        '        <mtc:match ref="#s1" similarity="85" origin="md-l10n memory">',
        '          <originalData>',
        '            <data id="m1d1">`build`</data>',
        '          </originalData>',
        '          <source xml:space="preserve">Remove the old <ph id="1" dataRef="m1d1" type="other"/> folder.</source>',
        '          <target xml:space="preserve">Supprimez l’ancien dossier <ph id="1" dataRef="m1d1" type="other"/>.</target>',
        '        </mtc:match>',
        '      </mtc:matches>',
        '      <notes>',
        '        <note category="location">docs/setup.md:5</note>',
        '        <note category="previous-source">Remove the old &lt;1/&gt; folder.</note>',
        '      </notes>',
        '      <originalData>',
        '        <data id="d1">`build`</data>',
        '      </originalData>',
        '      <segment id="s1" state="initial" subState="md-l10n:stale">',
        '        <source xml:space="preserve">Remove the old <ph id="1" dataRef="d1" type="other"/> folder first.</source>',
        '        <target xml:space="preserve">Supprimez l’ancien dossier <ph id="1" dataRef="d1" type="other"/>.</target>',
        '      </segment>',
        '    </unit>',
        '  </file>'
      ].join('\n')
    )
    // Translated units carry none.
    expect(text.slice(0, text.indexOf('  <file id="f2"'))).not.toContain('mtc:')
    const file = path.join(root, 'fr.xlf')
    writeFileSync(file, text)
    xmllint(file)
    const units = (await independentlyParsed(text)).f2!
    expect(Object.values(units).map((unit) => [tagged(unit.source), tagged(unit.target)])).toEqual([
      ['Setup', ''],
      ['Open the settings window.', ''],
      ['Remove the old <1/> folder first.', 'Supprimez l’ancien dossier <1/>.']
    ])
    const before = snapshot(path.join(root, 'locales'))
    expect((await project.import({language: 'fr', from: file})).written).toEqual([])
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
  })

  it('PO: each match as a translator comment, msgstr and flags as without; msgfmt accepts it; ignored on import', async () => {
    const root = await suggestionsProject()
    const project = openProject({root})
    const text = (await project.export({language: 'fr', format: 'po'})).text
    expect(text.slice(text.indexOf('#: docs/setup.md:1'))).toBe(
      [
        '#: docs/setup.md:1',
        'msgctxt "setup:h-7013af4c"',
        'msgid "Setup"',
        'msgstr ""',
        '',
        '# suggestion (83%): Ouvrez la fenêtre des réglages maintenant.',
        '#   for: Open the settings window now.',
        '# suggestion (80%): Ouvrez la page des réglages.',
        '#   for: Open the settings page.',
        '# suggestion (80%): Ouvrez le panneau des réglages.',
        '#   for: Open the settings panel.',
        '#: docs/setup.md:3',
        'msgctxt "setup:p-b61f4666"',
        'msgid "Open the settings window."',
        'msgstr ""',
        '',
        '# suggestion (85%): Supprimez l’ancien dossier <1/>.',
        '#   for: Remove the old <1/> folder.',
        '#: docs/setup.md:5',
        '#. <1/> = inline code `build`',
        '#, fuzzy',
        '#| msgid "Remove the old <1/> folder."',
        'msgctxt "setup:p-ec777b0a"',
        'msgid "Remove the old <1/> folder first."',
        'msgstr "Supprimez l’ancien dossier <1/>."'
      ].join('\n') + '\n'
    )
    expect(text.slice(0, text.indexOf('#: docs/setup.md:1'))).not.toContain('# suggestion')
    const file = path.join(root, 'fr.po')
    writeFileSync(file, text)
    expect(msgfmt(file)).toBe('')
    const before = snapshot(path.join(root, 'locales'))
    expect((await project.import({language: 'fr', from: file})).written).toEqual([])
    expect(snapshot(path.join(root, 'locales'))).toEqual(before)
  })

  it('JSON with sources and TMX carry no suggestions', async () => {
    const root = await suggestionsProject()
    const project = openProject({root})
    const json = JSON.parse((await project.export({language: 'fr', format: 'json-with-source'})).text)
    expect(
      Object.values(json.namespaces.setup as Record<string, Record<string, unknown>>).map((entry) =>
        Object.keys(entry).filter((field) => /match|suggest/i.test(field))
      )
    ).toEqual([[], [], []])
    expect((await project.export({language: 'fr', format: 'tmx'})).text).not.toContain('>Open the settings window.<')
  })
})
