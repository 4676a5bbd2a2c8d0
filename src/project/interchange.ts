/**
 * project/interchange: one language's catalogs handed to translators' tools (`export`) and their
 * work taken back (`import` of an XLIFF or PO file).
 *
 * An imported file is applied as a translator's edit of the catalog: every target's tags are
 * checked against the source the file was exported with, and a translation that changed (or a
 * stale one the translator confirmed) is stamped against that source, so it is stale if the
 * source changed since the export. A unit the translator left to review keeps the old source it
 * was made from. A file whose units are as exported changes nothing: export then import gives the
 * catalogs back byte for byte. Nothing is written unless the whole file is valid.
 */
import path from 'node:path'
import {catalogStatus} from '../catalog/status.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../catalog/store.js'
import {syncCatalog} from '../catalog/sync.js'
import {tags as tagsCheck} from '../check/rules/tags.js'
import {formatMessage} from '../check/runner.js'
import {canonicalTag} from '../languages/tag.js'
import {InputError} from '../util/errors.js'
import {stampTranslation} from '../catalog/stamp.js'
import {displayPath as displayPathIn, toPosixRelative} from '../util/paths.js'
import type {CatalogEntry} from '../types.js'
import {inlineCodes} from '../interchange/codes.js'
import type {ExportFormat, ExportedLanguage, ImportedFile, ImportedUnit} from '../interchange/index.js'
import {readCatalog, type Project} from './load.js'
import {readText} from './read.js'
import {WriteBatch, within} from './batch.js'

export interface ExportOptions {
  language: string
  format: ExportFormat
  /** Write the file here (an absolute path, or relative to the project); else only return its text. */
  out?: string
}

export interface ExportResult {
  language: string
  format: ExportFormat
  /** The file's content. */
  text: string
  documents: number
  units: {current: number; stale: number; missing: number}
}

export interface ImportOptions {
  language: string
  /** The XLIFF (`.xlf`, `.xliff`) or PO (`.po`) file, or a folder of translated documents. */
  from: string
  /** A folder's translations replace those the catalog has (default: only what it lacks). */
  overwrite?: boolean
  /** Read each document's translation where the site's layout puts it (`from` is then not read). */
  layout?: boolean
}

export interface ImportedDocument {
  namespace: string
  /** Translations written (new or changed, or confirmed) and stamped against the exported source. */
  updated: number
  /** Of those, how many are stale (the source changed since the export, or left to review). */
  stale: number
}

export interface ImportResult {
  language: string
  from: string
  units: number
  /** Units whose translation is as in the catalog. */
  unchanged: number
  documents: ImportedDocument[]
  written: string[]
}

/** One language's segments with their translations and status, as the interchange formats take them. */
export function exportedLanguage(project: Project, language: string): ExportedLanguage {
  return {
    sourceLanguage: project.sourceLanguage,
    targetLanguage: language,
    documents: project.documents.map((document) => {
      const {segments, source} = document.segmented
      const {catalog, meta} = readCatalog(project, language, document.namespace)
      const rows = new Map(catalogStatus(segments, catalog, meta).map((row) => [row.key, row]))
      return {
        namespace: document.namespace,
        file: document.file,
        units: segments.map((segment) => {
          const row = rows.get(segment.key)!
          return {
            key: segment.key,
            line: segment.line,
            source: segment.text,
            translation: row.translation,
            status: row.status as 'current' | 'stale' | 'missing',
            previousSource: row.previousSource,
            ...(row.machine ? {machine: row.machine} : {}),
            note: segment.note,
            codes: inlineCodes(segment, source)
          }
        })
      }
    })
  }
}

export async function exportProject(project: Project, options: ExportOptions): Promise<ExportResult> {
  const exported = exportedLanguage(project, options.language)
  const format = await formatModule(options.format)
  // CAT tools and PO editors show suggestions; a TMX is the memory itself, a JSON file its catalog.
  if (options.format === 'xliff' || options.format === 'po')
    (await import('../interchange/matches.js')).addMatches(exported)
  const units = {current: 0, stale: 0, missing: 0}
  for (const document of exported.documents) for (const unit of document.units) units[unit.status]++
  const text = format(exported)
  if (options.out !== undefined) writeExport(project, path.resolve(project.root, options.out), text)
  return {language: options.language, format: options.format, text, documents: exported.documents.length, units}
}

