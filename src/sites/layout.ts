/**
 * sites/layout: where a localized page goes, from a path template (`"src/content/docs/{locale}/{path}"`).
 * Pure: paths in, paths out, `/`-separated and relative to the project root.
 *
 * Placeholders: `{locale}` the site's key for the language (`zh`), `{tag}` its BCP 47 tag
 * (`zh-Hans`), `{path}` the page's path below its source root (`guide/intro.md`), `{stem}` that
 * path without its extension (`guide/intro`), `{ext}` the extension with its dot (`.md`).
 */
import {InputError} from '../util/errors.js'

export const layoutPlaceholders = ['locale', 'tag', 'path', 'stem', 'ext'] as const
export type LayoutPlaceholder = (typeof layoutPlaceholders)[number]

/** One language as a layout names it. */
export interface LayoutLanguage {
  /** BCP 47 tag (`zh-Hans`): the catalogs' folder. */
  tag: string
  /** The site's key for it (`zh`): folder names and URL prefixes. */
  locale: string
}

const placeholderPattern = /\{([^{}]*)\}/g

/**
 * Check a template, or throw naming `setting` in `file`: only known placeholders; one of
 * `{locale}`/`{tag}` (else every language writes the same file, the source's among them); the
 * page's path once (`{path}`, or `{stem}` and `{ext}`); relative, with no `..`.
 */
export function validateLayout(template: string, file: string, setting: string): void {
  const fail = (why: string): never => {
    throw new InputError(`\`${setting}\` is ${JSON.stringify(template)}: ${why}`, file)
  }
  if (typeof template !== 'string' || template === '') fail('expected a path template such as "docs/{locale}/{path}"')
  const used = [...template.matchAll(placeholderPattern)].map((match) => match[1]!)
  const unknown = used.find((name) => !(layoutPlaceholders as readonly string[]).includes(name))
  if (unknown !== undefined)
    fail(
      `unknown placeholder \`{${unknown}}\`, expected ${layoutPlaceholders.map((name) => `\`{${name}}\``).join(', ')}`
    )
  if (!used.includes('locale') && !used.includes('tag'))
    fail('it names no language (`{locale}` or `{tag}`), so every language would write over the same files')
  const paths = used.filter((name) => name === 'path').length
  const stems = used.filter((name) => name === 'stem').length
  if (!(paths === 1 && stems === 0) && !(paths === 0 && stems === 1))
    fail("expected the page's path once, as `{path}` or as `{stem}` with `{ext}`")
  if (template.startsWith('/') || /^[A-Za-z]:/.test(template) || template.split('/').includes('..')) {
    fail('expected a path relative to the project, inside it')
  }
  if (!template.endsWith('{path}') && !template.endsWith('{ext}'))
    fail('expected it to end with `{path}` or `{ext}` (the page keeps its extension)')
}

/** The page `relativePath` (below its source root) of `language`, placed by `template`. */
export function resolveLayout(template: string, language: LayoutLanguage, relativePath: string): string {
  const dot = relativePath.lastIndexOf('.')
  const slash = relativePath.lastIndexOf('/')
  const ext = dot > slash + 1 ? relativePath.slice(dot) : ''
  const values: Record<LayoutPlaceholder, string> = {
    locale: language.locale,
    tag: language.tag,
    path: relativePath,
    stem: ext ? relativePath.slice(0, -ext.length) : relativePath,
    ext
  }
  return normalizeJoined(template.replace(placeholderPattern, (_, name: LayoutPlaceholder) => values[name]))
}

/** `a//b`, `./a` and `a/./b` as one path (a template such as `{root}/{path}` with an empty part). */
function normalizeJoined(joined: string): string {
  return joined
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/')
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A pattern matching every path `template` gives `language` (the page's path as a wildcard): what
 * tells a page of that language from a source page when both sit in one folder (a root locale).
 */
export function layoutPattern(template: string, language: LayoutLanguage): RegExp {
  let pattern = ''
  let cursor = 0
  for (const match of template.matchAll(placeholderPattern)) {
    pattern += escapeRegExp(template.slice(cursor, match.index))
    const name = match[1] as LayoutPlaceholder
    pattern +=
      name === 'locale'
        ? escapeRegExp(language.locale)
        : name === 'tag'
          ? escapeRegExp(language.tag)
          : name === 'ext'
            ? '\\.[^./]+'
            : '.+'
    cursor = match.index + match[0].length
  }
  pattern += escapeRegExp(template.slice(cursor))
  // Written `a//b` in the template is one `/` in a resolved path.
  return new RegExp(`^${pattern.replace(/(\\\/|\/)+/g, '/').replace(/^\.\//, '')}$`)
}

/**
 * The folder every path `template` gives `language` is under (`src/content/docs/fr`), or `''` when
 * the language's pages share folders with others (a suffix layout, `content/{stem}.{locale}{ext}`).
 */
export function layoutFolder(template: string, language: LayoutLanguage): string {
  const first = template.search(/\{(path|stem|ext)\}/)
  // The language named only after the page's path: its pages sit among the others'.
  if (!/\{(locale|tag)\}/.test(template.slice(0, first))) return ''
  const head = resolveLayoutHead(template.slice(0, first), language)
  return head.endsWith('/') ? normalizeJoined(head) : normalizeJoined(head.slice(0, head.lastIndexOf('/') + 1))
}

function resolveLayoutHead(head: string, language: LayoutLanguage): string {
  return head.replaceAll('{locale}', language.locale).replaceAll('{tag}', language.tag)
}

/** Whether `file` (relative, `/`-separated) is `folder` or below it; `''` is the project root. */
export function isWithin(file: string, folder: string): boolean {
  return folder === '' || file === folder || file.startsWith(`${folder}/`)
}
