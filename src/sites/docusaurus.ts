/**
 * sites/docusaurus: Docusaurus reads a locale's pages from `i18n/<locale>/<plugin>/…`: docs under
 * `docusaurus-plugin-content-docs/current/`, the blog under `docusaurus-plugin-content-blog/`, pages
 * under `docusaurus-plugin-content-pages/`. A missing page falls back to the default locale's.
 * `slug` and `id` stay: Docusaurus puts the locale in front of every URL itself.
 */
import {InputError} from '../util/errors.js'
import {exportedConfig, parseJsConfig} from './js-config.js'
import type {SiteGenerator, SiteLocale, SourceRoot} from './types.js'
import {asArray, asRecord, asString, joinPath} from './values.js'
import {tagOf} from './vitepress.js'

export const docusaurus: SiteGenerator = {
  name: 'docusaurus',
  dialect: 'docusaurus',
  configFiles: [
    'docusaurus.config.ts',
    'docusaurus.config.js',
    'docusaurus.config.mjs',
    'docusaurus.config.mts',
    'docusaurus.config.cjs'
  ],
  untranslated: 'omit-unlinked',
  routing: {slug: 'keep', id: 'keep'},
  linkFields: [],
  headingIds: 'pin',
  read(text, file) {
    const config = asRecord(exportedConfig(parseJsConfig(text, file)))
    if (!config)
      throw new InputError(
        "cannot read the generator's config: no exported config object (`export default {…}` or `module.exports = {…}`)",
        file
      )
    const i18n = asRecord(config.i18n) ?? {}
    const defaultLocale = asString(i18n.defaultLocale) ?? 'en'
    const localeConfigs = asRecord(i18n.localeConfigs) ?? {}
    const tag = (key: string) => tagOf(asString(asRecord(localeConfigs[key])?.htmlLang) ?? key, file)
    const targets: SiteLocale[] = (asArray(i18n.locales) ?? [])
      .filter((key): key is string => typeof key === 'string' && key !== defaultLocale)
      .map((key) => ({key, tag: tag(key) ?? key}))
    // The classic preset's docs, blog and pages plugins, where they are not switched off.
    const preset = (asArray(config.presets) ?? []).map((entry) => asRecord(asArray(entry)?.[1])).find(Boolean) ?? {}
    const roots: SourceRoot[] = []
    const plugin = (
      name: 'docs' | 'blog' | 'pages',
      folder: string,
      template: string,
      extra: Partial<SourceRoot> = {}
    ) => {
      const options = preset[name]
      if (options === false) return
      roots.push({
        dir: joinPath(asString(asRecord(options)?.path) ?? folder),
        layout: `i18n/{locale}/docusaurus-plugin-content-${template}/{path}`,
        ...extra,
        ...(roots.length > 0 ? {namespace: name} : {})
      })
    }
    plugin('docs', 'docs', 'docs/current')
    plugin('blog', 'blog', 'blog')
    plugin('pages', 'src/pages', 'pages')
    return {
      generator: 'docusaurus',
      configFile: file,
      sourceLanguage: tag(defaultLocale),
      targets,
      roots,
      buildFolders: ['build', '.docusaurus'],
      notes: []
    }
  }
}