/**
 * An export's file: inside the project through a write batch (whole or not at all, whenever the
 * run stops); outside it (the journal names only files of the project) written directly.
 */
function writeExport(project: Project, file: string, text: string): void {
  const inside = path.relative(project.root, file)
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    // Where the user asked, outside the project: whole or not at all (a full disk mid-write
    // leaves the previous file), through a temporary sibling and a rename.
    const temporary = `${file}.tmp-md-l10n`
    project.host.allow?.(file)
    try {
      project.host.write(temporary, text, {sync: true})
      project.host.rename(temporary, file)
    } catch (error) {
      try {
        project.host.remove(temporary)
      } catch {
        // The error reported is the write's.
      }
      throw error
    }
    return
  }
  const batch = new WriteBatch(project.host, project.root)
  within(batch, () => {
    batch.write(file, text)
    batch.commit()
  })
}

// The XML and PO libraries are loaded only by the commands that use them.
async function formatModule(format: ExportFormat): Promise<(exported: ExportedLanguage) => string> {
  if (format === 'xliff') return (await import('../interchange/xliff.js')).buildXliff
  if (format === 'po') return (await import('../interchange/po.js')).buildPo
  if (format === 'tmx') return (await import('../interchange/tmx.js')).buildTmx
  return (await import('../interchange/json-with-source.js')).buildJsonWithSource
}

async function parseFile(project: Project, file: string, display: string): Promise<ImportedFile> {
  const text = readText(project.host, file, display)
  if (text === undefined) throw new InputError('no such file', display)
  const extension = path.extname(file).toLowerCase()
  if (extension === '.xlf' || extension === '.xliff') {
    const byFile = new Map(project.documents.map((document) => [document.file, document.namespace]))
    return (await import('../interchange/xliff.js')).parseXliff(text, display, (original) => byFile.get(original))
  }
  if (extension === '.po') return (await import('../interchange/po.js')).parsePo(text, display)
  throw new InputError(`\`${path.basename(file)}\` is neither XLIFF (\`.xlf\`, \`.xliff\`) nor PO (\`.po\`)`, display)
}

/** Why a target's tags do not fit its source (the `tags` check's messages), or `undefined`. */
function tagMismatch(source: string, target: string): string | undefined {
  const entry: CatalogEntry = {key: '', status: 'current', source, translation: target}
  const reports = tagsCheck.scope === 'entry' ? tagsCheck.check({entry} as Parameters<typeof tagsCheck.check>[0]) : []
  return reports.length === 0 ? undefined : reports.map((report) => formatMessage(tagsCheck.meta, report)).join('; ')
}

/** A file's language tag in canonical form (PO headers write `pt_BR`); as written when it is no tag. */
function sameLanguage(tag: string): string {
  try {
    return canonicalTag(tag.replace(/_/g, '-'))
  } catch {
    return tag
  }
}

