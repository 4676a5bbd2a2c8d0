/**
 * project/localize: one language × document as `build` emits it, the one place that decides
 * which translations are usable. Build, coverage, check and the `outdated` flag all read this, so
 * coverage counts exactly what build writes.
 */
import {catalogStatus} from '../catalog/status.js'
import {localizeDocument, type LocalizedDocument} from '../assemble/localize.js'
import {rewriteFragments, rewriteLinks} from '../assemble/links.js'
import {localeKeyOf} from '../config/sites.js'
import {markUntranslated, placePage} from '../sites/page.js'
import {placeContext} from './place.js'
import {linkTarget, resolveTarget} from '../assemble/link-targets.js'
import {segmentDocument} from '../segment/index.js'
import type {Catalog, CatalogEntry, CatalogMeta} from '../types.js'
import {readCatalog, type Project, type ProjectDocument} from './load.js'
import type {FolderListing} from './listing.js'
import {InputError} from '../util/errors.js'
import {findBreakingKeys, pageProblem} from './page-validity.js'

export interface LocalizedEntry {
  /** Every key's status against the source, as the catalog says. */
  rows: CatalogEntry[]
  localized: LocalizedDocument
  /** The rows as coverage counts them: a translation build cannot use counts as missing. */
  counted: CatalogEntry[]
  /** The localized document before its link URLs were rewritten, when they were (what `structure` compares). */
  spliced?: string
  /**
   * `headingIds: "translate"`: the other pages its `#fragment` links lead to, whose headings its
   * output takes (what an incremental build records); `?` before a page a link names that the
   * project does not have.
   */
  linked?: string[]
  /** Translations that would have made the page unreadable to its generator, fallen back (also in `localized.fallbacks`). */
  invalid?: Array<{key: string; reason: string}>
}

/**
 * `pages`: the other documents' headings in `language`, for the links into them (build passes one
 * per language, so each page is localized for its headings once; without it one is made).
 */
export function localizeEntry(
  project: Project,
  document: ProjectDocument,
  language: string,
  read: {catalog: Catalog; meta: CatalogMeta},
  pages?: LinkedPages
): LocalizedEntry {
  const rows = catalogStatus(document.segmented.segments, read.catalog, read.meta)
  const entry =
    language === project.sourceLanguage
      ? localizeRows(project, document, language, rows, pages)
      : validEntry(project, document, language, rows, pages)
  const unusable = new Set(entry.localized.fallbacks.map(({key}) => key))
  // Machine drafts build does not publish (`machineTranslations: "fallback"`) count as missing too.
  if (language !== project.sourceLanguage && project.config.machineTranslations === 'fallback')
    for (const row of rows) if (row.machine) unusable.add(row.key)
  const counted =
    unusable.size === 0 ? rows : rows.map((row) => (unusable.has(row.key) ? {...row, status: 'missing' as const} : row))
  return {rows, ...entry, counted}
}

/**
 * The entry with every translation that would make the page unreadable to its generator fallen
 * back to its source text (reported as a fallback), or the whole page when too many do.
 */
function validEntry(
  project: Project,
  document: ProjectDocument,
  language: string,
  rows: CatalogEntry[],
  pages?: LinkedPages
): Omit<LocalizedEntry, 'rows' | 'counted'> {
  const localize = (excluded: ReadonlySet<string>) =>
    localizeRows(
      project,
      document,
      language,
      excluded.size === 0
        ? rows
        : rows.map((row) => (excluded.has(row.key) ? {...row, status: 'missing' as const} : row)),
      pages
    )
  const first = localize(new Set())
  const problem = pageProblem(project, document, first.localized.markdown, rows)
  if (!problem) return first
  const translated = rows.filter(({translation}) => translation !== '').map(({key}) => key)
  const isValid = (excluded: ReadonlySet<string>) =>
    pageProblem(project, document, localize(excluded).localized.markdown, rows) === undefined
  const breaking = findBreakingKeys(translated, isValid) ?? translated
  const entry = localize(new Set(breaking))
  const still = pageProblem(project, document, entry.localized.markdown, rows)
  if (still)
    throw new InputError(`the ${language} page would not be valid even in the source language: ${still}`, document.file)
  const invalid = breaking.map((key) => ({
    key,
    reason: `the page would not be valid with this translation: ${problem}`
  }))
  entry.localized.fallbacks.push(...invalid)
  return {...entry, invalid}
}

