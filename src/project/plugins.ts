/**
 * project/plugins: what segmenting a project's documents depends on (the dialect, the user's remark
 * plugins, the front-matter fields and prose attributes), and the segmenter built from it.
 * `remarkPlugins` entries are resolved from the project's folder, as `.remarkrc` resolves them, and
 * must be found inside it (a path in the project, or a package in its `node_modules`) or in a folder
 * `pluginFolders` names: the plugins a run loads are the repository's, not whatever a parent
 * folder or the machine happens to hold.
 */
import path from 'node:path'
import {realpathSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {PluggableList} from 'unified'
import type {Config} from '../config/defaults.js'
import {configFileName} from '../config/defaults.js'
import type {DialectName} from '../dialects/types.js'
import type {SegmentResult} from '../segment/index.js'
import {InputError} from '../util/errors.js'

/** A `remarkPlugins` entry, resolved to the module that will be imported. */
export interface ResolvedPlugin {
  /** As written in the config. */
  name: string
  /** `file:` URL of the module. */
  url: string
  options?: unknown
}

/** Everything a document's segments depend on besides its text: part of the segment cache's key. */
export interface SegmentSettings {
  frontMatterFields: readonly string[]
  dialect: DialectName
  proseAttributes: readonly string[]
  remarkPlugins: readonly ResolvedPlugin[]
  /** `$…$` math (`math` in the config); absent when off, so the cache key of a project without it is unchanged. */
  math?: boolean
}

/** The line of the config file that names `name`, for errors. */
function configLine(configText: string | undefined, name: string): number | undefined {
  const index = configText?.indexOf(JSON.stringify(name)) ?? -1
  return index === -1 ? undefined : configText!.slice(0, index).split('\n').length
}

/** The settings of a project, its plugins resolved from `root`; an entry that cannot be found is an input error naming its line. */
export function segmentSettings(config: Config, root: string, configText?: string): SegmentSettings {
  const require = createRequire(path.join(root, 'package.json'))
  const remarkPlugins = config.remarkPlugins.map((entry) => {
    const [name, options] = typeof entry === 'string' ? [entry, undefined] : entry
    let resolved: string
    try {
      resolved = require.resolve(name.startsWith('.') ? path.resolve(root, name) : name)
    } catch {
      throw new InputError(
        `\`remarkPlugins\` entry \`${name}\` cannot be found from the project folder (install it, or give a path starting with \`./\`)`,
        configFileName,
        configLine(configText, name)
      )
    }
    refuseOutside(config, root, name, resolved, configText)
    return {name, url: pathToFileURL(resolved).href, ...(options === undefined ? {} : {options})}
  })
  return {
    frontMatterFields: config.frontMatterFields,
    dialect: config.dialect,
    proseAttributes: config.proseAttributes,
    remarkPlugins,
    ...(config.math ? {math: true} : {})
  }
}

const real = (file: string) => {
  try {
    return realpathSync.native(file)
  } catch {
    return undefined
  }
}
const within = (file: string, folder: string) => file === folder || file.startsWith(folder + path.sep)

/** The package a bare specifier names (`remark-x`, `@scope/remark-x`), without a subpath. */
const packageOf = (name: string) =>
  name
    .split('/')
    .slice(0, name.startsWith('@') ? 2 : 1)
    .join('/')

/**
 * A plugin must come from the project: its real file inside the project's real folder, a package
 * installed in the project's `node_modules` (where pnpm links it from its store), or a folder of
 * `pluginFolders`.
 */
function refuseOutside(
  config: Config,
  root: string,
  name: string,
  resolved: string,
  configText: string | undefined
): void {
  const file = real(resolved) ?? resolved
  const realRoot = real(root) ?? path.resolve(root)
  if (within(file, realRoot)) return
  if (!name.startsWith('.') && !path.isAbsolute(name)) {
    const installed = real(path.join(root, 'node_modules', packageOf(name)))
    if (installed !== undefined && within(file, installed)) return
  }
  for (const folder of config.pluginFolders) {
    const allowed = real(path.resolve(root, folder))
    if (allowed !== undefined && within(file, allowed)) return
  }
  throw new InputError(
    `\`remarkPlugins\` entry \`${name}\` resolves to ${file}, outside the project and its node_modules; install it in the project, or name its folder in \`pluginFolders\``,
    configFileName,
    configLine(configText, name)
  )
}

/** Import the resolved plugins as a unified plugin list. */
export async function importPlugins(plugins: readonly ResolvedPlugin[], configText?: string): Promise<PluggableList> {
  const list: PluggableList = []
  for (const plugin of plugins) {
    let module: {default?: unknown}
    try {
      module = (await import(plugin.url)) as {default?: unknown}
    } catch (error) {
      throw new InputError(
        `\`remarkPlugins\` entry \`${plugin.name}\` cannot be loaded: ${(error as Error).message.split('\n')[0]}`,
        configFileName,
        configLine(configText, plugin.name)
      )
    }
    if (typeof module.default !== 'function') {
      throw new InputError(
        `\`remarkPlugins\` entry \`${plugin.name}\` is not a remark plugin: its module has no default export function`,
        configFileName,
        configLine(configText, plugin.name)
      )
    }
    list.push(
      plugin.options === undefined
        ? (module.default as PluggableList[number])
        : ([module.default, plugin.options] as PluggableList[number])
    )
  }
  return list
}

/** Segment one document of a project. */
export type Segmenter = (source: string, file: string) => SegmentResult

/** The segmenter for `settings` (the markdown parser and the plugins are imported on first use). */
export async function createSegmenter(settings: SegmentSettings, configText?: string): Promise<Segmenter> {
  const [{segmentDocument}, plugins] = await Promise.all([
    import('../segment/index.js'),
    importPlugins(settings.remarkPlugins, configText)
  ])
  const options = {
    frontMatterFields: settings.frontMatterFields,
    dialect: settings.dialect,
    proseAttributes: settings.proseAttributes,
    math: settings.math,
    ...(plugins.length > 0 ? {plugins} : {})
  }
  if (plugins.length === 0) return (source, file) => segmentDocument(source, {...options, file})
  const homes = settings.remarkPlugins.map((plugin) => ({name: plugin.name, home: pluginHome(plugin)}))
  return (source, file) => {
    try {
      return segmentDocument(source, {...options, file})
    } catch (error) {
      throw blamePlugin(error, homes, file) ?? error
    }
  }
}

/** The folder of a plugin's code: its package's folder, or the folder of a plugin file. */
function pluginHome(plugin: ResolvedPlugin): string {
  const file = fileURLToPath(plugin.url)
  const marker = `${path.sep}node_modules${path.sep}`
  const at = file.lastIndexOf(marker)
  if (at === -1 || plugin.name.startsWith('.')) return path.dirname(file)
  return path.join(
    file.slice(0, at + marker.length),
    packageOf(
      file
        .slice(at + marker.length)
        .split(path.sep)
        .join('/')
    )
  )
}

/**
 * An error a user's plugin threw is an input error naming the plugin and the document (the CLI
 * exits 2, not "please report"): known by the plugin's code in the error's stack.
 */
function blamePlugin(
  error: unknown,
  homes: ReadonlyArray<{name: string; home: string}>,
  file: string
): InputError | undefined {
  if (error instanceof InputError) return undefined
  // md-l10n throws only errors: anything else came from a plugin.
  if (!(error instanceof Error))
    return new InputError(
      `a remark plugin (${homes.map(({name}) => `\`${name}\``).join(', ')}) threw ${String(error)} on this document`,
      file
    )
  const stack = error instanceof Error ? (error.stack ?? '') : ''
  const culprit = homes.find(
    ({home}) => stack.includes(home + path.sep) || stack.includes(pathToFileURL(home).href + '/')
  )
  if (!culprit) return undefined
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return new InputError(`the remark plugin \`${culprit.name}\` failed on this document: ${message}`, file)
}
