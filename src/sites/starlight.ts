/**
 * sites/starlight: Starlight (Astro) reads `src/content/docs/<locale>/…` for each key of its
 * `locales`; the `root` locale's pages (or those of `defaultLocale`'s folder) are the source. A
 * missing page falls back to the default locale's, with a notice, so an untranslated page is
 * omitted unless a relative link of a translated page needs it.
 */
import {InputError} from '../util/errors.js'
import {callArguments, importsModule, parseJsConfig} from './js-config.js'
import type {SiteGenerator, SiteLocale} from './types.js'
import {asRecord, asString} from './values.js'
import {tagOf} from './vitepress.js'

const docs = 'src/content/docs'

export const starlight: SiteGenerator = {
  name: 'starlight',
  dialect: 'starlight',
  configFiles: ['astro.config.mjs', 'astro.config.ts', 'astro.config.mts', 'astro.config.js', 'astro.config.cjs'],
  claims: (text) => /@astrojs\/starlight/.test(text),
  untranslated: 'omit-unlinked',
  // Starlight takes a localized page's locale from its slug's first segment.
  routing: {slug: 'segment'},
  linkFields: ['hero.actions.*.link'],
  // Astro reads no `{#id}`: it slugs each heading's text, so links follow the translated headings.
  headingIds: 'translate',
  read(text, file) {
    const program = parseJsConfig(text, file)
    if (!importsModule(program, '@astrojs/starlight'))
      throw new InputError("cannot read the generator's config: it does not import `@astrojs/starlight`", file)
    const options = asRecord(callArguments(program, 'starlight')[0])
    if (!options)
      throw new InputError("cannot read the generator's config: no `starlight({…})` call with an object in it", file)
    const locales = asRecord(options.locales) ?? {}
    const defaultKey = asString(options.defaultLocale) ?? (locales.root ? 'root' : undefined)
    const defaultLocale = asRecord(defaultKey === undefined ? undefined : locales[defaultKey])
    const sourceLanguage = tagOf(
      asString(defaultLocale?.lang) ?? (defaultKey === 'root' ? undefined : defaultKey),
      file
    )
    const targets: SiteLocale[] = Object.entries(locales)
      .filter(([key]) => key !== defaultKey && key !== 'root')
      .map(([key, value]) => ({key, tag: tagOf(asString(asRecord(value)?.lang) ?? key, file) ?? key}))
    return {
      generator: 'starlight',
      configFile: file,
      sourceLanguage,
      targets,
      roots: [
        {
          dir: defaultKey === undefined || defaultKey === 'root' ? docs : `${docs}/${defaultKey}`,
          layout: `${docs}/{locale}/{path}`
        }
      ],
      buildFolders: ['dist', '.astro'],
      notes: []
    }
  }
}
