/**
 * review: the static review site a reviewer reads before merging a translation, as hast trees.
 *
 * Pure functions from data (status rows, the checks' problems, the coverage report, source and
 * localized markdown) to hast built with hastscript and serialized with hast-util-to-html: text
 * from catalogs only ever becomes text nodes, so a translation holding `<script>` is shown, never
 * run. The site is an overview, one page per language and one per language and document, each
 * self-contained (inline style and script, a Content-Security-Policy that loads nothing).
 * Writing the files is the project stage's (`project/review`).
 */
import type {Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import type {SiteLinks} from './overview.js'

export {
  documentPage,
  sourceView,
  segmentAnchor,
  type DocumentReview,
  type DocumentLinks,
  type SourceView
} from './document.js'
export {
  overviewPage,
  languagePage,
  problemCounts,
  overviewDocumentLimit,
  type ProblemCounts,
  type SiteLinks
} from './overview.js'
export {wordDiff} from './diff.js'
export {markdownToHast, documentPreview, renderSegment, linkDefinitions} from './markdown.js'
export {languageName} from './layout.js'

/** A page as its file holds it. */
export function serializePage(tree: Root): string {
  return `${toHtml(tree)}\n`
}

const encodePath = (relative: string) => relative.split('/').map(encodeURIComponent).join('/')

/**
 * Where each page is, relative to the site's folder: `index.html`, `<language>.html`, and
 * `<language>/<namespace>.html` (a namespace may hold folders).
 */
export const sitePaths = {
  overview: 'index.html',
  language: (language: string) => `${language}.html`,
  document: (language: string, namespace: string) => `${language}/${namespace}.html`
}

/** Links from the overview and the language pages (both at the site's root). */
export const rootLinks: SiteLinks = {
  language: (language) => encodePath(sitePaths.language(language)),
  document: (language, namespace) => encodePath(sitePaths.document(language, namespace))
}

/** Links from a document's page back to the overview and its language's page. */
export function documentLinks(language: string, namespace: string): {overview: string; language: string} {
  const up = '../'.repeat(sitePaths.document(language, namespace).split('/').length - 1)
  return {overview: `${up}index.html`, language: `${up}${encodePath(sitePaths.language(language))}`}
}
