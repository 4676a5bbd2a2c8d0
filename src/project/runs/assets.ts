/** project/runs/assets: the assets next to the sources, copied beside each emitted language's documents. */
import path from 'node:path'
import type {Project} from '../load.js'
import type {FolderListing} from '../listing.js'
import type {WriteBatch} from '../batch.js'
import type {OutputManifest} from '../state/output-manifest.js'
import type {BuiltLanguage} from '../build.js'

/**
 * Copy the assets next to the sources beside each emitted language's documents (a file whose
 * source did not change since it was copied is left alone); withdraw those of languages that are
 * not emitted or no longer in the project. Returns whether the record of copies changed.
 */
export function copyAssets(
  project: Project,
  built: readonly string[],
  languages: readonly BuiltLanguage[],
  docsDir: string,
  manifest: OutputManifest,
  batch: WriteBatch,
  listing: FolderListing
): boolean {
  const {host, root, config} = project
  const sourceFolder = path.join(root, config.sourceDir)
  const assets = config.assets === 'copy' ? project.assets : []
  const stamps = new Map(assets.map((asset) => [asset, host.stamp(path.join(sourceFolder, asset))]))
  const kept = new Map<string, string>()
  let changed = false
  for (const {language, emitted} of languages) {
    if (!emitted) continue
    for (const asset of assets) {
      const output = path.join(docsDir, language, asset)
      const stamp = stamps.get(asset)!
      if (manifest.assets.get(output) !== stamp || !listing.has(output)) {
        batch.write(output, host.read(path.join(sourceFolder, asset))!.bytes)
        changed = true
      }
      kept.set(output, stamp)
    }
  }
  // Languages this build was not asked for keep their copies.
  for (const [output, stamp] of manifest.assets) {
    if (kept.has(output)) continue
    const language = path.relative(docsDir, output).split(path.sep)[0]!
    if (project.languages.includes(language) && !built.includes(language)) kept.set(output, stamp)
    else {
      batch.remove(output)
      changed = true
    }
  }
  manifest.assets.clear()
  for (const [output, stamp] of kept) manifest.assets.set(output, stamp)
  return changed
}
