/**
 * sites/resolve: a config's site settings made concrete for one run: each source root with the
 * layout its pages go by (`"generator"` read from the generator's config), the folders never read,
 * the rules for untranslated pages and routing fields; and the check that a layout writes
 * neither over a source page nor into the source language's folder.
 */
import type {Config} from '../config/defaults.js'
import {configFileName} from '../config/defaults.js'
import {generatorOf, localeKeyOf, sourceRootsOf} from '../config/sites.js'
import type {Host} from '../project/host.js'
import {InputError} from '../util/errors.js'
import {generators, readSite} from './index.js'
import {isWithin, layoutFolder, layoutPattern, resolveLayout, type LayoutLanguage} from './layout.js'
import {resolveRoots, type ListedSource, type ResolvedRoot} from './sources.js'
import type {GeneratorName, RoutingRule, SiteFacts, UntranslatedPolicy} from './types.js'

export interface SitePlan {
  generator?: GeneratorName
  /** The generator's config as read, when the layout came from it. */
  facts?: SiteFacts
  roots: ResolvedRoot[]
  /** Folders never read (build folders, `outDir`, `localesDir`), relative to the project root. */
  skip: string[]
  untranslated: UntranslatedPolicy
  routing: Readonly<Record<string, RoutingRule>>
  linkFields: readonly string[]
  /** Whether a page's relative paths are rebased when it is written deeper (not where the generator resolves them from the URL). */
  rebasePaths: boolean
}

/** Resolve the site settings; reads the generator's config only for `"layout": "generator"`. */
export function resolveSite(config: Config, host: Host, root: string): SitePlan {
  const name = generatorOf(config)
  const generator = name && generators[name]
  let facts: SiteFacts | undefined
  let roots = resolveRoots(sourceRootsOf(config), config.layout === 'generator' ? undefined : config.layout)
  if (config.layout === 'generator') {
    facts = readSite(host, root, name)
    if (!facts)
      throw new InputError(
        `\`layout\` is "generator" but no ${name} config was found (looked for ${generator!.configFiles
          .slice(0, 4)
          .map((file) => `\`${file}\``)
          .join(', ')}…)`,
        configFileName
      )
    roots = roots.map((entry, index) => {
      if (sourceRootsOf(config)[index]!.layout !== undefined) return entry
      const known = facts!.roots.find(({dir}) => normalizeDir(dir) === entry.dir)
      if (!known) {
        throw new InputError(
          `\`layout\` is "generator" but ${name} reads no pages from \`${entry.dir || '.'}/\` (its roots: ${facts!.roots.map(({dir}) => `\`${dir}/\``).join(', ')}); give this root a \`layout\``,
          configFileName
        )
      }
      return {...entry, layout: known.layout}
    })
  }
  return {
    generator: name,
    facts,
    roots,
    skip: [
      ...new Set(
        [config.outDir, config.localesDir, ...(facts?.buildFolders ?? [])].map(normalizeDir).filter((dir) => dir !== '')
      )
    ],
    untranslated: config.untranslatedDocuments,
    routing: config.routingFields ?? (roots.some(({layout}) => layout) && generator ? generator.routing : {}),
    linkFields: config.linkFields ?? generator?.linkFields ?? [],
    rebasePaths: generator?.relativeUrls !== 'url'
  }
}

function normalizeDir(dir: string): string {
  return dir
    .split(/[\\/]+/)
    .filter((part) => part !== '' && part !== '.')
    .join('/')
}

/** A language as the layouts name it. */
export function layoutLanguage(config: Pick<Config, 'locales'>, tag: string): LayoutLanguage {
  return {tag, locale: localeKeyOf(config, tag)}
}

/**
 * Whether a path (from the project root) is where a root's layout puts a page of one of `targets`:
 * such a file is a translation (md-l10n's or a human's), never a source.
 */
export function outputMatcher(
  roots: readonly ResolvedRoot[],
  targets: readonly LayoutLanguage[]
): (file: string) => boolean {
  const patterns = roots.flatMap(({layout}) =>
    layout ? targets.map((language) => layoutPattern(layout, language)) : []
  )
  return (file) => patterns.some((pattern) => pattern.test(file))
}

/** Where a page of `language` goes under its root's layout (from the project root); `undefined` for the build layout. */
export function sitePathOf(
  source: Pick<ListedSource, 'root' | 'relativePath'>,
  language: LayoutLanguage
): string | undefined {
  return source.root.layout ? resolveLayout(source.root.layout, language, source.relativePath) : undefined
}

/**
 * Refuse, before anything is written, a layout that would write over a source page or into a source
 * root's own pages: a target language's folder holding a source root (`{locale}` of the source
 * language's key), or one output path given twice.
 */
export function checkLayouts(
  sources: readonly ListedSource[],
  roots: readonly ResolvedRoot[],
  targets: readonly LayoutLanguage[]
): void {
  const sourceFiles = new Set(sources.map(({file}) => file))
  const written = new Map<string, string>()
  for (const language of targets) {
    for (const root of roots) {
      if (!root.layout) continue
      const folder = layoutFolder(root.layout, language)
      const swallowed = roots.find((other) => folder !== '' && isWithin(other.dir, folder) && other.dir !== '')
      if (swallowed) {
        throw new InputError(
          `\`layout\` ${JSON.stringify(root.layout)} puts ${language.tag} pages in \`${folder}/\`, which holds the source pages of \`${swallowed.dir}/\`; nothing was written`,
          configFileName
        )
      }
    }
    for (const source of sources) {
      const output = sitePathOf(source, language)
      if (output === undefined) continue
      if (sourceFiles.has(output))
        throw new InputError(
          `\`layout\` puts the ${language.tag} page of \`${source.file}\` at \`${output}\`, a source page; nothing was written`,
          configFileName
        )
      const other = written.get(output)
      if (other !== undefined)
        throw new InputError(
          `\`layout\` puts both \`${other}\` and \`${source.file}\` at \`${output}\`; nothing was written`,
          configFileName
        )
      written.set(output, source.file)
    }
  }
}
