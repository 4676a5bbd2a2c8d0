import {readFileSync, readdirSync} from 'node:fs'
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