export async function importProject(project: Project, options: ImportOptions): Promise<ImportResult> {
  const display = displayPathIn(project.root, options.from)
  const file = await parseFile(project, options.from, display)
  const language = options.language
  if (file.targetLanguage === undefined || sameLanguage(file.targetLanguage) !== language) {
    throw new InputError(
      file.targetLanguage === undefined
        ? `the file does not name its target language; expected \`${language}\``
        : `the file is for \`${file.targetLanguage}\`, not \`${language}\` (\`--language\`)`,
      display,
      file.languageLine
    )
  }
  if (file.sourceLanguage !== undefined && sameLanguage(file.sourceLanguage) !== project.sourceLanguage) {
    throw new InputError(
      `the file's source language is \`${file.sourceLanguage}\`, the project's is \`${project.sourceLanguage}\``,
      display,
      file.languageLine
    )
  }
  const documents = new Map(project.documents.map((document) => [document.namespace, document]))
  const byNamespace = new Map<string, ImportedUnit[]>()
  const seen = new Set<string>()
  // Each document's keys, once: looking a unit's key up among the segments made an import
  // quadratic in its units.
  const keysOf = new Map<string, Set<string>>()
  const keys = (document: Project['documents'][number]) => {
    let known = keysOf.get(document.namespace)
    if (!known) keysOf.set(document.namespace, (known = new Set(document.segmented.segments.map(({key}) => key))))
    return known
  }
  // Everything is checked before anything is written.
  for (const unit of file.units) {
    const document = documents.get(unit.namespace)
    if (!document) throw new InputError(`\`${unit.namespace}\` is not a document of this project`, display, unit.line)
    if (!keys(document).has(unit.key))
      throw new InputError(`\`${unit.key}\` is not a key of \`${unit.namespace}\``, display, unit.line)
    const id = `${unit.namespace}\n${unit.key}`
    if (seen.has(id))
      throw new InputError(`\`${unit.key}\` of \`${unit.namespace}\` is in the file twice`, display, unit.line)
    seen.add(id)
    if (unit.target !== undefined) {
      const mismatch = tagMismatch(unit.source, unit.target)
      if (mismatch)
        throw new InputError(
          `the target of \`${unit.key}\` does not keep the inline codes of its source: ${mismatch}`,
          display,
          unit.line
        )
    }
    const units = byNamespace.get(unit.namespace)
    if (units) units.push(unit)
    else byNamespace.set(unit.namespace, [unit])
  }
  const batch = new WriteBatch(project.host, project.root)
  return within(batch, () => {
    const result: ImportResult = {
      language,
      from: display,
      units: file.units.length,
      unchanged: 0,
      documents: [],
      written: []
    }
    for (const [namespace, units] of byNamespace) {
      const document = documents.get(namespace)!
      const {catalog, meta} = readCatalog(project, language, namespace)
      const rows = new Map(catalogStatus(document.segmented.segments, catalog, meta).map((row) => [row.key, row]))
      const imported: ImportedDocument = {namespace, updated: 0, stale: 0}
      const current = new Map(document.segmented.segments.map((segment) => [segment.key, segment.text]))
      const edited = {catalog: {...catalog}, meta: {version: 1 as const, entries: {...meta.entries}}}
      for (const unit of units) {
        const row = rows.get(unit.key)!
        if (unit.target === undefined) continue
        const unchanged = unit.target === row.translation
        // A machine draft marked done unchanged is accepted: stamped as a person's.
        const accepted = unchanged && !unit.needsReview && row.machine !== undefined
        // An untouched unit changes nothing; so does a stale one the translator did not confirm.
        if (unchanged && !accepted && (unit.needsReview || row.status !== 'stale')) {
          result.unchanged++
          continue
        }
        // Still to review: it stays made from the old source the file kept for it.
        const madeFrom =
          !unchanged && unit.needsReview && unit.previousSource !== undefined ? unit.previousSource : unit.source
        const stamp = stampTranslation(madeFrom, unit.target)
        const recorded = meta.entries[unit.key]
        if (
          unchanged &&
          !accepted &&
          recorded?.source === stamp.source &&
          recorded.translationHash === stamp.translationHash
        ) {
          result.unchanged++
          continue
        }
        edited.catalog[unit.key] = unit.target
        edited.meta.entries[unit.key] = stamp
        imported.updated++
        if (madeFrom !== current.get(unit.key)) imported.stale++
      }
      if (imported.updated === 0) continue
      result.documents.push(imported)
      // Keys in document order, as extract leaves a catalog (the stamps above are kept).
      const synced = syncCatalog(document.segmented.segments, edited.catalog, edited.meta, {
        previousSource: document.previousSource
      })
      const paths = catalogPaths(language, namespace)
      const locales = path.join(project.root, project.config.localesDir)
      batch.write(path.join(locales, paths.catalog), serializeCatalog(synced.catalog))
      batch.write(path.join(locales, paths.meta), serializeMeta(synced.meta))
    }
    result.written = batch.commit().written.map((written) => toPosixRelative(project.root, written))
    return result
  })
}
