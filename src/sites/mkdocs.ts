/**
 * sites/mkdocs: MkDocs with mkdocs-static-i18n reads a language's pages from `docs/<locale>/…`
 * (`docs_structure: folder`, the source language in its own folder too) or from `page.<locale>.md`
 * beside the source (`suffix`, the default). The plugin falls back to the default language's page
 * (`fallback_to_default`), so an untranslated page is omitted unless a relative link needs it.
 */
import {InputError} from '../util/errors.js'
import {readYamlConfig} from './config-files.js'
import type {SiteGenerator, SiteLocale} from './types.js'
import {asArray, asRecord, asString, joinPath} from './values.js'
import {tagOf} from './vitepress.js'

export const mkdocs: SiteGenerator = {
  name: 'mkdocs',
  dialect: 'gfm',
  configFiles: ['mkdocs.yml', 'mkdocs.yaml'],
  untranslated: 'omit-unlinked',
  routing: {},
  linkFields: [],
  headingIds: 'pin',
  read(text, file) {
    const config = asRecord(readYamlConfig(text, file))
    if (!config) throw new InputError("cannot read the generator's config: expected a mapping of settings", file)
    const docsDir = joinPath(asString(config.docs_dir) ?? 'docs')
    const plugin =
      (asArray(config.plugins) ?? []).map((entry) => asRecord(asRecord(entry)?.i18n)).find(Boolean) ??
      asRecord(asRecord(config.plugins)?.i18n)
    const languages = (asArray(plugin?.languages) ?? [])
      .map(asRecord)
      .filter((entry) => entry && asString(entry.locale)) as Array<Record<string, unknown>>
    const source = languages.find((entry) => entry.default === true) ?? languages[0]
    const sourceKey = asString(source?.locale) ?? 'en'
    const targets: SiteLocale[] = languages
      .filter((entry) => entry !== source)
      .map((entry) => ({
        key: asString(entry.locale)!,
        tag: tagOf(asString(entry.locale), file) ?? asString(entry.locale)!
      }))
    const folders = asString(plugin?.docs_structure) === 'folder'
    return {
      generator: 'mkdocs',
      configFile: file,
      sourceLanguage: tagOf(sourceKey, file),
      targets,
      roots: [
        folders
          ? {dir: `${docsDir}/${sourceKey}`, layout: `${docsDir}/{locale}/{path}`}
          : {dir: docsDir, layout: `${docsDir}/{stem}.{locale}{ext}`}
      ],
      buildFolders: [joinPath(asString(config.site_dir) ?? 'site')],
      notes: plugin
        ? []
        : [`${file} has no \`i18n\` plugin (mkdocs-static-i18n): add it, with the languages, for MkDocs to build them`]
    }
  }
}
