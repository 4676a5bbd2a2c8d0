/**
 * sites/vitepress: VitePress reads `<srcDir>/<locale>/…` for each key of `locales` but `root`
 * (the source language, at `<srcDir>/` itself, or in a folder that a `rewrites` rule such as
 * `'en/:rest*': ':rest*'` maps to the root). It has no fallback for a missing page (a 404), so
 * an untranslated page is a copy, marked in front matter.
 */
import path from 'node:path'
import {canonicalTag} from '../languages/tag.js'
import {InputError} from '../util/errors.js'
import {exportedConfig, parseJsConfig} from './js-config.js'
import type {SiteFacts, SiteGenerator, SiteLocale} from './types.js'
import {asArray, asRecord, asString, joinPath, under} from './values.js'

const extensions = ['js', 'ts', 'mjs', 'mts', 'cjs', 'cts']

export const vitepress: SiteGenerator = {
  name: 'vitepress',
  dialect: 'vitepress',
  configFiles: ['', 'docs/', 'website/'].flatMap((folder) =>
    extensions.map((extension) => `${folder}.vitepress/config.${extension}`)
  ),
  untranslated: 'copy',
  routing: {permalink: 'prefix'},
  linkFields: ['hero.actions.*.link', 'features.*.link'],
  headingIds: 'pin',
  read(text, file) {
    const config = asRecord(exportedConfig(parseJsConfig(text, file)))
    if (!config)
      throw new InputError(
        "cannot read the generator's config: no `export default {…}` (or `defineConfig({…})`) object in it",
        file
      )
    // The VitePress project is the folder holding `.vitepress/`; `srcDir` is relative to it.
    const project = joinPath(path.posix.dirname(path.posix.dirname(file)))
    const srcDir = joinPath(project, asString(config.srcDir))
    const locales = asRecord(config.locales) ?? {}
    const root = asRecord(locales.root)
    const sourceLanguage = tagOf(asString(root?.lang) ?? asString(config.lang), file)
    const targets: SiteLocale[] = Object.entries(locales)
      .filter(([key]) => key !== 'root')
      .map(([key, value]) => ({key, tag: tagOf(asString(asRecord(value)?.lang) ?? key, file) ?? key}))
    // `rewrites: {'en/:rest*': ':rest*'}`: the source pages live in `en/` and are served at the root.
    const rewritten = Object.entries(asRecord(config.rewrites) ?? {}).find(
      ([from, to]) => /^[^/:*]+\/:\w+\*$/.test(from) && /^:\w+\*$/.test(String(to))
    )
    const sourceDir = rewritten ? joinPath(srcDir, rewritten[0].split('/')[0]) : srcDir
    const exclude = (asArray(config.srcExclude) ?? []).filter((glob): glob is string => typeof glob === 'string')
    const notes: string[] = []
    if (Object.keys(locales).length > 0 && !root)
      notes.push(`${file} has no \`root\` locale: the source language is taken from \`lang\``)
    const facts: SiteFacts = {
      generator: 'vitepress',
      configFile: file,
      sourceLanguage,
      targets,
      roots: [
        {dir: sourceDir || '.', ...(exclude.length > 0 ? {exclude} : {}), layout: under(srcDir, '{locale}/{path}')}
      ],
      buildFolders: [joinPath(project, '.vitepress/dist'), joinPath(project, '.vitepress/cache')],
      notes
    }
    return facts
  }
}

/** A config's `lang` as a BCP 47 tag, or `undefined` when it is none. */
export function tagOf(lang: string | undefined, file: string): string | undefined {
  if (lang === undefined) return undefined
  try {
    return canonicalTag(lang, file, 'lang')
  } catch {
    return undefined
  }
}
