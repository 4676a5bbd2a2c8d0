/**
 * sites: the site generators md-l10n writes for, one file each, gathered in a map; and finding
 * which one a project uses, from the config files that mark it.
 */
import path from 'node:path'
import type {Host} from '../project/host.js'
import {readText} from '../project/read.js'
import {docusaurus} from './docusaurus.js'
import {hugo} from './hugo.js'
import {jekyll} from './jekyll.js'
import {mdbook} from './mdbook.js'
import {mkdocs} from './mkdocs.js'
import {starlight} from './starlight.js'
import type {GeneratorName, SiteFacts, SiteGenerator} from './types.js'
import {vitepress} from './vitepress.js'

export const generators: Readonly<Record<GeneratorName, SiteGenerator>> = {
  vitepress,
  docusaurus,
  starlight,
  hugo,
  jekyll,
  mdbook,
  mkdocs
}

export {
  generatorNames,
  type GeneratorName,
  type SiteFacts,
  type SiteGenerator,
  type SiteLocale,
  type SourceRoot,
  type UntranslatedPolicy,
  type RoutingRule
} from './types.js'

/** The generator whose config file the project has, and that file (relative, with its text). */
export function detectGenerator(
  host: Host,
  root: string
): {generator: SiteGenerator; file: string; text: string} | undefined {
  for (const generator of Object.values(generators)) {
    for (const file of generator.configFiles) {
      const text = readText(host, path.join(root, file), file)
      if (text !== undefined && (generator.claims?.(text, file) ?? true)) return {generator, file, text}
    }
  }
  return undefined
}

/** Detect and read the project's generator config; `undefined` for a project without one. */
export function readSite(host: Host, root: string, only?: GeneratorName): SiteFacts | undefined {
  if (only) {
    const generator = generators[only]
    for (const file of generator.configFiles) {
      const text = readText(host, path.join(root, file), file)
      if (text !== undefined && (generator.claims?.(text, file) ?? true)) return generator.read(text, file)
    }
    return undefined
  }
  const found = detectGenerator(host, root)
  return found && found.generator.read(found.text, found.file)
}
