/**
 * project/init: set a folder up for md-l10n: a commented config (its source folder found, its
 * languages given or discovered from the pages' language switcher), the lines md-l10n's own files
 * need in `.gitignore`, and a CI workflow that gates on the checks and on coverage.
 */
import path from 'node:path'
import {toPosixRelative} from '../util/paths.js'
import {configFileName, defaultConfig} from '../config/defaults.js'
import {canonicalTag} from '../languages/tag.js'
import {InputError} from '../util/errors.js'
import type {Host} from './host.js'
import {WriteBatch, within} from './batch.js'
import {listSources, readText} from './read.js'
import {loadProject} from './load.js'
import {detectGenerator} from '../sites/index.js'
import {planSiteInit, siteConfigText, type FoundTranslations} from './init-site.js'

export interface InitOptions {
  /** Target languages (BCP 47); default: the languages the pages' switcher lists. */
  languages?: readonly string[]
  /** The folder of the sources, relative to the root; default: the first of the usual ones with markdown in it. */
  sourceDir?: string
  /** The sources' language; default: their front matter's `lang`, else `en`. */
  sourceLanguage?: string
  /** The coverage CI requires, in percent (default 80). */
  minCoverage?: number
  /** Write a GitHub Actions workflow (default true). */
  ci?: boolean
  /** Replace an existing config. */
  force?: boolean
  /** Import the human translations found in the site's layout (a site whose generator md-l10n knows). */
  import?: boolean
}

export interface InitResult {
  sourceDir: string
  sourceLanguage: string
  languages: string[]
  /** Files written or changed, relative to the root. */
  written: string[]
  /** The site generator whose config was read (absent for a folder of pages without one). */
  generator?: {name: string; configFile: string}
  /** Human translations found where the generator reads each language's pages. */
  found?: FoundTranslations[]
  /** The pages of each language imported from them (`import: true`). */
  imported?: Array<{language: string; certain: number; uncertain: number}>
  /** What init could not do or chose, for the user to know. */
  notes?: string[]
}

/** Where docs sites keep their pages, most specific first. */
export const usualSourceFolders = [
  'docs',
  'src/content/docs',
  'content',
  'source',
  'src/pages',
  'pages',
  'book/src',
  'src'
]

const ignoredFiles = ['.md-l10n-cache/', '.md-l10n.lock', '.md-l10n-journal']

export function configText(options: {
  sourceDir: string
  sourceLanguage: string
  languages: readonly string[]
  minCoverage: number
}): string {
  return `{
  // md-l10n's settings: every one is optional, the defaults are in the README (Configuration).
  // The markdown sources (every *.md and *.mdx below this folder; one catalog namespace each).
  "sourceDir": ${JSON.stringify(options.sourceDir)},
  // The language the sources are written in (BCP 47).
  "sourceLanguage": ${JSON.stringify(options.sourceLanguage)},
  // The languages to translate into.
  "languages": ${JSON.stringify(options.languages).replace(/","/g, '", "')},
  // Translator catalogs: locales/<tag>/<namespace>.json; build writes dist/docs/<tag>/ and dist/locales/<tag>/.
  "localesDir": "locales",
  "outDir": "dist",
  // false: no dist/locales/ (for a site whose generator reads no i18next catalogs; half the files).
  "exportCatalogs": true,
  // A language below this coverage (in percent) gets no documents from build, and fails \`md-l10n coverage\`.
  "minCoverage": ${options.minCoverage}
}
`
}

export function workflowText(minCoverage: number): string {
  return `# Translations: consistency checks and the coverage gate (written by \`md-l10n init\`).
name: l10n
on:
  pull_request:
  push:
    branches: [main]
jobs:
  l10n:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx md-l10n extract
      - run: npx md-l10n check --format github
      - run: npx md-l10n coverage --format markdown >> "$GITHUB_STEP_SUMMARY"
      - run: npx md-l10n coverage --min ${minCoverage}
`
}

