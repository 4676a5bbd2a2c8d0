/**
 * project/localize: one language × document as `build` emits it, the one place that decides
 * which translations are usable. Build, coverage, check and the `outdated` flag all read this, so
 * coverage counts exactly what build writes.
 */
import {catalogStatus} from '../catalog/status.js'
import {localizeDocument, type LocalizedDocument} from '../assemble/localize.js'
import {rewriteFragments, rewriteLinks} from '../assemble/links.js'
import {segmentDocument} from '../segment/index.js'
import type {Catalog, CatalogEntry, CatalogMeta} from '../types.js'
import type {Project, ProjectDocument} from './load.js'
import {InputError} from '../util/errors.js'
import {lazyModule} from '../util/lazy.js'

const yaml = lazyModule<typeof import('yaml')>('yaml')

export interface LocalizedEntry {
  /** Every key's status against the source, as the catalog says. */
  rows: CatalogEntry[]
  localized: LocalizedDocument
  /** The rows as coverage counts them: a translation build cannot use counts as missing. */
  counted: CatalogEntry[]
  /** The localized document before its link URLs were rewritten, when they were (what `structure` compares). */
  spliced?: string
}

export function localizeEntry(project: Project, document: ProjectDocument, language: string, read: {catalog: Catalog; meta: CatalogMeta}): LocalizedEntry {
  const rows = catalogStatus(document.segmented.segments, read.catalog, read.meta)
  const localized = localizeDocument(document.segmented, rows, {language, sourceLanguage: project.sourceLanguage, staleTranslations: project.config.staleTranslations, headingIds: project.config.headingIds})
  const spliced = localized.markdown
  if (language !== project.sourceLanguage && project.config.links.length > 0) localized.markdown = rewriteLinks(localized.markdown, language, project.config.links)
  if (language !== project.sourceLanguage && project.config.headingIds === 'translate') localized.markdown = rewriteFragments(localized.markdown, translatedIds(document, localized.markdown))
  assertFrontMatterParses(document, language, localized.markdown, project)
  const unusable = new Set(localized.fallbacks.map(({key}) => key))
  const counted = unusable.size === 0 ? rows : rows.map((row) => (unusable.has(row.key) ? {...row, status: 'missing' as const} : row))
  return {rows, localized, counted, ...(spliced === localized.markdown ? {} : {spliced})}
}

/** Each source heading's id → the id its translated heading has (headings pair up in order: the structure is the source's). */
function translatedIds(document: ProjectDocument, markdown: string): Map<string, string> {
  const source = document.segmented.headings ?? []
  if (source.length === 0) return new Map()
  const translated = segmentDocument(markdown).headings ?? []
  return new Map(source.map(({id}, index) => [id, translated[index]?.id ?? id]))
}

/**
 * A localized document is never written with front matter that does not parse: name the document,
 * the language and the fields its translations changed.
 */
function assertFrontMatterParses(document: ProjectDocument, language: string, markdown: string, project: Project): void {
  const block = document.segmented.frontMatter
  if (!block || language === project.sourceLanguage) return
  const fence = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown)
  const parsed = fence ? yaml().parseDocument(fence[1]!) : undefined
  const error = parsed ? parsed.errors[0] : {message: 'no closing fence'}
  if (!error) return
  const fields = document.segmented.segments.filter(({kind}) => kind === 'frontMatter').map(({field}) => `\`${field}\``)
  throw new InputError(`the ${language} document's front matter would not be valid YAML (${error.message.split('\n')[0]}); check the ${language} translations of ${fields.join(', ')}`, document.file)
}
