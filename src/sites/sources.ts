/**
 * sites/sources: the source pages of a project's source roots, filtered by each root's globs
 * (picomatch). Never read: `node_modules`, dot-folders (`.git`, `.vitepress`, `.docusaurus`), the
 * generator's build folders, md-l10n's own folders, and any page a root's layout would write for a
 * target language (a root-locale layout keeps translations inside the source folder).
 */
import path from 'node:path'
import picomatch from 'picomatch'
import type {Host} from '../project/host.js'
import {isWithin} from './layout.js'
import type {SourceRoot} from './types.js'

const sourcePattern = /\.(md|mdx|markdown)$/i

/** Folder names never read wherever they are. */
export const neverReadNames = new Set(['node_modules', 'bower_components', '__pycache__'])

/** A source root with its defaults applied. */
export interface ResolvedRoot {
  /** The folder relative to the project root, `/`-separated; `''` for the root itself. */
  dir: string
  include?: string[]
  exclude?: string[]
  /** Where its localized pages go; `undefined`: md-l10n's build layout (`<outDir>/docs/<tag>/`). */
  layout?: string
  /** Namespace prefix of its pages (`''` for none). */
  namespace: string
}

/** `sources` (or `sourceDir`) with defaults: the first root's namespace is bare, the others' their folder. */
export function resolveRoots(sources: readonly SourceRoot[], layout: string | undefined): ResolvedRoot[] {
  return sources.map((root, index) => {
    const dir = root.dir
      .split(/[\\/]+/)
      .filter((part) => part !== '' && part !== '.')
      .join('/')
    return {
      dir,
      ...(root.include ? {include: root.include} : {}),
      ...(root.exclude ? {exclude: root.exclude} : {}),
      layout: root.layout ?? layout,
      namespace: root.namespace ?? (index === 0 ? '' : dir)
    }
  })
}

export interface ListedSource {
  root: ResolvedRoot
  /** Path below the root (`guide/intro.md`). */
  relativePath: string
  /** Path from the project root (`docs/guide/intro.md`). */
  file: string
  /** Its catalogs' namespace (`guide/intro`, `blog/2024-post`). */
  namespace: string
}

export interface ListingOptions {
  /** Folders (relative to the project root) never read: build folders, `outDir`, `localesDir`. */
  skip: readonly string[]
  /** Whether a path (relative to the project root) is a target language's output: not a source. */
  isOutput?: (file: string) => boolean
}

/**
 * The sources and assets of every root, sorted within each root; a file two roots hold belongs to
 * the first. Assets (non-markdown files not excluded) are listed by root, as paths below it.
 */
export function listRoots(
  host: Host,
  projectRoot: string,
  roots: readonly ResolvedRoot[],
  options: ListingOptions
): {sources: ListedSource[]; assets: Array<{root: ResolvedRoot; relativePath: string}>} {
  const seen = new Set<string>()
  const sources: ListedSource[] = []
  const assets: Array<{root: ResolvedRoot; relativePath: string}> = []
  for (const root of roots) {
    const include = root.include && picomatch(root.include)
    const exclude = root.exclude && root.exclude.length > 0 ? picomatch(root.exclude) : undefined
    const own: ListedSource[] = []
    const walk = (relative: string) => {
      const folder = path.join(projectRoot, root.dir, relative)
      for (const entry of host.list(folder) ?? []) {
        // Dot-folders (`.git`, `.vitepress`) hold neither sources nor assets; a dot-file is no
        // asset, but may be a page (a tldr page may well be called `..md`).
        const hidden = entry.name.startsWith('.')
        if (hidden && (entry.folder || !sourcePattern.test(entry.name))) continue
        const child = relative ? `${relative}/${entry.name}` : entry.name
        const fromRoot = root.dir ? `${root.dir}/${child}` : child
        if (exclude?.(child)) continue
        if (entry.folder) {
          if (!neverReadNames.has(entry.name) && !options.skip.some((skipped) => isWithin(fromRoot, skipped)))
            walk(child)
          continue
        }
        if (seen.has(fromRoot) || options.isOutput?.(fromRoot)) continue
        seen.add(fromRoot)
        if (sourcePattern.test(entry.name) && (!include || include(child))) {
          const stem = child.replace(sourcePattern, '')
          own.push({
            root,
            relativePath: child,
            file: fromRoot,
            namespace: root.namespace ? `${root.namespace}/${stem}` : stem
          })
        } else if (!sourcePattern.test(entry.name)) assets.push({root, relativePath: child})
      }
    }
    walk('')
    sources.push(
      ...own.sort((a, b) => (a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0))
    )
  }
  return {sources, assets}
}
