/**
 * project/init-site: `init` on a site whose generator md-l10n knows: its config read statically
 * (`sites/<generator>`), and a config written that fits it: dialect, layout, locale keys, source
 * roots, heading ids, links, the untranslated-page policy; the human translations already in the
 * site's layout found (and imported with `import: true`).
 */
import path from 'node:path'
import type {Config} from '../config/defaults.js'
import {normalizeConfig} from '../config/normalize.js'
import {canonicalTag} from '../languages/tag.js'
import {InputError} from '../util/errors.js'
import {generators} from '../sites/index.js'
import {layoutLanguage, sitePathOf} from '../sites/resolve.js'
import type {SiteFacts, SourceRoot} from '../sites/types.js'
import type {Host} from './host.js'
import {loadProject, type Project} from './load.js'

export interface SiteInitOptions {
  languages?: readonly string[]
  sourceLanguage?: string
  minCoverage?: number
}

/** What init found in the site's layout for one language: translations a human wrote. */
export interface FoundTranslations {
  language: string
  /** How many of the source pages have one. */
  pages: number
  /** One of them, relative to the project root, as an example. */
  example: string
}

export interface SiteInit {
  settings: Record<string, unknown>
  /** Comments for some settings, by name. */
  comments: Record<string, string>
  config: Config
  project: Project
  found: FoundTranslations[]
  notes: string[]
}

/** Generators whose absolute page links get no locale by themselves (Docusaurus and Jekyll's polyglot add it). */
const linksNeedLocale = new Set(['vitepress', 'starlight', 'hugo'])

/** Work out the config for a site (nothing written): what `init` writes for `facts`' generator. */
export async function planSiteInit(
  host: Host,
  root: string,
  facts: SiteFacts,
  options: SiteInitOptions
): Promise<SiteInit> {
  const generator = generators[facts.generator]
  const notes = [...facts.notes]
  const sourceLanguage = options.sourceLanguage
    ? canonicalTag(options.sourceLanguage, undefined, '--source-language')
    : facts.sourceLanguage
  const given = options.languages?.map((tag) => canonicalTag(tag, undefined, '--languages'))
  const targets = given ?? facts.targets.map(({tag}) => tag)
  const locales: Record<string, string> = {}
  for (const {key, tag} of facts.targets) if (key !== tag && targets.includes(tag)) locales[tag] = key
  const hasLayout = facts.roots.some(({layout}) => layout)
  // The generator's build folder is not md-l10n's (Astro builds into `dist/`).
  const outDir = facts.buildFolders.includes('dist') ? 'l10n-build' : 'dist'
  const sources: SourceRoot[] = facts.roots.map(({layout: _, ...root}) => root)
  const settings: Record<string, unknown> = {
    dialect: generator.dialect,
    ...(facts.generator === 'mkdocs' ? {generator: 'mkdocs'} : {}),
    ...(hasLayout ? {layout: 'generator'} : {}),
    sources,
    ...(sourceLanguage ? {sourceLanguage} : {}),
    languages: undefined as string[] | undefined,
    ...(Object.keys(locales).length > 0 ? {locales} : {}),
    headingIds: generator.headingIds,
    links: [] as Array<{from: string; to: string}>,
    untranslatedDocuments: hasLayout ? generator.untranslated : 'copy',
    // jekyll-polyglot puts the locale in front of a translation's permalink by itself.
    ...(facts.generator === 'jekyll' && facts.targets.length > 0 ? {routingFields: {permalink: 'keep'}} : {}),
    localesDir: 'locales',
    outDir,
    exportCatalogs: !hasLayout,
    // The first build has no translations: a minimum above 0 would withhold every language.
    minCoverage: options.minCoverage ?? 0
  }
  const draft = (languages: string[] | undefined) => normalizeConfig({...settings, languages}, 'md-l10n.config.json')
  let project: Project
  try {
    project = await loadProject(host, root, {
      config: draft(targets.length > 0 ? [...(sourceLanguage ? [sourceLanguage] : []), ...targets] : undefined)
    })
  } catch (error) {
    if (error instanceof InputError && /no target languages/.test(error.message)) {
      throw new InputError(
        `no target languages: ${facts.configFile} lists no other language than the source's, and the pages have no language switcher; give them with \`md-l10n init --languages fr,de,ja\``
      )
    }
    throw error
  }
  settings.sourceLanguage = project.sourceLanguage
  settings.languages = project.languages
  if (linksNeedLocale.has(facts.generator) && hasLayout) settings.links = pageLinks(project)
  const config = draft(project.languages)
  project.config = config
  const found = findTranslations(host, root, project)
  const comments: Record<string, string> = {
    dialect: `The markdown ${facts.generator} reads; its config is ${facts.configFile}.`,
    layout: hasLayout
      ? [
          `Each language's pages go where ${facts.generator} reads them:`,
          ...project.site.roots.flatMap(({layout}) => (layout ? [`  ${layout}`] : []))
        ].join('\n')
      : '',
    sources:
      'The source pages: each root with "include"/"exclude" globs; the locale folders are never read as sources.',
    locales: "The site's key for a language whose folder and URL differ from its BCP 47 tag.",
    headingIds:
      config.headingIds === 'pin'
        ? '"pin": every heading keeps its source id in every language, so #fragment links work.'
        : '"translate": the generator slugs translated headings; #fragment links are pointed at those slugs.',
    links:
      (settings.links as unknown[]).length > 0
        ? "Absolute links to the source's pages, pointed at the same page of the language ({locale})."
        : '',
    untranslatedDocuments: `A page with no translation yet: ${policyText[config.untranslatedDocuments]}.`,
    outDir: `md-l10n's own outputs (the record of what build wrote${config.exportCatalogs ? ', i18next catalogs' : ''}); not ${facts.buildFolders[0]}/, the generator's.`,
    minCoverage:
      'A language below this coverage (in percent) gets no pages from build: raise it once the translations are in.'
  }
  if (facts.generator === 'mdbook')
    notes.push("each language's book: `md-l10n build`, then `mdbook build` with `src` set to `dist/docs/<tag>`")
  return {settings, comments, config, project, found, notes}
}

