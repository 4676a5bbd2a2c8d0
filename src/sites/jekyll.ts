/**
 * sites/jekyll: Jekyll with jekyll-polyglot (`languages:` and `default_lang:` in `_config.yml`)
 * reads a translation from any page whose front matter says its `lang`; md-l10n writes them to
 * `<locale>/…` beside the sources. Polyglot puts the locale in front of a translated page's
 * `permalink` itself and falls back to the default language's page, so neither is changed; on a
 * site without polyglot a `permalink` gets the locale in front.
 */
import {InputError} from '../util/errors.js'
import {readYamlConfig} from './config-files.js'
import type {SiteGenerator, SiteLocale} from './types.js'
import {asArray, asRecord, asString} from './values.js'
import {tagOf} from './vitepress.js'

export const jekyll: SiteGenerator = {
  name: 'jekyll',
  dialect: 'jekyll',
  configFiles: ['_config.yml', '_config.yaml'],
  untranslated: 'copy',
  routing: {permalink: 'prefix'},
  linkFields: [],
  headingIds: 'pin',
  read(text, file) {
    const config = asRecord(readYamlConfig(text, file) ?? {})
    if (!config) throw new InputError("cannot read the generator's config: expected a mapping of settings", file)
    const languages = (asArray(config.languages) ?? []).filter((key): key is string => typeof key === 'string')
    const defaultKey = asString(config.default_lang) ?? languages[0] ?? asString(config.lang) ?? 'en'
    const targets: SiteLocale[] = languages
      .filter((key) => key !== defaultKey)
      .map((key) => ({key, tag: tagOf(key, file) ?? key}))
    const source = asString(config.source) ?? '.'
    const excluded = (asArray(config.exclude) ?? []).filter((entry): entry is string => typeof entry === 'string')
    const exclude = [
      '_site/**',
      'vendor/**',
      '.jekyll-cache/**',
      'README.md',
      'CHANGELOG.md',
      'LICENSE.md',
      ...excluded.map((entry) =>
        /[*?]/.test(entry) || /\.\w+$/.test(entry) ? entry : `${entry.replace(/\/$/, '')}/**`
      )
    ]
    return {
      generator: 'jekyll',
      configFile: file,
      sourceLanguage: tagOf(defaultKey, file),
      targets,
      roots: [{dir: source, exclude, layout: `${source === '.' ? '' : `${source}/`}{locale}/{path}`}],
      buildFolders: [asString(config.destination) ?? '_site', '.jekyll-cache'],
      notes:
        languages.length > 0
          ? []
          : [
              `${file} lists no \`languages\` (jekyll-polyglot's): translated pages go to \`<locale>/…\` with their \`permalink\` prefixed`
            ]
    }
  }
}

/** Whether a Jekyll config uses jekyll-polyglot (its `languages:` list). */
export function usesPolyglot(config: unknown): boolean {
  return Array.isArray(asRecord(config)?.languages)
}
