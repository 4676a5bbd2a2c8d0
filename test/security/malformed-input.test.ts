/**
 * Threat: a malformed or hostile file (from a translator, a platform, a CAT tool) crashes md-l10n
 * with "internal error, please report", expands entities, reaches outside through a DTD, or
 * overflows the stack. Defence: every such input is an input error (exit 2) naming the file and
 * line, refused before a recursive reader sees it, and nothing is written.
 */
import {describe, expect, it} from 'vitest'
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {nodeHost} from '../../src/node/host.js'
import type {Host} from '../../src/project/host.js'
import {openProject} from '../../src/node/open.js'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree, type World} from './world.js'

/** The world's French XLIFF as exported, with `edit` applied to it. */
async function exported(world: World): Promise<string> {
  return (await openProject({root: world.root}).export({language: 'fr', format: 'xliff'})).text
}

/** The 1-based line of the first `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

const firstSource = '<source xml:space="preserve">'
const intoFirstSource = (xliff: string, inner: string) =>
  xliff.replace(/<source xml:space="preserve">[^<]*<\/source>/, `${firstSource}${inner}</source>`)
const withDoctype = (xliff: string, doctype: string) => xliff.replace('?>\n', `?>\n${doctype}\n`)
const doctypeMessage =
  'not a usable XLIFF file: it has a document type declaration (`<!DOCTYPE`), which XLIFF 2.0 never needs and md-l10n does not read (its entities could expand or reach outside the file)'

interface Case {
  name: string
  /** Plant the file; returns the command and the expected message after `md-l10n <command>: `. */
  plant(world: World, xliff: string): {command: string[]; message: string}
}

const importing = (world: World, name: string, text: string) => {
  writeFileSync(path.join(world.root, name), text)
  return ['import', '--language', 'fr', '--from', path.join(world.root, name)]
}

const cases: Case[] = [
  {
    name: 'an XLIFF external entity',
    plant: (world, xliff) => ({
      command: importing(
        world,
        'fr.xlf',
        withDoctype(intoFirstSource(xliff, '&e;'), '<!DOCTYPE xliff [<!ENTITY e SYSTEM "file:///etc/passwd">]>')
      ),
      message: `fr.xlf:2: ${doctypeMessage}`
    })
  },
  {
    name: 'XLIFF parameter entities',
    plant: (world, xliff) => ({
      command: importing(
        world,
        'fr.xlf',
        withDoctype(xliff, '<!DOCTYPE xliff [<!ENTITY % p "<!ENTITY e \'x\'>"> %p;]>')
      ),
      message: `fr.xlf:2: ${doctypeMessage}`
    })
  },
  {
    name: 'XLIFF entities past any expansion limit',
    plant: (world, xliff) => {
      const laughs = Array.from(
        {length: 10},
        (_, index) => `<!ENTITY l${index} "${index === 0 ? 'lol' : `&l${index - 1};`.repeat(10)}">`
      ).join('')
      return {
        command: importing(
          world,
          'fr.xlf',
          withDoctype(intoFirstSource(xliff, '&l9;'), `<!DOCTYPE xliff [${laughs}]>`)
        ),
        message: `fr.xlf:2: ${doctypeMessage}`
      }
    }
  },
  {
    name: 'XLIFF nesting 1000 deep',
    plant: (world, xliff) => {
      const text = intoFirstSource(xliff, `${'<mrk id="m">'.repeat(1000)}x${'</mrk>'.repeat(1000)}`)
      return {
        command: importing(world, 'fr.xlf', text),
        message: `fr.xlf:${lineOf(text, firstSource)}: not a usable XLIFF file: Maximum nested tags exceeded`
      }
    }
  },
  {
    name: 'an XLIFF code point past Unicode (`<cp hex="110000">`)',
    plant: (world, xliff) => {
      const text = intoFirstSource(xliff, 'x<cp hex="110000"/>')
      const key = /<unit id="([^"]+)"/.exec(text)![1]
      return {
        command: importing(world, 'fr.xlf', text),
        message: `fr.xlf:${lineOf(text, firstSource)}: unit \`${key}\`: \`<cp hex="110000">\` is not a Unicode code point (expected hexadecimal 0–10FFFF, not a surrogate)`
      }
    }
  },
  {
    name: 'an empty PO file',
    plant: (world) => ({
      command: importing(world, 'fr.po', ''),
      message: 'fr.po:1: not a valid PO file: it has no header entry (`msgid ""` with `Language: …`); is it empty?'
    })
  },
  {
    name: 'a JSON catalog nested 100,000 deep',
    plant: (world) => {
      writeFileSync(
        path.join(world.root, 'locales/fr/index.json'),
        `{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`
      )
      // `{"a":` then the hundredth `[` is the 101st level.
      return {
        command: ['check'],
        message: "locales/fr/index.json:1:105: JSON nested deeper than 100 levels (md-l10n's files nest a few)"
      }
    }
  },
  {
    name: 'a config nested 100,000 deep',
    plant: (world) => {
      writeFileSync(
        path.join(world.root, 'md-l10n.config.json'),
        `{"checks":${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`
      )
      return {
        command: ['check'],
        message: "md-l10n.config.json:1:110: JSON nested deeper than 100 levels (md-l10n's files nest a few)"
      }
    }
  }
]

