/**
 * sites/mdbook: mdBook builds one language per book and has no folder for others: md-l10n writes a
 * language's pages to the build layout (`dist/docs/<tag>/`), from which a copy of `book.toml`
 * whose `src` points there builds that language's book.
 */
import {InputError} from '../util/errors.js'
import {readTomlConfig} from './config-files.js'
import type {SiteGenerator} from './types.js'
import {asRecord, asString, joinPath} from './values.js'
import {tagOf} from './vitepress.js'

export const mdbook: SiteGenerator = {
  name: 'mdbook',
  dialect: 'mdbook',
  configFiles: ['book.toml'],
  untranslated: 'copy',
  routing: {},
  linkFields: [],
  headingIds: 'pin',
  read(text, file) {
    const config = asRecord(readTomlConfig(text, file))
    if (!config) throw new InputError("cannot read the generator's config: expected a table of settings", file)
    const book = asRecord(config.book) ?? {}
    const build = asRecord(config.build) ?? {}
    return {
      generator: 'mdbook',
      configFile: file,
      sourceLanguage: tagOf(asString(book.language), file),
      targets: [],
      roots: [{dir: joinPath(asString(book.src) ?? 'src')}],
      buildFolders: [joinPath(asString(build['build-dir']) ?? 'book')],
      notes: [
        `mdBook keeps one language per book: each language's pages go to \`dist/docs/<tag>/\`, and a \`book.toml\` whose \`src\` is that folder builds its book`
      ]
    }
  }
}
