/**
 * A world for the security tests: a small project and, beside it, a folder that stands for the
 * rest of the machine. Each test compares the whole world's tree before and after a command
 * (links are recorded as links, never followed), so "nothing touched outside the project" and
 * "nothing of the project's own touched" are one assertion each.
 */
import {lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {runCli, temporaryFolder} from '../helpers.js'

export interface World {
  /** The folder holding both (real path: messages name real locations). */
  base: string
  root: string
  outside: string
}

/** A project with one page, its French catalog extracted, and a folder outside it with a file in it. */
export async function makeWorld(config: Record<string, unknown> = {}): Promise<World> {
  const base = realpathSync(temporaryFolder('md-l10n-security-'))
  const root = path.join(base, 'project')
  const outside = path.join(base, 'outside')
  mkdirSync(path.join(root, 'source'), {recursive: true})
  mkdirSync(outside)
  writeFileSync(path.join(outside, 'keep.txt'), 'not md-l10n’s\n')
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    `${JSON.stringify({sourceLanguage: 'en', languages: ['fr'], ...config}, null, 2)}\n`
  )
  writeFileSync(path.join(root, 'source/index.md'), '# Hello\n\nA page to translate.\n')
  const extracted = await runCli(root, 'extract')
  if (extracted.code !== 0) throw new Error(`extract failed: ${extracted.stderr}`)
  // A translation, so build has something of the catalogs' to write.
  const catalog = path.join(root, 'locales/fr/index.json')
  const entries = JSON.parse(readFileSync(catalog, 'utf8')) as Record<string, string>
  const [first] = Object.keys(entries)
  writeFileSync(catalog, `${JSON.stringify({...entries, [first!]: 'Bonjour'}, null, 2)}\n`)
  return {base, root, outside}
}

/** Every entry below `folder`: `folder/`, `link -> target`, `fifo`, or a file's content. Links are not followed. */
export function tree(folder: string): Map<string, string> {
  const entries = new Map<string, string>()
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(folder, relative)).sort()) {
      const child = relative ? `${relative}/${name}` : name
      const full = path.join(folder, child)
      const stats = lstatSync(full)
      if (stats.isSymbolicLink()) entries.set(child, `link -> ${readlinkSync(full)}`)
      else if (stats.isDirectory()) {
        entries.set(child, 'folder/')
        walk(child)
      } else if (stats.isFIFO()) entries.set(child, 'fifo')
      else entries.set(child, readFileSync(full, 'utf8'))
    }
  }
  walk('')
  return entries
}

/** The world's tree without md-l10n's own working files (lock, cache), which a run may change. */
export function worldTree(world: World): Map<string, string> {
  const entries = tree(world.base)
  for (const name of entries.keys()) if (/^project\/\.md-l10n-cache\/(?!journal)/.test(name)) entries.delete(name)
  return entries
}
