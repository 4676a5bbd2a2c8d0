/**
 * sites/hugo: Hugo reads a language's pages from its own `contentDir` (`content/fr/…`) when its
 * `[languages.fr]` sets one, else from `page.<lang>.md` beside the source page. Hugo has no
 * fallback for a missing page, so an untranslated page is a copy, marked in front matter. A
 * page's `url` and `aliases` are taken as they are written (no language prefix added), so a
 * translation's get `/<lang>` in front; `slug` is per language already. Relative URLs in a page
 * resolve from its URL, and a bundle's resources are shared by its translations: paths stay.
 */
import {InputError} from '../util/errors.js'
import {readDataConfig} from './config-files.js'
import type {SiteGenerator, SiteLocale} from './types.js'
import {asRecord, asString, joinPath} from './values.js'
import {tagOf} from './vitepress.js'

export const hugo: SiteGenerator = {
  name: 'hugo',
  dialect: 'hugo',
  configFiles: [
    'hugo.toml',
    'hugo.yaml',
    'hugo.yml',
    'hugo.json',
    'config.toml',
    'config.yaml',
    'config.yml',
    'config/_default/hugo.toml',
    'config/_default/config.toml'
  ],
  untranslated: 'copy',
  relativeUrls: 'url',
  routing: {url: 'prefix', aliases: 'prefix', slug: 'keep'},
  linkFields: [],
  headingIds: 'pin',
  read(text, file) {
    const config = asRecord(readDataConfig(text, file))
    if (!config) throw new InputError("cannot read the generator's config: expected a table of settings", file)
    const languages = asRecord(config.languages) ?? {}
    const defaultKey = asString(config.defaultContentLanguage) ?? 'en'
    const contentDir = joinPath(asString(config.contentDir) ?? 'content')
    const tag = (key: string) => {
      const settings = asRecord(languages[key])
      return tagOf(asString(settings?.locale) ?? asString(settings?.languageCode) ?? key, file)
    }
    const targets: SiteLocale[] = Object.keys(languages)
      .filter((key) => key !== defaultKey)
      .map((key) => ({key, tag: tag(key) ?? key}))
    const dirOf = (key: string) => asString(asRecord(languages[key])?.contentDir)
    const notes: string[] = []
    // Folders per language when every target names its own, spelled alike (`content/<lang>`).
    const templates = new Set(targets.map(({key}) => dirOf(key) && joinPath(dirOf(key)!.replaceAll(key, '{locale}'))))
    const byFolder = targets.length > 0 && templates.size === 1 && [...templates][0] !== undefined
    if (!byFolder && targets.some(({key}) => dirOf(key)))
      notes.push(
        `${file}: the languages' \`contentDir\`s differ in shape; pages are written as \`page.<lang>.md\` instead`
      )
    const sourceDir = byFolder ? joinPath(dirOf(defaultKey) ?? contentDir) : contentDir
    return {
      generator: 'hugo',
      configFile: file,
      sourceLanguage: tag(defaultKey),
      targets,
      roots: [{dir: sourceDir, layout: byFolder ? `${[...templates][0]}/{path}` : `${sourceDir}/{stem}.{locale}{ext}`}],
      buildFolders: [joinPath(asString(config.publishDir) ?? 'public'), 'resources'],
      notes
    }
  }
}
