/**
 * config/overlaps: the folders md-l10n writes must not overlap what they must not touch. The
 * catalogs are the translators', the outputs `build`'s (which it overwrites and prunes): catalogs
 * inside the output folder are overwritten by their own exports, an output folder at the root (or
 * around the sources) would be pruned of the project's own files, outputs inside the catalogs'
 * folder are read back as catalogs. The source folder may hold the others (`"sourceDir": "."`):
 * listing the sources skips `outDir` and `localesDir` (`sites/resolve`).
 */
import path from 'node:path'
import type {Config} from './defaults.js'
import {InputError} from '../util/errors.js'

type Folder = 'sourceDir' | 'localesDir' | 'outDir'

/** Why a folder may not be inside another, by `inner>outer`; pairs not listed may nest. */
const reasons: Record<string, string> = {
  'sourceDir>outDir': '`build` writes and prunes its output folder: it would overwrite or remove the sources',
  'localesDir>outDir':
    '`build` would overwrite the working catalogs with its exports and drop every translation it cannot use',
  'outDir>localesDir': "`build`'s exported catalogs would be read as working catalogs",
  'sourceDir>localesDir': 'the sources would be listed among the catalogs'
}

/** The root itself is no folder's: why, per setting that may not be it. */
const atRoot: Partial<Record<Folder, string>> = {
  localesDir: "every folder of the project would be read as a language's catalogs",
  outDir: "`build` would write over the project's own files and remove those it did not write"
}

/** A relative folder setting as a normalized `/` path (`./docs/` → `docs`, `.` → `.`). */
function normalized(folder: string): string {
  return path.posix.normalize(folder.replace(/\\/g, '/')).replace(/\/+$/, '') || '.'
}

const inside = (inner: string, outer: string) => outer === '.' || inner === outer || inner.startsWith(`${outer}/`)

/** Refuse folder settings that overlap (an input error naming the config file). */
export function refuseOverlappingFolders(config: Pick<Config, Folder>, file: string): void {
  const folders: Folder[] = ['sourceDir', 'localesDir', 'outDir']
  for (const folder of folders) {
    const why = atRoot[folder]
    if (why && normalized(config[folder]) === '.')
      throw new InputError(
        `\`${folder}\` is ${JSON.stringify(config[folder])}, the project root: ${why}; name a folder of its own`,
        file
      )
  }
  for (const inner of folders) {
    for (const outer of folders) {
      const same = normalized(config[inner]) === normalized(config[outer])
      const reason = reasons[`${inner}>${outer}`] ?? (same ? reasons[`${outer}>${inner}`] : undefined)
      if (inner === outer || reason === undefined || !inside(normalized(config[inner]), normalized(config[outer])))
        continue
      const relation = same ? 'is the same folder as' : 'is inside'
      const why = same ? `each needs a folder of its own (${reason})` : reason
      throw new InputError(
        `\`${inner}\` (${JSON.stringify(config[inner])}) ${relation} \`${outer}\` (${JSON.stringify(config[outer])}): ${why}`,
        file
      )
    }
  }
}