const policyText: Record<string, string> = {
  copy: 'a copy of the source page, marked "untranslated: true" in its front matter',
  omit: "none (the generator shows the source language's page)",
  'omit-unlinked':
    "none (the generator shows the source language's page), unless a translated page links to it relatively"
}

/**
 * `links` rewrites for the source's absolute page URLs: one per top folder of the first root
 * (`/guide/` → `/{locale}/guide/`), so `/logo.svg` and other public files keep their URL.
 */
function pageLinks(project: Project): Array<{from: string; to: string}> {
  const folders = new Set<string>()
  for (const document of project.documents) {
    const relative = document.source?.relativePath ?? document.relativePath
    if (document.source?.root !== project.site.roots[0] || !relative.includes('/')) continue
    folders.add(relative.split('/')[0]!)
  }
  return [...folders].sort().map((folder) => ({from: `/${folder}/`, to: `/{locale}/${folder}/`}))
}

/** Source pages that already have a page in a target language's place (a human's translation). */
export function findTranslations(host: Host, root: string, project: Project): FoundTranslations[] {
  const found: FoundTranslations[] = []
  for (const language of project.languages) {
    if (language === project.sourceLanguage) continue
    let pages = 0
    let example = ''
    for (const document of project.documents) {
      const output = document.source && sitePathOf(document.source, layoutLanguage(project.config, language))
      if (output === undefined || !host.exists(path.join(root, output))) continue
      pages++
      example ||= output
    }
    if (pages > 0) found.push({language, pages, example})
  }
  return found
}

/** The config file's text: the settings with a comment above those that have one. */
export function siteConfigText(
  settings: Record<string, unknown>,
  comments: Record<string, string>,
  generator: string
): string {
  const lines = [
    `  // md-l10n's settings for this ${generator} site (written by \`md-l10n init\`); the reference: docs/sites.md.`
  ]
  const entries = Object.entries(settings).filter(([, value]) => value !== undefined)
  entries.forEach(([key, value], index) => {
    if (comments[key]) for (const comment of comments[key].split('\n')) lines.push(`  // ${comment}`)
    const json = formatJson(value, '  ')
    lines.push(`  ${JSON.stringify(key)}: ${json}${index < entries.length - 1 ? ',' : ''}`)
  })
  return `{\n${lines.join('\n')}\n}\n`
}

/** JSON as a person writes it: a value on one line when it fits in 100 characters, else one item per line. */
function formatJson(value: unknown, indent: string): string {
  const line = oneLine(value)
  if (line.length <= 100 || typeof value !== 'object' || value === null) return line
  const inner = `${indent}  `
  const items = Array.isArray(value)
    ? value.map((item) => formatJson(item, inner))
    : Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${formatJson(item, inner)}`)
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}']
  return `${open}\n${items.map((item) => `${inner}${item}`).join(',\n')}\n${indent}${close}`
}

function oneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${oneLine(item)}`)
      .join(', ')}}`
  return JSON.stringify(value)
}
