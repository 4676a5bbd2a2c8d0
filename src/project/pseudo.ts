/**
 * project/pseudo: fill a pseudo-locale catalog from the source segments.
 */
import path from 'node:path'
import {toPosixRelative} from '../util/paths.js'
import {pseudoLocalize} from '../pseudo/index.js'
import {syncCatalog} from '../catalog/sync.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../catalog/store.js'
import type {Catalog} from '../types.js'
import type {Project} from './load.js'
import {WriteBatch, within} from './batch.js'

export interface PseudoResult {
  language: string
  segments: number
  written: string[]
}

export function pseudoProject(project: Project, language: string): PseudoResult {
  const batch = new WriteBatch(project.host, project.root)
  return within(batch, () => {
    let segments = 0
    for (const document of project.documents) {
      const catalog: Catalog = {}
      for (const segment of document.segmented.segments) catalog[segment.key] = pseudoLocalize(segment.text)
      const synced = syncCatalog(document.segmented.segments, catalog, {version: 1, entries: {}})
      const paths = catalogPaths(language, document.namespace)
      batch.write(path.join(project.root, project.config.localesDir, paths.catalog), serializeCatalog(synced.catalog))
      batch.write(path.join(project.root, project.config.localesDir, paths.meta), serializeMeta(synced.meta))
      segments += document.segmented.segments.length
    }
    const {written} = batch.commit()
    return {language, segments, written: written.map((file) => toPosixRelative(project.root, file))}
  })
}
