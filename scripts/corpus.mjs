/**
 * Shared helpers for scripts that use the tldr-pages corpus in ../shared/corpus: unpack it once
 * into a cache folder and list its aligned pages.
 */
import {existsSync, mkdirSync, readdirSync} from 'node:fs'
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {tmpdir} from 'node:os'

export const archive = path.resolve(import.meta.dirname, '../../shared/corpus/tldr-pages.tar.gz')

/** The unpacked corpus folder (`…/tldr`), unpacking it on first use. */
export function corpusRoot() {
  const folder = path.join(process.env.MD_L10N_CORPUS_CACHE ?? tmpdir(), 'md-l10n-corpus')
  const root = path.join(folder, 'tldr')
  if (!existsSync(path.join(root, 'pages'))) {
    if (!existsSync(archive)) throw new Error(`corpus not found at ${archive}`)
    mkdirSync(folder, {recursive: true})
    execFileSync('tar', ['xzf', archive, '-C', folder])
  }
  return root
}

/** Pages of one folder as paths relative to it (`common/tar.md`), sorted. */
export function listPages(folder) {
  return readdirSync(folder, {recursive: true})
    .map(String)
    .filter((file) => file.endsWith('.md'))
    .sort()
}

/** tldr folder suffix → BCP 47 tag. */
export const corpusLanguages = {
  ar: 'ar',
  es: 'es',
  fr: 'fr',
  id: 'id',
  ja: 'ja',
  pt_BR: 'pt-BR',
  pt_PT: 'pt-PT',
  ru: 'ru',
  uk: 'uk',
  zh: 'zh-Hans',
  zh_TW: 'zh-Hant'
}
