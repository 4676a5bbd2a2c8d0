/**
 * config/sites: the settings that say where a site's pages are and where their translations go
 * (`sources`, `layout`, `generator`, `locales`, `existingPages`, `linkFields`, `linkAttributes`,
 * `routingFields`), validated in place; and the helpers every run reads them through.
 */
import type {Config} from './defaults.js'
import {InputError} from '../util/errors.js'
import {canonicalTag} from '../languages/tag.js'
import {generatorNames, type GeneratorName, type SourceRoot} from '../sites/types.js'
import {validateLayout} from '../sites/layout.js'

const rootKeys = ['dir', 'include', 'exclude', 'layout', 'namespace']
const routingRules = ['keep', 'prefix', 'segment', 'drop']

const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '')

function isInsideProject(value: string): boolean {
  return !value.startsWith('/') && !/^[A-Za-z]:/.test(value) && !value.split(/[\\/]/).includes('..')
}

/** Validate the site settings of `config` (defaults applied), canonicalizing `locales`' tags. */
export function normalizeSiteSettings(config: Config, file: string): void {
  if (config.generator !== undefined && !(generatorNames as readonly string[]).includes(config.generator)) {
    throw new InputError(
      `\`generator\` is ${JSON.stringify(config.generator)}, expected one of ${generatorNames.map((name) => `"${name}"`).join(', ')}`,
      file
    )
  }
  if (config.layout !== undefined && config.layout !== 'generator') validateLayout(config.layout, file, 'layout')
  if (config.layout === 'generator' && generatorOf(config) === undefined) {
    throw new InputError(
      '`layout` is "generator" but no generator is known: set `generator` (or a `dialect` of one), or give a path template',
      file
    )
  }
  if (config.sources !== undefined) {
    if (!Array.isArray(config.sources) || config.sources.length === 0)
      throw new InputError(
        '`sources` must be a non-empty array of {"dir": "docs", "include": [...], "exclude": [...]}',
        file
      )
    config.sources.forEach((root, index) => normalizeRoot(root, `sources[${index}]`, file))
    const namespaces = config.sources.map((root, index) => root.namespace ?? (index === 0 ? '' : root.dir))
    const twice = namespaces.find((namespace, index) => namespaces.indexOf(namespace) !== index)
    if (twice !== undefined)
      throw new InputError(
        `two \`sources\` share the namespace ${JSON.stringify(twice)}; give one a \`namespace\``,
        file
      )
  }
  if (typeof config.locales !== 'object' || config.locales === null || Array.isArray(config.locales)) {
    throw new InputError(
      '`locales` must be an object of BCP 47 tag → the site\'s locale key, such as {"zh-Hans": "zh"}',
      file
    )
  }
  const locales: Record<string, string> = {}
  for (const [tag, key] of Object.entries(config.locales)) {
    if (typeof key !== 'string' || !/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(key)) {
      throw new InputError(
        `\`locales.${tag}\` is ${JSON.stringify(key)}, expected the site's key for it (letters, digits, \`-\`, \`_\`), such as "zh"`,
        file
      )
    }
    locales[canonicalTag(tag, file, 'locales')] = key
  }
  const keys = Object.values(locales)
  const shared = keys.find((key, index) => keys.indexOf(key) !== index)
  if (shared !== undefined)
    throw new InputError(`\`locales\` gives two languages the key ${JSON.stringify(shared)}`, file)
  config.locales = locales
  if (config.existingPages !== 'keep' && config.existingPages !== 'replace') {
    throw new InputError(
      `\`existingPages\` is ${JSON.stringify(config.existingPages)}, expected "keep" or "replace"`,
      file
    )
  }
  if (config.linkFields !== undefined && !isStrings(config.linkFields))
    throw new InputError('`linkFields` must be an array of front-matter paths such as "hero.actions.*.link"', file)
  if (!isStrings(config.linkAttributes))
    throw new InputError('`linkAttributes` must be an array of attribute names such as "href"', file)
  if (config.routingFields !== undefined) {
    const fields = config.routingFields as unknown
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields))
      throw new InputError(
        '`routingFields` must be an object of front-matter field → "keep" | "prefix" | "segment" | "drop"',
        file
      )
    for (const [field, rule] of Object.entries(fields)) {
      if (!routingRules.includes(rule as string))
        throw new InputError(
          `\`routingFields.${field}\` is ${JSON.stringify(rule)}, expected "keep", "prefix", "segment" or "drop"`,
          file
        )
    }
  }
}

function normalizeRoot(root: unknown, where: string, file: string): asserts root is SourceRoot {
  if (typeof root !== 'object' || root === null || Array.isArray(root))
    throw new InputError(`\`${where}\` must be an object such as {"dir": "docs"}`, file)
  const entry = root as Record<string, unknown>
  const unknown = Object.keys(entry).find((key) => !rootKeys.includes(key))
  if (unknown !== undefined)
    throw new InputError(
      `\`${where}\` has an unknown setting \`${unknown}\`, expected ${rootKeys.map((key) => `\`${key}\``).join(', ')}`,
      file
    )
  if (typeof entry.dir !== 'string' || entry.dir === '' || !isInsideProject(entry.dir)) {
    throw new InputError(
      `\`${where}.dir\` is ${JSON.stringify(entry.dir)}, expected a folder relative to the project, inside it ("." for the project itself)`,
      file
    )
  }
  for (const globs of ['include', 'exclude'] as const) {
    if (entry[globs] !== undefined && !isStrings(entry[globs]))
      throw new InputError(`\`${where}.${globs}\` must be an array of globs such as "**/*.md"`, file)
  }
  if (entry.layout !== undefined) validateLayout(entry.layout as string, file, `${where}.layout`)
  if (entry.namespace !== undefined && (typeof entry.namespace !== 'string' || !isInsideProject(entry.namespace))) {
    throw new InputError(
      `\`${where}.namespace\` is ${JSON.stringify(entry.namespace)}, expected a relative name such as "blog"`,
      file
    )
  }
}

/** The site generator a config writes for: `generator`, else its dialect's (none for `gfm`). */
export function generatorOf(config: Pick<Config, 'generator' | 'dialect'>): GeneratorName | undefined {
  if (config.generator) return config.generator
  return config.dialect === 'gfm' ? undefined : config.dialect
}

/** The config's source roots: `sources`, or the one `sourceDir` names. */
export function sourceRootsOf(config: Pick<Config, 'sources' | 'sourceDir'>): SourceRoot[] {
  return config.sources ?? [{dir: config.sourceDir}]
}

/** The site's key for a language (`zh` for `zh-Hans` under `{"zh-Hans": "zh"}`), else its tag. */
export function localeKeyOf(config: Pick<Config, 'locales'>, tag: string): string {
  return config.locales[tag] ?? tag
}
