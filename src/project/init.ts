/**
 * project/init: set a folder up for md-l10n: a commented config (its source folder found, its
 * languages given or discovered from the pages' language switcher), the lines md-l10n's own files
 * need in `.gitignore`, and a CI workflow that gates on the checks and on coverage.
 */
import path from 'node:path'
import {configFileName, defaults} from '../config/defaults.js'
import {canonicalTag} from '../languages/tag.js'
import {InputError} from '../util/errors.js'
import type {Host} from './host.js'
import {WriteBatch, within} from './batch.js'
import {listSources, readText} from './read.js'
import {loadProject} from './load.js'

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
}

export interface InitResult {
  sourceDir: string
  sourceLanguage: string
  languages: string[]
  /** Files written or changed, relative to the root. */
  written: string[]
}

/** Where docs sites keep their pages, most specific first. */
export const usualSourceFolders = ['docs', 'src/content/docs', 'content', 'source', 'src/pages', 'pages', 'book/src', 'src']

const ignoredFiles = ['.md-l10n-cache/', '.md-l10n.lock', '.md-l10n-journal']

export function configText(options: {sourceDir: string; sourceLanguage: string; languages: readonly string[]; minCoverage: number}): string {
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
  if (host.exists(configFile) && !options.force) throw new InputError("exists already; edit it, or run `md-l10n init --force` to replace it", configFileName)
  const sourceDir = options.sourceDir ?? usualSourceFolders.find((folder) => listSources(host, path.join(root, folder)).length > 0)
  if (sourceDir === undefined) throw new InputError(`no markdown found in ${usualSourceFolders.map((folder) => `\`${folder}/\``).join(', ')}; name the folder of your pages with \`--source <folder>\``)
  if (listSources(host, path.join(root, sourceDir)).length === 0) throw new InputError(`no \`*.md\` or \`*.mdx\` files under \`${sourceDir}/\``, sourceDir)
  // What the pages say about themselves: their `lang` and their language switcher.
  const project = await loadProject(host, root, {config: {...defaults, sourceDir, languages: options.languages ? [...options.languages] : undefined}}).catch((error: unknown) => {
    if (error instanceof InputError && /no target languages/.test(error.message)) return undefined
    throw error
  })
  const sourceLanguage = options.sourceLanguage ? canonicalTag(options.sourceLanguage, undefined, '--source-language') : (project?.sourceLanguage ?? 'en')
  const targets = (options.languages ?? project?.discovered.map(({tag}) => tag) ?? []).map((tag) => canonicalTag(tag, undefined, '--languages')).filter((tag) => tag !== sourceLanguage)
  if (targets.length === 0) throw new InputError('no target languages: the pages have no language switcher; give them with `md-l10n init --languages fr,de,ja`')
  const minCoverage = options.minCoverage ?? 80
  const languages = [sourceLanguage, ...new Set(targets)]
  const batch = new WriteBatch(host, root)
  return within(batch, () => {
    batch.write(configFile, configText({sourceDir, sourceLanguage, languages, minCoverage}))
    const gitignore = path.join(root, '.gitignore')
    const ignored = readText(host, gitignore, '.gitignore') ?? ''
    const missing = ignoredFiles.filter((line) => !ignored.split(/\r?\n/).includes(line))
    if (missing.length > 0) batch.write(gitignore, `${ignored}${ignored === '' || ignored.endsWith('\n') ? '' : '\n'}# md-l10n's working files\n${missing.join('\n')}\n`)
    const workflow = path.join(root, '.github/workflows/l10n.yml')
    if (options.ci !== false && !host.exists(workflow)) batch.write(workflow, workflowText(minCoverage))
    const {written} = batch.commit()
    return {sourceDir, sourceLanguage, languages, written: written.map((file) => path.relative(root, file).split(path.sep).join('/')).sort()}
  })
}
