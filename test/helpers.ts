import {afterAll} from 'vitest'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const fixturesDir = path.join(projectRoot, 'test', 'fixtures')
export const articlePath = path.join(projectRoot, 'source', 'openai-palace-drama.md')

export function readArticle(): string {
  return readFileSync(articlePath, 'utf8')
}

/** Every markdown fixture, by file name. */
export function fixtures(): Array<[string, string]> {
  return readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => [name, readFileSync(path.join(fixturesDir, name), 'utf8')])
}

const temporaryProjects: string[] = []
// Registered by every test file that imports these helpers: its temporary projects go when it ends.
afterAll(() => {
  for (const folder of temporaryProjects.splice(0)) rmSync(folder, {recursive: true, force: true})
})

/** An empty temporary folder, removed when the tests end. */
export function temporaryFolder(prefix = 'md-l10n-test-'): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  temporaryProjects.push(folder)
  return folder
}

/** A copy of this repository's project (sources, catalogs, glossary, config) in a temporary folder, removed when the tests end. */
export function copyProject(prefix = 'md-l10n-test-'): string {
  const root = temporaryFolder(prefix)
  for (const entry of ['source', 'locales', 'l10n', 'md-l10n.config.json'])
    cpSync(path.join(projectRoot, entry), path.join(root, entry), {recursive: true})
  return root
}

/** Every file under a folder with its bytes, for "nothing changed" assertions. */
export function snapshot(folder: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile())
      files.set(
        path.relative(folder, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name), 'latin1')
      )
  }
  return files
}

/** Run the CLI in-process on a project; its exit code and what it printed. */
export async function runCli(root: string, ...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  const {main} = await import('../src/cli/main.js')
  const {memoryOutput} = await import('../src/cli/io.js')
  const output = memoryOutput()
  const code = await main([...argv, '--cwd', root], output)
  return {code, stdout: output.stdout, stderr: output.stderr}
}

/** A temporary docs project: `docs/<name>.md` per page, English sources, `languages` as given (default English and French). */
export function docsProject(pages: Record<string, string>, config: Record<string, unknown> = {}): string {
  const root = temporaryFolder('md-l10n-docs-')
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(root, 'docs', `${name}.md`)), {recursive: true})
    writeFileSync(path.join(root, 'docs', `${name}.md`), text)
  }
  writeFileSync(
    path.join(root, 'md-l10n.config.json'),
    JSON.stringify({sourceDir: 'docs', sourceLanguage: 'en', languages: ['en', 'fr'], ...config})
  )
  return root
}

/** Write `language`'s catalog of `page` as a translator would: each key's translation looked up by its source text. */
export function translateCatalog(root: string, page: string, language: string, bySource: Record<string, string>): void {
  const source = JSON.parse(readFileSync(path.join(root, 'locales/en', `${page}.json`), 'utf8')) as Record<
    string,
    string
  >
  writeFileSync(
    path.join(root, 'locales', language, `${page}.json`),
    `${JSON.stringify(Object.fromEntries(Object.keys(source).map((key) => [key, bySource[source[key]!] ?? ''])), null, 2)}\n`
  )
}
