/**
 * cli/project: load a project from disk: its config, source documents, languages and catalogs.
 * Everything after loading is done by the pure stages.
 */
import path from 'node:path'
import {configFileName, type Config} from '../config/defaults.js'
import {normalizeConfig} from '../config/normalize.js'
import {canonicalTag} from '../languages/tag.js'
import type {SegmentResult} from '../segment/index.js'
import {reassignKeys, type PreviousKey} from '../segment/keys.js'
import type {SwitcherLanguage} from '../languages/switcher.js'
import {catalogPaths, parseCatalog, parseMeta} from '../catalog/store.js'
import type {Catalog, CatalogMeta} from '../types.js'
import {InputError} from '../util/errors.js'
import {listMarkdown, readText} from './fs.js'
import {SegmentCache} from './cache.js'
import {segmentAll} from './parallel.js'

export interface ProjectDocument {
  /** Path relative to the project root, for messages. */
  file: string
  /** Path relative to the source folder without extension: the i18next namespace. */
  namespace: string
  /** Path relative to the source folder, as written under `dist/docs/<tag>/`. */
  relativePath: string
  segmented: SegmentResult
}

export interface Project {
  root: string
  config: Config
  documents: ProjectDocument[]
  sourceLanguage: string
  /** All languages, the source language included, in switcher (or config) order. */
  languages: string[]
  /** The languages the documents' switchers list, with their names as written. */
  discovered: SwitcherLanguage[]
  /** Segments parsed this run, saved by a command that succeeds. */
  cache?: SegmentCache
}

/** Read a JSON file of the project; `undefined` when absent. */
export function readJson(root: string, relative: string): unknown {
  const text = readText(path.join(root, relative), relative)
  if (text === undefined) return undefined
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const match = /position (\d+)/.exec((error as Error).message)
    const line = match ? text.slice(0, Number(match[1])).split('\n').length : undefined
    throw new InputError(`malformed JSON: ${(error as Error).message.split('\n')[0]}`, relative, line)
  }
}

export function loadConfig(root: string): Config {
  return normalizeConfig(readJson(root, configFileName), configFileName)
}

/** Read one language's catalog and meta for a namespace (empty when the files do not exist). */
export function readCatalog(project: Pick<Project, 'root' | 'config'>, language: string, namespace: string): {catalog: Catalog; meta: CatalogMeta} {
  const paths = catalogPaths(language, namespace)
  const catalogFile = path.join(project.config.localesDir, paths.catalog)
  const metaFile = path.join(project.config.localesDir, paths.meta)
  const catalogText = readText(path.join(project.root, catalogFile), catalogFile)
  const metaText = readText(path.join(project.root, metaFile), metaFile)
  return {
    catalog: catalogText === undefined ? {} : parseCatalog(catalogText, catalogFile),
    meta: metaText === undefined ? {version: 1, entries: {}} : parseMeta(metaText, metaFile)
  }
}

/** Load and segment a project. `languages` on the command line extend the configured ones. */
export async function loadProject(root: string, options: {extraLanguages?: string[]; cache?: boolean} = {}): Promise<Project> {
  const config = loadConfig(root)
  const cache = options.cache === false ? undefined : new SegmentCache(root, {frontMatterFields: config.frontMatterFields})
  const sourceFolder = path.join(root, config.sourceDir)
  const files = listMarkdown(sourceFolder)
  if (files.length === 0) throw new InputError(`no markdown documents found, expected \`*.md\` files under \`${config.sourceDir}/\``, config.sourceDir)
  const sources = files.map((relativePath) => {
    const file = `${config.sourceDir}/${relativePath}`
    const source = readText(path.join(sourceFolder, relativePath), file)!
    return {relativePath, file, source, cached: cache?.get(source, file)}
  })
  // Only what the cache does not have is parsed, on every core when there is enough of it.
  const missing = sources.filter(({cached}) => !cached)
  const parsed = await segmentAll(missing, config.frontMatterFields)
  for (const [index, entry] of missing.entries()) {
    entry.cached = parsed[index]!
    cache?.set(entry.source, entry.file, entry.cached)
  }
  const documents: ProjectDocument[] = []
  let sourceLanguage = config.sourceLanguage
  const discovered: SwitcherLanguage[] = []
  for (const {relativePath, file, cached} of sources) {
    const probe = cached!
    const namespace = relativePath.replace(/\.(md|markdown)$/i, '')
    sourceLanguage ??= languageOf(probe, file) ?? 'en'
    const sourceCatalog = readCatalog({root, config}, sourceLanguage, namespace).catalog
    const previousKeys: PreviousKey[] = Object.entries(sourceCatalog).map(([key, text]) => ({key, text}))
    // Keys were assigned as if new; keep the keys of the last extract instead.
    const segmented = previousKeys.length > 0 ? {...probe, segments: reassignKeys(probe.segments, previousKeys)} : probe
    for (const language of segmented.languageSwitcher) if (!discovered.some(({tag}) => tag === language.tag)) discovered.push(language)
    documents.push({file, namespace, relativePath, segmented})
  }
  sourceLanguage ??= 'en'
  let languages = config.languages ?? discovered.map(({tag}) => tag)
  if (languages.length === 0) {
    throw new InputError(`no target languages: the documents have no language switcher, so set \`languages\` in ${configFileName}`, configFileName)
  }
  for (const extra of options.extraLanguages ?? []) languages.push(canonicalTag(extra, undefined, '--language'))
  if (!languages.includes(sourceLanguage)) languages = [sourceLanguage, ...languages]
  return {root, config, documents, sourceLanguage, languages: [...new Set(languages)], discovered, cache}
}

function languageOf(document: SegmentResult, file: string): string | undefined {
  const lang = document.frontMatter?.fields.get('lang')?.value
  return lang === undefined ? undefined : canonicalTag(lang, file, 'lang')
}

/** Target languages: every language but the source's. */
export function targetLanguages(project: Project): string[] {
  return project.languages.filter((language) => language !== project.sourceLanguage)
}
