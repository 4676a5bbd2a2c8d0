/**
 * cli/commands/build: write `dist/locales/<tag>/<namespace>.json` (usable translations) and
 * `dist/docs/<tag>/<document>.md` for every language whose coverage reaches its minimum.
 */
import path from 'node:path'
import {catalogStatus} from '../../catalog/status.js'
import {catalogPaths, serializeCatalog} from '../../catalog/store.js'
import {localizeDocument, type LocalizedDocument} from '../../assemble/localize.js'
import {hashText} from '../../util/hash.js'
import {minCoverageFor} from '../../config/normalize.js'
import {loadProject, readCatalog, type ProjectDocument} from '../project.js'
import {WriteBatch, fileStamp} from '../fs.js'
import {OutputManifest} from '../cache.js'
import type {Output} from '../io.js'

export interface BuildOptions {
  /** Extra languages to build (a pseudo-locale); the configured ones are always built. */
  languages?: string[]
}

export async function build(root: string, options: BuildOptions, output: Output): Promise<boolean> {
  const project = await loadProject(root, {extraLanguages: options.languages})
  const outDir = path.join(root, project.config.outDir)
  const manifest = new OutputManifest(outDir)
  const batch = new WriteBatch(root, manifest.hashes)
  let emitted = 0
  const settings = JSON.stringify([project.sourceLanguage, project.config.staleTranslations, project.config.frontMatterFields])
  const steps = project.languages.length * project.documents.length
  let step = 0
  for (const language of project.languages) {
    const localize = (document: ProjectDocument) => {
      const {catalog, meta} = readCatalog(project, language, document.namespace)
      const rows = catalogStatus(document.segmented.segments, catalog, meta)
      return localizeDocument(document.segmented, rows, {language, sourceLanguage: project.sourceLanguage, staleTranslations: project.config.staleTranslations})
    }
    // A document whose source, catalog, meta and settings are as at the last build is not read
    // again: its counts come from the manifest and its outputs are already on disk.
    const documents = project.documents.map((document) => {
      output.progress?.(`build ${language}`, ++step, steps)
      const paths = catalogPaths(language, document.namespace)
      const inputs = [settings, hashText(document.segmented.source), fileStamp(path.join(root, project.config.localesDir, paths.catalog)), fileStamp(path.join(root, project.config.localesDir, paths.meta))].join('|')
      const id = `${language}/${document.namespace}`
      const previous = manifest.inputs.get(id)
      if (previous?.inputs === inputs) return {document, id, inputs, previous, result: undefined as LocalizedDocument | undefined}
      return {document, id, inputs, previous: undefined, result: localize(document)}
    })
    const total = documents.reduce((sum, {result, previous}) => sum + (result?.counts.total ?? previous!.total), 0)
    const translated = documents.reduce((sum, {result, previous}) => sum + (result?.counts.translated ?? previous!.translated), 0)
    const percent = total === 0 ? 100 : (translated / total) * 100
    const minimum = minCoverageFor(project.config, language)
    const keep = language === project.sourceLanguage || percent >= minimum
    for (const entry of documents) {
      const {document} = entry
      if (keep) emitted++
      if (entry.previous && entry.previous.kept === keep) {
        for (const message of entry.previous.warnings) output.err(message)
        continue
      }
      const result = entry.result ?? localize(document)
      const docFile = path.join(outDir, 'docs', language, document.relativePath)
      const catalogFile = path.join(outDir, 'locales', language, `${document.namespace}.json`)
      batch.write(catalogFile, serializeCatalog(result.catalog))
      if (keep) batch.write(docFile, result.markdown)
      else batch.remove(docFile)
      const warnings = result.fallbacks.map(
        (fallback) => `warning: ${project.config.localesDir}/${language}/${document.namespace}.json: \`${fallback.key}\`: ${fallback.reason}; the source text is used`
      )
      for (const message of warnings) output.err(message)
      manifest.inputs.set(entry.id, {inputs: entry.inputs, total: result.counts.total, translated: result.counts.translated, kept: keep, warnings})
    }
    const status = keep ? '' : ` (below minCoverage ${minimum}%: documents not emitted)`
    output.out(`${language.padEnd(8)} ${translated}/${total} segments translated (${formatPercent(percent)})${status}`)
  }
  batch.commit()
  manifest.save()
  project.cache?.save()
  output.out(`built ${emitted} document${emitted === 1 ? '' : 's'} into ${project.config.outDir}/docs/`)
  return true
}

export function formatPercent(percent: number): string {
  return `${percent === 100 || percent === 0 ? percent : Math.floor(percent * 10) / 10}%`
}