/** The document localized from `rows`: spliced, then its fragments and links rewritten. */
function localizeRows(
  project: Project,
  document: ProjectDocument,
  language: string,
  rows: CatalogEntry[],
  pages?: LinkedPages
): Omit<LocalizedEntry, 'rows' | 'counted'> {
  const localized = spliceEntry(project, document, language, rows)
  const spliced = localized.markdown
  const isTarget = language !== project.sourceLanguage
  // Fragments before prefixes: a link is resolved by its source URL (`/en/guide/#a`).
  const found = new Set<string>()
  if (isTarget && project.config.headingIds === 'translate') {
    const linked = pages ?? new LinkedPages(project, language)
    const own =
      linked.known(document.namespace)?.ids ??
      linked.remember(document, translatedIds(document, localized.markdown), localized.catalog).ids
    localized.markdown = rewriteFragments(localized.markdown, (url) => {
      const target = linkTarget(url, document.namespace, project.config.links)
      if (!target || target.fragment === '') return undefined
      const namespace = resolveTarget(target, linked.has)
      if (namespace === undefined) for (const candidate of target.namespaces) found.add(`?${candidate}`)
      else if (namespace !== document.namespace) found.add(namespace)
      const id =
        namespace === undefined
          ? undefined
          : (namespace === document.namespace ? own : linked.page(namespace).ids).get(target.fragment)
      return id === undefined ? undefined : url.slice(0, target.fragmentStart) + id
    })
  }
  if (isTarget && project.config.links.length > 0)
    localized.markdown = rewriteLinks(localized.markdown, localeKeyOf(project.config, language), project.config.links)
  // A page under a site layout: its paths, URLs and routing fields fit for its place.
  const place = isTarget ? placeContext(project, document, language) : undefined
  if (place) {
    localized.markdown = placePage(localized.markdown, place)
    if (Object.keys(localized.catalog).length === 0 && document.segmented.segments.length > 0)
      localized.markdown = markUntranslated(localized.markdown)
  }
  return {
    localized,
    ...(spliced === localized.markdown ? {} : {spliced}),
    ...(found.size > 0 ? {linked: [...found].sort()} : {})
  }
}

/** The document with its translations spliced in, before any link is rewritten. */
function spliceEntry(
  project: Project,
  document: ProjectDocument,
  language: string,
  rows: CatalogEntry[]
): LocalizedDocument {
  const {staleTranslations, headingIds, machineTranslations} = project.config
  return localizeDocument(document.segmented, rows, {
    language,
    sourceLanguage: project.sourceLanguage,
    staleTranslations,
    headingIds,
    machineTranslations
  })
}

/** A page of the project as another page's links see it in one language. */
export interface LinkedPage {
  document: ProjectDocument
  /** Each source heading's id → the id its heading has in this language's page. */
  ids: ReadonlyMap<string, string>
  /** Whether build writes the page in this language (not when `untranslatedDocuments: "omit"` drops it). */
  built: boolean
}

/**
 * The project's pages in one language, each localized for its headings when a link first leads
 * to it. Headings do not depend on links, so a page's are found without rewriting its own links
 * (no cycle when two pages link to each other).
 */
export class LinkedPages {
  private readonly documents: ReadonlyMap<string, ProjectDocument>
  private readonly pages = new Map<string, LinkedPage>()

  constructor(
    private readonly project: Project,
    readonly language: string,
    private readonly listing?: FolderListing
  ) {
    this.documents = new Map(project.documents.map((document) => [document.namespace, document]))
  }

  /** Whether a namespace is a document of the project. */
  readonly has = (namespace: string): boolean => this.documents.has(namespace)

  /** A page's headings in this language, the page localized for them on first use. */
  page(namespace: string): LinkedPage {
    const known = this.pages.get(namespace)
    if (known) return known
    const document = this.documents.get(namespace)
    if (!document) throw new Error(`\`${namespace}\` is not a document of the project`)
    const {project, language} = this
    const read = readCatalog(project, language, namespace, this.listing)
    const localized = spliceEntry(
      project,
      document,
      language,
      catalogStatus(document.segmented.segments, read.catalog, read.meta)
    )
    return this.remember(
      document,
      language === project.sourceLanguage ? sourceIds(document) : translatedIds(document, localized.markdown),
      localized.catalog
    )
  }

  /** A page whose headings are known already. */
  known(namespace: string): LinkedPage | undefined {
    return this.pages.get(namespace)
  }

  /** Keep a page's headings, found by localizing it (`catalog`: the translations it uses). */
  remember(document: ProjectDocument, ids: ReadonlyMap<string, string>, catalog: Catalog): LinkedPage {
    const {project, language} = this
    // As build decides it: a page with no translation at all is omitted when asked.
    const omitted =
      project.config.untranslatedDocuments === 'omit' &&
      language !== project.sourceLanguage &&
      Object.keys(catalog).length === 0
    const page = {document, ids, built: !omitted}
    this.pages.set(document.namespace, page)
    return page
  }
}

/** Each source heading's id → the id its translated heading has (headings pair up in order: the structure is the source's). */
function translatedIds(document: ProjectDocument, markdown: string): Map<string, string> {
  const source = document.segmented.headings ?? []
  if (source.length === 0) return new Map()
  const translated = segmentDocument(markdown).headings ?? []
  return new Map(source.map(({id}, index) => [id, translated[index]?.id ?? id]))
}

function sourceIds(document: ProjectDocument): Map<string, string> {
  return new Map((document.segmented.headings ?? []).map(({id}) => [id, id]))
}
