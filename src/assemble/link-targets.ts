/**
 * assemble/link-targets: where a link URL leads inside the project, the document and the heading
 * fragment. The one resolution both the `anchors` check and `headingIds: "translate"`'s rewrite
 * use, so what the check accepts is what build writes.
 *
 * Followed: same-page `#fragment`s; relative URLs, against the linking document's folder as GitHub
 * and the generators read a link to a `.md` file (`other.md#a`, `../guide/other.md#a`, and
 * `./other#a` or `other.html#a`, the page as a generator serves it); and site-absolute URLs under a
 * `links` prefix (`/en/guide/other/#a` with `{"from": "/en/"}`), the rest read as the page's path
 * in the source folder, the routing of Starlight's and most i18n sites. Other absolute URLs are
 * not: where a generator routes a page (its base, a front-matter `slug` or `permalink`) is not in
 * the project's settings.
 */
import path from 'node:path'
import type {LinkRewrite} from './links.js'

export interface LinkTarget {
  /** The namespaces the URL may name, the likeliest first (`guide/other`, then `guide/other/index`…). */
  namespaces: string[]
  /** The fragment, decoded (`''` when the URL has none). */
  fragment: string
  /** Where the fragment starts in the URL (after its `#`; the URL's length when it has none). */
  fragmentStart: number
  /** Whether the URL is under a `links` prefix (build rewrites it to the language's page). */
  rewritten: boolean
}

/** Index pages a folder URL (`guide/`) names, by generator: VitePress and Docusaurus, GitHub and mdBook, Hugo. */
const indexPages = ['index', 'README', '_index']

/** A page's own extensions, and what a generator serves it as. */
const pageExtension = /\.(?:md|mdx|markdown|html?)$/i

const scheme = /^[a-z][a-z\d+.-]*:/i

/**
 * The target of a link in the document `from` (a namespace: its path in the source folder
 * without extension); `undefined` for a URL that leaves the project or that no rule above reads.
 */
export function linkTarget(url: string, from: string, rewrites: readonly LinkRewrite[] = []): LinkTarget | undefined {
  const hash = url.includes('#') ? url.indexOf('#') : url.length
  const fragment = decoded(url.slice(hash + 1))
  const page = url.slice(0, hash).replace(/\?.*$/, '')
  const target = (namespaces: string[], rewritten = false) => ({
    namespaces,
    fragment,
    fragmentStart: Math.min(hash + 1, url.length),
    rewritten
  })
  if (page === '') return fragment === '' ? undefined : target([from])
  const rewrite = rewrites.find(({from: prefix}) => url.startsWith(prefix))
  // The site serves `guide/setup.md` at `/en/guide/setup/`: the page before a folder's index.
  if (rewrite)
    return target(
      candidates(path.posix.normalize(`/${decoded(page.slice(rewrite.from.length))}`).slice(1), false),
      true
    )
  if (scheme.test(page) || page.startsWith('/')) return undefined
  const joined = path.posix.join(path.posix.dirname(from), decoded(page)).replace(/\/+$/, '')
  if (joined === '..' || joined.startsWith('../')) return undefined
  return target(candidates(joined === '.' ? '' : joined, page.endsWith('/') || page === '.' || page === '..'))
}

/** The first of a target's namespaces that is a document of the project. */
export function resolveTarget(target: LinkTarget, isDocument: (namespace: string) => boolean): string | undefined {
  return target.namespaces.find(isDocument)
}

/** The namespaces a page path names: a file (`other`, `other.md`, `other.html`) or a folder's index page (first when `folder`). */
function candidates(page: string, folder: boolean): string[] {
  const base = page.replace(/\/+$/, '')
  const inFolder = indexPages.map((name) => (base === '' ? name : `${base}/${name}`))
  if (folder || base === '') return inFolder
  return pageExtension.test(base) ? [base.replace(pageExtension, '')] : [base, ...inFolder]
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
