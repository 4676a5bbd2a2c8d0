/**
 * config/normalize: validate a parsed `md-l10n.config.json` and apply the defaults, in one step.
 * Errors say what was received and what was expected.
 */
import {defaultConfig, defaults, configFileName, type Config, type CheckSetting} from './defaults.js'
import {InputError} from '../util/errors.js'
import {canonicalTag} from '../languages/tag.js'
import {checks as registry} from '../check/rules/index.js'
import {dialectNames} from '../dialects/types.js'
import {normalizeSiteSettings} from './sites.js'
import {stalePolicies} from '../catalog/stamp.js'
import {refuseOverlappingFolders} from './overlaps.js'

const knownKeys = new Set(Object.keys(defaults))

function isRelativeFolder(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    !value.startsWith('/') &&
    !/^[A-Za-z]:/.test(value) &&
    !value.split(/[\\/]/).includes('..')
  )
}

/** A config from user JSON (already parsed), defaults applied. */
export function normalizeConfig(input: unknown, file = configFileName): Config {
  if (input === undefined) return defaultConfig()
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new InputError('expected a JSON object', file)
  const raw = input as Record<string, unknown>
  for (const key of Object.keys(raw)) {
    if (!knownKeys.has(key))
      throw new InputError(
        `unknown setting \`${key}\`, expected one of ${[...knownKeys].map((k) => `\`${k}\``).join(', ')}`,
        file
      )
  }
  if (raw.sourceDir !== undefined && raw.sources !== undefined) {
    throw new InputError(
      'has both `sourceDir` and `sources`; keep one (`sourceDir: "docs"` is `sources: [{"dir": "docs"}]`)',
      file
    )
  }
  const config: Config = {...defaultConfig(), ...(raw as Partial<Config>)}
  for (const folder of ['sourceDir', 'localesDir', 'outDir', 'glossary', 'exceptions'] as const) {
    if (!isRelativeFolder(config[folder])) {
      throw new InputError(
        `\`${folder}\` is \`${JSON.stringify(config[folder])}\`, expected a relative path inside the project`,
        file
      )
    }
  }
  refuseOverlappingFolders(config, file)
  if (config.sourceLanguage !== undefined)
    config.sourceLanguage = canonicalTag(config.sourceLanguage, file, 'sourceLanguage')
  if (config.languages !== undefined) {
    if (!Array.isArray(config.languages)) throw new InputError('`languages` must be an array of BCP 47 tags', file)
    config.languages = [...new Set(config.languages.map((tag) => canonicalTag(tag, file, 'languages')))]
  }
  if (
    !Array.isArray(config.frontMatterFields) ||
    !config.frontMatterFields.every((field) => typeof field === 'string')
  ) {
    throw new InputError('`frontMatterFields` must be an array of field names', file)
  }
  const coverage = config.minCoverage
  const percentages =
    typeof coverage === 'number'
      ? [coverage]
      : typeof coverage === 'object' && coverage !== null
        ? Object.values(coverage)
        : [NaN]
  if (!percentages.every((value) => typeof value === 'number' && value >= 0 && value <= 100)) {
    throw new InputError(
      `\`minCoverage\` is ${JSON.stringify(coverage)}, expected a percentage 0–100 or an object of them per tag`,
      file
    )
  }
  if (!stalePolicies.includes(config.staleTranslations)) {
    throw new InputError(
      `\`staleTranslations\` is ${JSON.stringify(config.staleTranslations)}, expected ${stalePolicies.map((policy) => `"${policy}"`).join(' or ')}`,
      file
    )
  }
  if (typeof config.checks !== 'object' || config.checks === null || Array.isArray(config.checks))
    throw new InputError(
      '`checks` must be an object of check id → "error" | "warning" | "off" (or [severity, options])',
      file
    )
  for (const [id, value] of Object.entries(config.checks)) normalizeCheckSetting(id, value, file)
  if (
    !Array.isArray(config.links) ||
    !config.links.every((link) => typeof link?.from === 'string' && link.from !== '' && typeof link.to === 'string')
  ) {
    throw new InputError(
      '`links` must be an array of {"from": "/en/", "to": "/{lang}/"} rewrites (from: a URL prefix of the source\'s links, to: what replaces it)',
      file
    )
  }
  if (!['copy', 'omit', 'omit-unlinked'].includes(config.untranslatedDocuments)) {
    throw new InputError(
      `\`untranslatedDocuments\` is ${JSON.stringify(config.untranslatedDocuments)}, expected "copy", "omit" or "omit-unlinked"`,
      file
    )
  }
  if (typeof config.exportCatalogs !== 'boolean')
    throw new InputError(`\`exportCatalogs\` is ${JSON.stringify(config.exportCatalogs)}, expected true or false`, file)
  if (config.assets !== 'copy' && config.assets !== 'none')
    throw new InputError(`\`assets\` is ${JSON.stringify(config.assets)}, expected "copy" or "none"`, file)
  if (!Array.isArray(config.untranslated) || !config.untranslated.every((entry) => typeof entry === 'string')) {
    throw new InputError('`untranslated` must be an array of source texts', file)
  }
  if (!(dialectNames as readonly string[]).includes(config.dialect)) {
    throw new InputError(
      `\`dialect\` is ${JSON.stringify(config.dialect)}, expected one of ${dialectNames.map((name) => `"${name}"`).join(', ')}`,
      file
    )
  }
  if (
    !Array.isArray(config.remarkPlugins) ||
    !config.remarkPlugins.every(
      (entry) =>
        typeof entry === 'string' || (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string')
    )
  ) {
    throw new InputError('`remarkPlugins` must be an array of module names or [name, options] pairs', file)
  }
  if (config.headingIds !== 'keep' && config.headingIds !== 'pin' && config.headingIds !== 'translate') {
    throw new InputError(
      `\`headingIds\` is ${JSON.stringify(config.headingIds)}, expected "keep", "pin" or "translate"`,
      file
    )
  }
  if (typeof config.math !== 'boolean')
    throw new InputError(`\`math\` is ${JSON.stringify(config.math)}, expected true or false`, file)
  if (!Array.isArray(config.proseAttributes) || !config.proseAttributes.every((name) => typeof name === 'string')) {
    throw new InputError('`proseAttributes` must be an array of attribute names', file)
  }
  if (
    !Array.isArray(config.pluginFolders) ||
    !config.pluginFolders.every((folder) => typeof folder === 'string' && folder !== '')
  ) {
    throw new InputError(
      '`pluginFolders` must be an array of folders (relative to the project, or absolute) that `remarkPlugins` may load from',
      file
    )
  }
  normalizeSiteSettings(config, file)
  if (config.machineTranslations !== 'use' && config.machineTranslations !== 'fallback') {
    throw new InputError(
      `\`machineTranslations\` is ${JSON.stringify(config.machineTranslations)}, expected "use" or "fallback"`,
      file
    )
  }
  if (config.minCoverageCounts !== 'translated' && config.minCoverageCounts !== 'reviewed') {
    throw new InputError(
      `\`minCoverageCounts\` is ${JSON.stringify(config.minCoverageCounts)}, expected "translated" or "reviewed"`,
      file
    )
  }
  config.translate = normalizeTranslate(raw.translate, file)
  return config
}

