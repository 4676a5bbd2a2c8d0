/**
 * project/runs/build-localize: how build localizes one language × document (read its catalog,
 * localize, serialize the exported catalog, hash both), here or on a `LocalizeMany` pool.
 */
import {serializeCatalog} from '../../catalog/store.js'
import {readCatalog, type Project, type ProjectDocument} from '../load.js'
import type {FolderListing} from '../listing.js'
import {contentHash} from '../state/files.js'
import {LinkedPages, localizeEntry} from '../localize.js'
import type {LocalizedOutput, LocalizeMany} from '../build.js'

/**
 * Read one language's catalog of a document and localize it as build writes it; `pages` holds the
 * language's translated headings of linked pages, known once per language (`headingIds: "translate"`).
 */
export function localizeOutput(
  project: Project,
  document: ProjectDocument,
  language: string,
  listing?: FolderListing,
  pages?: LinkedPages
): LocalizedOutput {
  const read = readCatalog(project, language, document.namespace, listing)
  const {localized, linked} = localizeEntry(project, document, language, read, pages)
  const catalogText = project.config.exportCatalogs ? serializeCatalog(localized.catalog) : ''
  return {
    markdown: localized.markdown,
    catalogText,
    catalogHash: project.config.exportCatalogs ? contentHash(catalogText) : notExported,
    documentHash: contentHash(localized.markdown),
    untranslated: Object.keys(localized.catalog).length === 0,
    counts: {total: localized.counts.total, translated: localized.counts.translated},
    fallbacks: localized.fallbacks,
    stamps: read.stamps,
    ...(linked ? {linked} : {})
  }
}

/** The linked pages of `language` for `localizeOutput`, one set per language (`headingIds: "translate"` only). */
export function linkedPagesOf(
  project: Project,
  listing?: FolderListing
): (language: string) => LinkedPages | undefined {
  const pages = new Map<string, LinkedPages>()
  return (language) => {
    if (project.config.headingIds !== 'translate' || language === project.sourceLanguage) return undefined
    let known = pages.get(language)
    if (!known) pages.set(language, (known = new LinkedPages(project, language, listing)))
    return known
  }
}

/** The catalog hash a build records for a document whose catalog it does not export (`exportCatalogs: false`). */
export const notExported = '-'

/** Pairs to localize from which worker threads pay for their start (each loads the project). */
export const localizeOnThreadsFrom = 2000

/** A `LocalizeMany` pool that localizes each job on this thread when its outcome is asked for. */
export function localizeHere(
  project: Project,
  jobs: ReadonlyArray<{language: string; document: ProjectDocument}>,
  listing?: FolderListing,
  pagesOf = linkedPagesOf(project, listing)
): ReturnType<LocalizeMany> {
  return {
    async outcome(index) {
      const {document, language} = jobs[index]!
      try {
        return {output: localizeOutput(project, document, language, listing, pagesOf(language))}
      } catch (error) {
        return {error: error as Error}
      }
    },
    close: async () => {}
  }
}

/** Localized outputs of a run's jobs: job `index`'s (which throws the job's error), and `close`. */
export interface LocalizedOutputs {
  output(index: number): Promise<LocalizedOutput>
  close(): Promise<void>
}

/** Start localizing `jobs` (on `localizeMany` when there are many, else here, each when asked for). */
export function localizeAll(
  project: Project,
  jobs: ReadonlyArray<{language: string; document: ProjectDocument}>,
  listing: FolderListing,
  localizeMany: LocalizeMany | undefined,
  pagesOf: (language: string) => LinkedPages | undefined
): LocalizedOutputs {
  const pool =
    localizeMany && jobs.length >= localizeOnThreadsFrom
      ? localizeMany(project, jobs)
      : localizeHere(project, jobs, listing, pagesOf)
  return {
    async output(index) {
      const outcome = await pool.outcome(index)
      if ('error' in outcome) throw outcome.error
      return outcome.output
    },
    close: () => pool.close()
  }
}