export async function initProject(host: Host, root: string, options: InitOptions = {}): Promise<InitResult> {
  const configFile = path.join(root, configFileName)
  if (host.exists(configFile) && !options.force)
    throw new InputError('exists already; edit it, or run `md-l10n init --force` to replace it', configFileName)
  const found = options.sourceDir === undefined ? detectGenerator(host, root) : undefined
  if (found) return initSite(host, root, found, options)
  const sourceDir =
    options.sourceDir ?? usualSourceFolders.find((folder) => listSources(host, path.join(root, folder)).length > 0)
  if (sourceDir === undefined)
    throw new InputError(
      `no markdown found in ${usualSourceFolders.map((folder) => `\`${folder}/\``).join(', ')}; name the folder of your pages with \`--source <folder>\``
    )
  if (listSources(host, path.join(root, sourceDir)).length === 0)
    throw new InputError(`no \`*.md\` or \`*.mdx\` files under \`${sourceDir}/\``, sourceDir)
  // What the pages say about themselves: their `lang` and their language switcher.
  const project = await loadProject(host, root, {
    config: {...defaultConfig(), sourceDir, languages: options.languages ? [...options.languages] : undefined}
  }).catch((error: unknown) => {
    if (error instanceof InputError && /no target languages/.test(error.message)) return undefined
    throw error
  })
  const sourceLanguage = options.sourceLanguage
    ? canonicalTag(options.sourceLanguage, undefined, '--source-language')
    : (project?.sourceLanguage ?? 'en')
  const targets = (options.languages ?? project?.discovered.map(({tag}) => tag) ?? [])
    .map((tag) => canonicalTag(tag, undefined, '--languages'))
    .filter((tag) => tag !== sourceLanguage)
  if (targets.length === 0)
    throw new InputError(
      'no target languages: the pages have no language switcher; give them with `md-l10n init --languages fr,de,ja`'
    )
  const minCoverage = options.minCoverage ?? 80
  const languages = [sourceLanguage, ...new Set(targets)]
  const batch = new WriteBatch(host, root)
  return within(batch, () => {
    batch.write(configFile, configText({sourceDir, sourceLanguage, languages, minCoverage}))
    writeIgnoreAndWorkflow(host, root, batch, options, minCoverage)
    const {written} = batch.commit()
    return {sourceDir, sourceLanguage, languages, written: written.map((file) => toPosixRelative(root, file)).sort()}
  })
}

/** `init` on a site whose generator config was found: the config that fits it. */
async function initSite(
  host: Host,
  root: string,
  found: NonNullable<ReturnType<typeof detectGenerator>>,
  options: InitOptions
): Promise<InitResult> {
  const facts = found.generator.read(found.text, found.file)
  const plan = await planSiteInit(host, root, facts, options)
  const {project, config} = plan
  const minCoverage = config.minCoverage as number
  const imported: NonNullable<InitResult['imported']> = []
  const batch = new WriteBatch(host, root)
  const written = within(batch, () => {
    batch.write(path.join(root, configFileName), siteConfigText(plan.settings, plan.comments, facts.generator))
    writeIgnoreAndWorkflow(host, root, batch, options, minCoverage)
    return batch.commit().written
  })
  if (options.import) {
    const {ImportFolderRun} = await import('./runs/import-folder.js')
    for (const {language} of plan.found) {
      const result = await new ImportFolderRun(project, {language, from: '.', layout: true}).run()
      written.push(...result.written.map((file) => path.join(root, file)))
      imported.push({
        language,
        certain: result.documents.reduce((sum, row) => sum + row.certain, 0),
        uncertain: result.documents.reduce((sum, row) => sum + row.uncertain, 0)
      })
    }
  }
  return {
    sourceDir: config.sources![0]!.dir,
    sourceLanguage: project.sourceLanguage,
    languages: project.languages,
    written: [...new Set(written.map((file) => toPosixRelative(root, file)))].sort(),
    generator: {name: facts.generator, configFile: facts.configFile},
    found: plan.found,
    ...(options.import ? {imported} : {}),
    notes: plan.notes
  }
}

/** The ignore lines md-l10n's working files need, and the CI workflow (unless there is one). */
function writeIgnoreAndWorkflow(
  host: Host,
  root: string,
  batch: WriteBatch,
  options: InitOptions,
  minCoverage: number
): void {
  const gitignore = path.join(root, '.gitignore')
  const ignored = readText(host, gitignore, '.gitignore') ?? ''
  const missing = ignoredFiles.filter((line) => !ignored.split(/\r?\n/).includes(line))
  if (missing.length > 0)
    batch.write(
      gitignore,
      `${ignored}${ignored === '' || ignored.endsWith('\n') ? '' : '\n'}# md-l10n's working files\n${missing.join('\n')}\n`
    )
  const workflow = path.join(root, '.github/workflows/l10n.yml')
  if (options.ci !== false && !host.exists(workflow)) batch.write(workflow, workflowText(minCoverage))
}