/** The `translate` setting, its defaults applied to what is not set. */
function normalizeTranslate(input: unknown, file: string): Config['translate'] {
  if (input === undefined) return {...defaults.translate}
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new InputError('`translate` must be an object (see docs/translate.md)', file)
  const known = ['provider', ...Object.keys(defaults.translate)]
  for (const key of Object.keys(input)) {
    if (!known.includes(key))
      throw new InputError(
        `\`translate\` has an unknown setting \`${key}\`, expected one of ${known.map((name) => `\`${name}\``).join(', ')}`,
        file
      )
  }
  const translate = {...defaults.translate, ...(input as Partial<Config['translate']>)}
  const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)
  if (
    !isObject(translate.providers) ||
    !Object.values(translate.providers).every((entry) => isObject(entry) && typeof entry.type === 'string')
  ) {
    throw new InputError(
      '`translate.providers` must map names to settings with a `type` ("apertium", "openai", "anthropic", "deepl", "google", "command" or a module name)',
      file
    )
  }
  if (translate.provider !== undefined && !Object.hasOwn(translate.providers, translate.provider)) {
    throw new InputError(
      `\`translate.provider\` is ${JSON.stringify(translate.provider)}, expected one of the names in \`translate.providers\``,
      file
    )
  }
  if (
    !isObject(translate.instructions) ||
    !Object.values(translate.instructions).every((text) => typeof text === 'string')
  ) {
    throw new InputError('`translate.instructions` must map language tags (or `*`) to instructions', file)
  }
  for (const name of ['batchCharacters', 'batchSegments', 'concurrency'] as const) {
    if (!Number.isInteger(translate[name]) || translate[name] < 1)
      throw new InputError(
        `\`translate.${name}\` is ${JSON.stringify(translate[name])}, expected a whole number from 1`,
        file
      )
  }
  if (!Number.isInteger(translate.retries) || translate.retries < 0)
    throw new InputError(
      `\`translate.retries\` is ${JSON.stringify(translate.retries)}, expected a whole number from 0`,
      file
    )
  return translate
}

/** Validate one entry of `checks` (as ESLint does its rules): a known id, a severity, known options. */
function normalizeCheckSetting(id: string, value: unknown, file: string): void {
  const check = registry.find(({meta}) => meta.id === id)
  const known = registry.map(({meta}) => `\`${meta.id}\``).join(', ')
  if (!check) throw new InputError(`\`checks\` has an unknown check \`${id}\`; the checks are ${known}`, file)
  const [severity, options] = Array.isArray(value) ? value : [value, undefined]
  if (!['error', 'warning', 'off'].includes(severity as CheckSetting) || (Array.isArray(value) && value.length !== 2)) {
    throw new InputError(
      `\`checks.${id}\` is ${JSON.stringify(value)}, expected "error", "warning" or "off", or [severity, {options}]`,
      file
    )
  }
  if (options === undefined) return
  const defaults = check.meta.defaultOptions ?? {}
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new InputError(`\`checks.${id}\` options must be an object`, file)
  for (const [name, option] of Object.entries(options)) {
    if (!Object.hasOwn(defaults, name)) {
      const names = Object.keys(defaults)
      throw new InputError(
        `\`checks.${id}\` has an unknown option \`${name}\`; ${names.length > 0 ? `its options are ${names.map((known) => `\`${known}\``).join(', ')}` : 'it has no options'}`,
        file
      )
    }
    if (typeof option !== typeof defaults[name])
      throw new InputError(
        `\`checks.${id}.${name}\` is ${JSON.stringify(option)}, expected a ${typeof defaults[name]}`,
        file
      )
  }
}

/** The minimum coverage for one language. */
export function minCoverageFor(config: Config, language: string): number {
  const setting = config.minCoverage
  if (typeof setting === 'number') return setting
  return setting[language] ?? setting['*'] ?? 0
}