describe('malformed input is exit 2 naming the file and line, and writes nothing', () => {
  it.each(cases)('$name', async ({plant}) => {
    const world = await makeWorld()
    const {command, message} = plant(world, await exported(world))
    const before = worldTree(world)
    const result = await runCli(world.root, ...command)
    expect(result.stderr).toBe(`md-l10n ${command[0]}: ${message}\n`)
    expect(result.code).toBe(2)
    expect(worldTree(world)).toEqual(before)
  })

  it('a catalog with 200,000 keys is checked, not a crash: each extra key is a warning on its line', async () => {
    const world = await makeWorld()
    const file = path.join(world.root, 'locales/fr/index.json')
    const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    for (let index = 0; index < 200_000; index++) catalog[`extra-${index}`] = `x${index}`
    writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`)
    const result = await runCli(world.root, 'check', '--format', 'json')
    expect(result.code).toBe(0)
    const problems = (
      JSON.parse(result.stdout) as {problems: Array<{key: string; check: string; catalogLine?: number}>}
    ).problems
    const extra = problems.filter(({key}) => key.startsWith('extra-'))
    expect(extra).toHaveLength(200_000)
    expect(extra.at(-1)).toMatchObject({key: 'extra-199999', catalogLine: Object.keys(catalog).length + 1})
  }, 600_000)

  it('a read-only cache folder fails the run before any catalog changes', async () => {
    const world = await makeWorld()
    writeFileSync(
      path.join(world.root, 'source/index.md'),
      '# Hello\n\nA page to translate, edited.\n\nAnd a new paragraph.\n'
    )
    const readOnly = (file: string) => {
      if (file.includes(`${path.sep}.md-l10n-cache`))
        throw Object.assign(new Error(`EROFS: read-only file system, open '${file}'`), {code: 'EROFS'})
    }
    const host: Host = {
      ...nodeHost,
      write: (file, content, options) => (readOnly(file), nodeHost.write(file, content, options)),
      append: (file, text) => (readOnly(file), nodeHost.append(file, text)),
      makeFolder: (folder) => (readOnly(folder), nodeHost.makeFolder(folder))
    }
    const before = worldTree(world)
    await expect(openProject({root: world.root, host}).extract()).rejects.toMatchObject({
      code: 'EROFS',
      message: `EROFS: read-only file system, open '${world.root}/.md-l10n-cache'`
    })
    expect(worldTree(world)).toEqual(before)
  })

  it('`export --out` outside the project writes the whole file, and a full disk leaves the previous one whole', async () => {
    const world = await makeWorld()
    const out = path.join(world.outside, 'fr.xlf')
    writeFileSync(out, 'the previous export\n')
    const full: Host = {
      ...nodeHost,
      write: (file, content, options) => {
        if (!file.startsWith(world.outside)) return nodeHost.write(file, content, options)
        nodeHost.write(file, String(content).slice(0, 10), options)
        throw Object.assign(new Error(`ENOSPC: no space left on device, write (writing ${file})`), {code: 'ENOSPC'})
      }
    }
    const before = worldTree(world)
    await expect(
      openProject({root: world.root, host: full}).export({language: 'fr', format: 'xliff', out})
    ).rejects.toMatchObject({
      code: 'ENOSPC',
      message: `ENOSPC: no space left on device, write (writing ${out}.tmp-md-l10n)`
    })
    expect(worldTree(world)).toEqual(before)
    const result = await runCli(world.root, 'export', '--language', 'fr', '--out', out)
    expect(result.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(await exported(world))
  })

  it('a source gone between listing and reading (an editor saving it again) is an input error, not a crash', async () => {
    const world = await makeWorld()
    const source = path.join(world.root, 'source/index.md')
    const saving: Host = {
      ...nodeHost,
      stamp: (file) => (file === source ? '0:0' : nodeHost.stamp(file)),
      read: (file) => (file === source ? undefined : nodeHost.read(file))
    }
    await expect(openProject({root: world.root, host: saving}).build()).rejects.toMatchObject({
      name: 'InputError',
      file: 'source/index.md',
      message: 'the file went away while md-l10n read the project (saved again meanwhile?); run again'
    })
  })

  it('a write that finds the disk full names the file', () => {
    expect(() => nodeHost.write('/dev/full', 'x')).toThrow(
      /^ENOSPC: no space left on device, write \(writing \/dev\/full\)$/
    )
  })
})
