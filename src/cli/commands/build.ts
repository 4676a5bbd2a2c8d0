/**
 * cli/commands/build: write `dist/locales/<tag>/<namespace>.json` (usable translations) and
 * `dist/docs/<tag>/<document>.md` for every language whose coverage reaches its minimum.
 */
import path from 'node:path'
import {catalogStatus} from '../../catalog/status.js'
import {serializeCatalog} from '../../catalog/store.js'
import {localizeDocument} from '../../assemble/localize.js'
import {minCoverageFor} from '../../config/normalize.js'
import {loadProject, readCatalog} from '../project.js'
import {WriteBatch} from '../fs.js'
import {OutputManifest} from '../cache.js'
import type {Output} from '../io.js'

export interface BuildOptions {
  /** Extra languages to build (a pseudo-locale); the configured ones are always built. */
  languages?: string[]
}

export async function build(root: string, options: BuildOptions, output: Output): Promise<boolean> {
  const project = loadProject(root, {extraLanguages: options.languages})
  const outDir = path.join(root, project.config.outDir)
  const manifest = new OutputManifest(outDir)
  const batch = new WriteBatch(root, manifest.hashes)
  let emitted = 0
  for (const language of project.languages) {
    const localized = project.documents.map((document) => {
      const {catalog, meta} = readCatalog(project, language, document.namespace)
      const rows = catalogStatus(document.segmented.segments, catalog, meta)
      return {document, result: localizeDocument(document.segmented, rows, {language, sourceLanguage: project.sourceLanguage, staleTranslations: project.config.staleTranslations})}
    })
    const total = localized.reduce((sum, {result}) => sum + result.counts.total, 0)
    const translated = localized.reduce((sum, {result}) => sum + result.counts.translated, 0)
    const percent = total === 0 ? 100 : (translated / total) * 100
    const minimum = minCoverageFor(project.config, language)
    const keep = language === project.sourceLanguage || percent >= minimum
    for (const {document, result} of localized) {
      const docFile = path.join(outDir, 'docs', language, document.relativePath)
      const catalogFile = path.join(outDir, 'locales', language, `${document.namespace}.json`)
      batch.write(catalogFile, serializeCatalog(result.catalog))
      if (keep) {
        batch.write(docFile, result.markdown)
        emitted++
      } else {
        batch.remove(docFile)
      }
      for (const fallback of result.fallbacks) {
        output.err(`warning: ${project.config.localesDir}/${language}/${document.namespace}.json: \`${fallback.key}\`: ${fallback.reason}; the source text is used`)
      }
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
