/**
 * Align the tldr-pages corpus's human translations with the English pages (`import --from
 * <folder>`), then rebuild the pages from the catalogs and compare them with the human ones.
 * Per language: segments aligned (certain, uncertain), pages rebuilt byte-identical (and how many
 * of them, and of the pages, are alias pages: `This command is an alias of …`, one description
 * and one example), and why the others differ (the first differing line, classified).
 *
 * Usage: npm run compile && node scripts/align-tldr.mjs [--pages N] [language suffix …]
 * (`--pages 100000` for every page; the 11 languages then take about 3 minutes)
 * (default: the first 400 pages of `common/` with a translation, every language).
 */
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {openProject} from '../lib/index.js'
import {parseMarkdown} from '../lib/segment/parse.js'
import {corpusLanguages, corpusRoot, listPages} from './corpus.mjs'

/** Why a rebuilt page differs from the human translation, from its first differing line. */
export function classifyDifference(rebuilt, human, row) {
  const a = rebuilt.split('\n')
  const b = human.split('\n')
  const index = a.findIndex((line, i) => line !== b[i])
  const line = b[index] ?? ''
  if (index === -1 || a.length !== b.length)
    return row.unmatched > 0
      ? 'segments left unaligned (the translation has more or fewer)'
      : 'lines laid out differently (lines split or joined, or a page older than the source)'
  if (/^`/.test(line)) return 'the command differs (translated placeholders, options or code)'
  if (row.unmatched > 0) return 'segments left unaligned (the translation has more or fewer)'
  if (a[index].replace(/\s+/g, '') === line.replace(/\s+/g, '')) return 'whitespace differs'
  return 'the translated text differs in markup (links, code, escaping)'
}

/** Each link's and image's text (or alt) with its URL, in document order. */
function links(markdown) {
  const found = []
  const text = (node) =>
    node.type === 'text' || node.type === 'inlineCode'
      ? node.value
      : node.type === 'image'
        ? (node.alt ?? '')
        : (node.children ?? []).map(text).join('')
  const walk = (node) => {
    if (node.type === 'link' || node.type === 'image') found.push({text: text(node), url: node.url})
    for (const child of node.children ?? []) walk(child)
  }
  walk(parseMarkdown(markdown))
  return found
}

/**
 * Links of the rebuilt page that point elsewhere than the human page's link with the same text:
 * a translated link text is the translator's, so the human page says where it leads.
 */
export function differingTargets(rebuilt, human) {
  const theirs = new Map()
  for (const {text, url} of links(human)) theirs.set(text, [...(theirs.get(text) ?? []), url])
  return links(rebuilt).filter(({text, url}) => theirs.has(text) && !theirs.get(text).includes(url)).length
}

/** Align one language over `pages`; returns the figures. */
export async function alignLanguage(suffix, pages) {
  const corpus = corpusRoot()
  const tag = corpusLanguages[suffix]
  const root = mkdtempSync(path.join(tmpdir(), `md-l10n-align-${suffix}-`))
  try {
    for (const page of pages) {
      mkdirSync(path.dirname(path.join(root, 'pages', page)), {recursive: true})
      cpSync(path.join(corpus, 'pages', page), path.join(root, 'pages', page))
    }
    writeFileSync(
      path.join(root, 'md-l10n.config.json'),
      JSON.stringify({sourceDir: 'pages', sourceLanguage: 'en', languages: ['en', tag]})
    )
    const project = openProject({root})
    await project.extract()
    const imported = await project.importDocuments({language: tag, from: path.join(corpus, `pages.${suffix}`)})
    await project.build({languages: [tag]})
    const figures = {
      language: tag,
      pages: pages.length,
      aliases: 0,
      segments: 0,
      certain: 0,
      uncertain: 0,
      identical: 0,
      identicalAliases: 0,
      differences: {},
      differingTargets: 0,
      totals: imported.totals
    }
    for (const row of imported.documents) {
      const page = row.document.replace(/^pages\//, '')
      figures.segments += row.certain + row.uncertain + row.unmatchedSource
      figures.certain += row.certain
      figures.uncertain += row.uncertain
      const rebuilt = readFileSync(path.join(root, 'dist/docs', tag, page), 'utf8')
      const human = readFileSync(path.join(corpus, `pages.${suffix}`, page), 'utf8')
      const alias = /This command is an alias of/.test(readFileSync(path.join(corpus, 'pages', page), 'utf8'))
      figures.differingTargets += differingTargets(rebuilt, human)
      if (alias) figures.aliases++
      if (rebuilt === human) {
        figures.identical++
        if (alias) figures.identicalAliases++
      } else {
        const reason = classifyDifference(rebuilt, human, {unmatched: row.unmatchedSource + row.unmatchedTranslation})
        figures.differences[reason] = (figures.differences[reason] ?? 0) + 1
      }
    }
    return figures
  } finally {
    rmSync(root, {recursive: true, force: true})
  }
}

/** Pages of `common/` that `suffix` translates, the first `count`. */
export function translatedPages(suffix, count) {
  const corpus = corpusRoot()
  return listPages(path.join(corpus, 'pages'))
    .filter((page) => page.startsWith('common/') && existsSync(path.join(corpus, `pages.${suffix}`, page)))
    .slice(0, count)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const at = args.indexOf('--pages')
  const count = at === -1 ? 400 : Number(args.splice(at, 2)[1])
  const suffixes = args.length > 0 ? args : Object.keys(corpusLanguages)
  console.log(
    '| language | pages | segments | aligned (current) | uncertain (stale) | link targets differing from the human page | rebuilt byte-identical (of them alias pages) | pages other than aliases rebuilt identical | why the others differ (first differing line) |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|')
  for (const suffix of suffixes) {
    const figures = await alignLanguage(suffix, translatedPages(suffix, count))
    const why = Object.entries(figures.differences)
      .sort((x, y) => y[1] - x[1])
      .map(([reason, n]) => `${n} ${reason}`)
      .join('; ')
    const share = Math.round((100 * figures.certain) / figures.segments)
    const others = `${figures.identical - figures.identicalAliases} of ${figures.pages - figures.aliases}`
    console.log(
      `| ${figures.language} | ${figures.pages} | ${figures.segments} | ${figures.certain} (${share} %) | ${figures.uncertain} | ${figures.differingTargets} | ${figures.identical} (${figures.identicalAliases}) | ${others} | ${why} |`
    )
    if (process.env.ALIGN_TOTALS) console.error(JSON.stringify(figures.totals))
  }
}
