/**
 * project/plugins: what segmenting a project's documents depends on (the dialect, the user's remark
 * plugins, the front-matter fields and prose attributes), and the segmenter built from it.
 * `remarkPlugins` entries are resolved from the project's folder, as `.remarkrc` resolves them.
 */
import path from 'node:path'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
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
      throw new InputError(`\`remarkPlugins\` entry \`${name}\` cannot be found from the project folder (install it, or give a path starting with \`./\`)`, configFileName, configLine(configText, name))
    }
    return {name, url: pathToFileURL(resolved).href, ...(options === undefined ? {} : {options})}
  })
  return {frontMatterFields: config.frontMatterFields, dialect: config.dialect, proseAttributes: config.proseAttributes, remarkPlugins}
}

/** Import the resolved plugins as a unified plugin list. */
export async function importPlugins(plugins: readonly ResolvedPlugin[], configText?: string): Promise<PluggableList> {
  const list: PluggableList = []
  for (const plugin of plugins) {
    let module: {default?: unknown}
    try {
      module = (await import(plugin.url)) as {default?: unknown}
    } catch (error) {
      throw new InputError(`\`remarkPlugins\` entry \`${plugin.name}\` cannot be loaded: ${(error as Error).message.split('\n')[0]}`, configFileName, configLine(configText, plugin.name))
    }
    if (typeof module.default !== 'function') {
      throw new InputError(`\`remarkPlugins\` entry \`${plugin.name}\` is not a remark plugin: its module has no default export function`, configFileName, configLine(configText, plugin.name))
    }
    list.push(plugin.options === undefined ? (module.default as PluggableList[number]) : ([module.default, plugin.options] as PluggableList[number]))
  }
  return list
}

/** Segment one document of a project. */
export type Segmenter = (source: string, file: string) => SegmentResult

/** The segmenter for `settings` (the markdown parser and the plugins are imported on first use). */
export async function createSegmenter(settings: SegmentSettings, configText?: string): Promise<Segmenter> {
  const [{segmentDocument}, plugins] = await Promise.all([import('../segment/index.js'), importPlugins(settings.remarkPlugins, configText)])
  const options = {frontMatterFields: settings.frontMatterFields, dialect: settings.dialect, proseAttributes: settings.proseAttributes, ...(plugins.length > 0 ? {plugins} : {})}
  return (source, file) => segmentDocument(source, {...options, file})
}
