import {expect, it} from 'vitest'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import * as api from '../src/index.js'
import {projectRoot} from './helpers.js'

it('exposes exactly the documented public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'InputError',
    'ProviderError',
    'TagSyntaxError',
    'assembleDocument',
    'assignKeys',
    'canonicalTag',
    'catalogStatus',
    'checks',
    'countWords',
    'defaultFrontMatterFields',
    'defaults',
    'documentShape',
    'emptyGlossary',
    'findLanguageSwitcher',
    'isRightToLeft',
    'languageCoverage',
    'localizeDocument',
    'normalizeConfig',
    'normalizeExceptions',
    'normalizeGlossary',
    'normalizeLanguageName',
    'openProject',
    'parseCatalog',
    'parseMeta',
    'parseTags',
    'pseudoLocale',
    'pseudoLocalize',
    'remarkL10n',
    'resolveLanguageName',
    'runChecks',
    'segmentDocument',
    'segmentHandlers',
    'segmentTree',
    'serializeCatalog',
    'serializeMeta',
    'shapeDifference',
    'stripTags',
    'syncCatalog'
  ])
})

/** Every module `lib/index.js` loads when imported: static imports, followed through the package. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(
      /^(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gm
    )) {
      if (specifier!.startsWith('.')) visit(path.resolve(path.dirname(file), specifier!))
      else seen.add(specifier!)
    }
  }
  visit(entry)
  return seen
}

it('loads neither the CLI nor the checks’ language models when imported, and changes nothing in the process', () => {
  const graph = [...staticGraph(path.join(projectRoot, 'lib/index.js'))].map((file) => path.relative(projectRoot, file))
  expect(graph.filter((file) => file.startsWith('lib/cli/'))).toEqual([])
  expect(graph.filter((file) => ['eld', 'eld/medium', 'opencc-js', 'node:worker_threads'].includes(file))).toEqual([])
  // The markdown parser loads when a first document is parsed: a warm build parses none.
  expect(
    graph.filter((file) =>
      ['unified', 'remark-parse', 'remark-gfm', 'remark-math', 'micromark', 'mdast-util-from-markdown'].includes(file)
    )
  ).toEqual([])
  // The HTML parser loads on the first html node that could hold prose.
  expect(graph.filter((file) => ['hast-util-from-html', 'hast-util-from-parse5', 'parse5'].includes(file))).toEqual([])
  // The review site's stage (hast, remark-rehype, the sanitizer, jsdiff) loads when a site is written.
  expect(
    graph.filter(
      (file) =>
        file.startsWith('lib/review/') ||
        ['hastscript', 'hast-util-to-html', 'remark-rehype', 'rehype-sanitize', 'diff'].includes(file)
    )
  ).toEqual([])
  expect(graph).toContain('lib/project/index.js')
  const probe = `
    const listeners = () => process.stdout.listenerCount('error') + process.listenerCount('exit') + process.listenerCount('SIGINT')
    const before = listeners()
    await import(${JSON.stringify(path.join(projectRoot, 'lib/index.js'))})
    console.log(listeners() - before)
  `
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {encoding: 'utf8'})
  expect(child.stderr).toBe('')
  expect(child.stdout).toBe('0\n')
})
