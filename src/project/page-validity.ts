/**
 * project/page-validity: a localized page is one its generator can read, or the translations that
 * break it fall back to their source text. Escaping keeps translations text; this is the net under
 * it (a hand-edited catalog, a plugin's syntax), so one bad string never fails a page, a language or
 * a site: the page is written with that segment in the source language and the fallback reported.
 */
import {parseToml} from '../segment/toml.js'
import {parseMarkdown} from '../segment/parse.js'
import {blankHeadingAttributes} from '../segment/heading-ids.js'
import {dialectParser, isMdxDocument} from '../dialects/index.js'
import {lazyModule} from '../util/lazy.js'
import type {CatalogEntry} from '../types.js'
import type {Project, ProjectDocument} from './load.js'

const yaml = lazyModule<typeof import('yaml')>('yaml')

const yamlFence = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/
const tomlFence = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/
/** What in a translation can break an MDX parse: braces, tags, ESM at a line start. */
const mdxSignificant = /[{}<>]|^\s*(?:import|export)\b/m

/** Why the page would not parse as its generator reads it, or `undefined`. */
export function pageProblem(
  project: Project,
  document: ProjectDocument,
  markdown: string,
  rows: readonly CatalogEntry[]
): string | undefined {
  const block = document.segmented.frontMatter
  let bodyStart = 0
  if (block) {
    const toml = block.format === 'toml'
    const fence = (toml ? tomlFence : yamlFence).exec(markdown)
    const error = !fence
      ? {message: 'no closing fence'}
      : toml
        ? tomlError(fence[1]!)
        : yaml().parseDocument(fence[1]!).errors[0]
    if (error) return `its front matter would not be valid ${toml ? 'TOML' : 'YAML'} (${error.message.split('\n')[0]})`
    bodyStart = fence![0].length
  }
  if (!isMdxDocument(project.config.dialect, document.file)) return undefined
  // Only a translation can break what parsed as the source: skip the parse when none could.
  if (!rows.some(({translation}) => mdxSignificant.test(translation))) return undefined
  const body = markdown.slice(0, bodyStart).replace(/[^\r\n]/g, ' ') + markdown.slice(bodyStart)
  try {
    parseMarkdown(blankHeadingAttributes(body), dialectParser(project.config.dialect, {mdx: true}))
    return undefined
  } catch (error) {
    if (error instanceof RangeError) throw error
    const message = error as {reason?: string; message?: string; line?: number}
    return `its MDX would not parse (line ${message.line ?? '?'}: ${(message.reason ?? message.message ?? String(error)).split('\n')[0]})`
  }
}

function tomlError(toml: string): Error | undefined {
  try {
    parseToml(toml)
    return undefined
  } catch (error) {
    return error as Error
  }
}

/**
 * The keys whose translations, fallen back, make the page valid: one key at a time, each found by
 * halving the translations still used (about log2 n localizations a key), at most `limit` keys;
 * `undefined` when that is not enough (the caller falls back the whole page).
 */
export function findBreakingKeys(
  keys: readonly string[],
  isValid: (excluded: ReadonlySet<string>) => boolean,
  limit = 8
): string[] | undefined {
  const excluded = new Set<string>()
  while (!isValid(excluded)) {
    const remaining = keys.filter((key) => !excluded.has(key))
    if (excluded.size >= limit || remaining.length === 0 || !isValid(new Set([...excluded, ...remaining])))
      return undefined
    // Translating remaining[0, low) is valid, remaining[0, high) is not: the key at high - 1 breaks it.
    let low = 0
    let high = remaining.length
    while (high - low > 1) {
      const middle = (low + high) >> 1
      if (isValid(new Set([...excluded, ...remaining.slice(middle)]))) low = middle
      else high = middle
    }
    excluded.add(remaining[high - 1]!)
  }
  return [...excluded]
}
