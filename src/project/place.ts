/**
 * project/place: a project's pages under a site layout: where each goes per language, the context
 * `sites/page` fits a localized page to its place with, and the pages another page links to
 * relatively (which `omit-unlinked` must still write).
 */
import path from 'node:path'
import {localeKeyOf} from '../config/sites.js'
import {dialectParser, isMdxDocument} from '../dialects/index.js'
import type {PlaceContext} from '../sites/page.js'
import {layoutLanguage, sitePathOf} from '../sites/resolve.js'
import type {Project, ProjectDocument} from './load.js'

/** A document's source file from the project root, normalized (`docs/guide/a.md`). */
export function sourceFileOf(document: ProjectDocument): string {
  return document.source
    ? path.posix.join(document.source.root.dir || '.', document.source.relativePath)
    : document.file
}

/** Where the document goes in `language` under its root's layout, from the project root; `undefined` for the build layout. */
export function placedFile(project: Project, document: ProjectDocument, language: string): string | undefined {
  return document.source && sitePathOf(document.source, layoutLanguage(project.config, language))
}

const placesByProject = new WeakMap<Project, Map<string, Map<string, string>>>()

/** Each source page (from the project root) → its place in `language`, for the pages under a layout. */
function placesOf(project: Project, language: string): Map<string, string> {
  let byLanguage = placesByProject.get(project)
  if (!byLanguage) placesByProject.set(project, (byLanguage = new Map()))
  let places = byLanguage.get(language)
  if (!places) {
    places = new Map()
    for (const document of project.documents) {
      const placed = placedFile(project, document, language)
      if (placed !== undefined) places.set(sourceFileOf(document), placed)
    }
    byLanguage.set(language, places)
  }
  return places
}

/** The source page a relative link's target names: itself, or with `.md`/`.mdx`/`index.md` added (site URLs leave them out). */
function findPage(places: ReadonlyMap<string, string>, file: string): {page: string; added: string} | undefined {
  for (const added of ['', '.md', '.mdx', '/index.md', '/index.mdx', 'index.md', 'index.mdx']) {
    if (added.startsWith('index') && !file.endsWith('/')) continue
    if (places.has(file + added)) return {page: file + added, added}
  }
  return undefined
}

/** What `placePage` needs for `document` in `language`; `undefined` when it goes to the build layout. */
export function placeContext(project: Project, document: ProjectDocument, language: string): PlaceContext | undefined {
  const to = placedFile(project, document, language)
  if (to === undefined) return undefined
  const places = placesOf(project, language)
  const {config} = project
  return {
    parser: dialectParser(config.dialect, {mdx: isMdxDocument(config.dialect, document.file)}),
    language: {tag: language, locale: localeKeyOf(config, language)},
    rewrites: config.links,
    attributes: config.linkAttributes,
    linkFields: project.site.linkFields,
    routing: project.site.routing,
    from: sourceFileOf(document),
    to,
    exists: (file) => project.host.exists(path.join(project.root, file)),
    rebase: project.site.rebasePaths,
    placeOf(file) {
      const found = findPage(places, file)
      if (!found) return undefined
      const placed = places.get(found.page)!
      // A link written without the extension keeps without it, where the place ends alike.
      if (found.added === '') return placed
      return placed.endsWith(found.added) ? placed.slice(0, -found.added.length) : undefined
    }
  }
}

const relativeLinkPattern = /\]\(\s*<?([^)\s>]+)|\b(?:href|src|link)\s*=\s*["']([^"']+)["']/g

/**
 * The documents some other document links to relatively (`omit-unlinked` writes those even
 * untranslated: the generator's build resolves the link by file). Read from the source texts.
 */
export function relativelyLinked(project: Project): Set<ProjectDocument> {
  const places = placesOf(project, project.sourceLanguage)
  const byFile = new Map(project.documents.map((document) => [sourceFileOf(document), document]))
  const linked = new Set<ProjectDocument>()
  for (const document of project.documents) {
    const text = project.host.read(path.join(project.root, document.file))
    if (!text) continue
    const from = sourceFileOf(document)
    for (const match of new TextDecoder().decode(text.bytes).matchAll(relativeLinkPattern)) {
      const url = (match[1] ?? match[2]!).replace(/[?#].*$/, '')
      if (url === '' || /^(?:[a-z][a-z\d+.-]*:|\/|#|@|~)/i.test(url)) continue
      let decoded = url
      try {
        decoded = decodeURI(url)
      } catch {
        // Kept as written.
      }
      const target =
        path.posix.normalize(path.posix.join(path.posix.dirname(from), decoded)) + (decoded.endsWith('/') ? '/' : '')
      const found = findPage(places.size > 0 ? places : new Map([...byFile.keys()].map((file) => [file, file])), target)
      const page = found && byFile.get(found.page)
      if (page && page !== document) linked.add(page)
    }
  }
  return linked
}
