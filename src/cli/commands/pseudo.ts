/**
 * cli/commands/pseudo: fill a pseudo-locale catalog from the source segments.
 */
import path from 'node:path'
import {pseudoLocalize, pseudoLocale} from '../../pseudo/index.js'
import {syncCatalog} from '../../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../../catalog/store.js'
import type {Catalog} from '../../types.js'
import {canonicalTag} from '../../languages/tag.js'
import {loadProject} from '../project.js'
import {WriteBatch} from '../fs.js'
import type {Output} from '../io.js'

export async function pseudo(root: string, options: {language?: string}, output: Output): Promise<boolean> {
  const language = canonicalTag(options.language ?? pseudoLocale, undefined, '--language')
  const project = await loadProject(root)
  const batch = new WriteBatch(root)
  let count = 0
  for (const document of project.documents) {
    const catalog: Catalog = {}
    for (const segment of document.segmented.segments) catalog[segment.key] = pseudoLocalize(segment.text)
    const synced = syncCatalog(document.segmented.segments, catalog, {version: 1, entries: {}})
    const paths = catalogPaths(language, document.namespace)
    batch.write(path.join(root, project.config.localesDir, paths.catalog), serializeCatalog(synced.catalog))
    batch.write(path.join(root, project.config.localesDir, paths.meta), serializeMeta(synced.meta))
    count += document.segmented.segments.length
  }
  batch.commit()
  output.out(`pseudo-localized ${count} segments into ${project.config.localesDir}/${language}/; build it with \`md-l10n build --language ${language}\``)
  project.cache?.save()
  return true
}
