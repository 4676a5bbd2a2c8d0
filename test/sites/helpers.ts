/**
 * The generator is the judge: helpers that localize a small real site with md-l10n's CLI, run the
 * site generator's own build on the result, and read the built HTML for pages, links and anchors.
 */
import {spawn, spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {fromHtml} from 'hast-util-from-html'
import {visit} from 'unist-util-visit'
import type {Element, Root} from 'hast'
import {parse as parseJsonc} from 'jsonc-parser'
import {afterAll, expect} from 'vitest'
import {projectRoot, runCli} from '../helpers.js'

export const sitesDir = path.join(projectRoot, 'test', 'sites')

/** Why a site's test cannot run here (its generator is not installed), or undefined when it can. */
export function missingGenerator(site: string, command?: string): string | undefined {
  if (command) {
    const found = spawnSync(command, ['version'], {stdio: 'ignore'})
    return found.error || found.status !== 0 ? `\`${command}\` is not installed (Debian package ${command})` : undefined
  }
  const modules = path.join(sitesDir, site, 'node_modules')
  return existsSync(modules) ? undefined : `run \`npm install --prefix test/sites/${site}\` to build this site`
}

const copies: string[] = []
// Registered by every test file that imports these helpers: its site copies go when it ends.
afterAll(() => {
  for (const folder of copies.splice(0)) rmSync(folder, {recursive: true, force: true})
})

/**
 * A copy of a site fixture in a `run.tmp-*` folder inside the fixture, where the generator finds the
 * fixture's `node_modules` as Node resolves packages (Astro refuses a linked `node_modules`, and an
 * install per run would cost minutes). Built output and md-l10n's files stay out of the repository.
 */
export function copySite(site: string): string {
  const from = path.join(sitesDir, site)
  const root = mkdtempSync(path.join(from, 'run.tmp-'))
  copies.push(root)
  for (const entry of readdirSync(from)) {
    if (entry !== 'node_modules' && !entry.startsWith('run.tmp-'))
      cpSync(path.join(from, entry), path.join(root, entry), {recursive: true})
  }
  return root
}

/** A binary of a site's own node_modules. */
export function bin(site: string, name: string): string {
  return path.join(sitesDir, site, 'node_modules', '.bin', name)
}

/** One md-l10n command in a site; fails the test with what it printed when it does not exit 0. */
export async function md(root: string, ...argv: string[]): Promise<string> {
  const {code, stdout, stderr} = await runCli(root, ...argv)
  expect(code, `md-l10n ${argv.join(' ')}: ${stderr}`).toBe(0)
  return stdout
}

export interface Localization {
  /** Settings `init` must write for this site, read from the generator's config. */
  init: Record<string, unknown>
  /** Segments in the site: the committed French catalogs translate every one of them. */
  segments: number
}

/**
 * What a user runs: `init` with no options (it reads the generator's config), `extract` (the
 * committed French catalogs already translate every segment: a changed page fails here first),
 * `pseudo`, `build` (which writes each language's pages where the generator reads them: `"layout":
 * "generator"`). Returns the config `init` wrote.
 */
export async function localize(root: string, {init, segments}: Localization): Promise<Record<string, unknown>> {
  await md(root, 'init', '--ci', 'none')
  const file = path.join(root, 'md-l10n.config.json')
  const written = parseJsonc(readFileSync(file, 'utf8')) as Record<string, unknown>
  expect(Object.fromEntries(Object.keys(init).map((key) => [key, written[key]])), 'the config init wrote').toEqual(init)
  await md(root, 'extract')
  expect(await md(root, 'coverage')).toMatch(new RegExp(`^fr +${segments} +0 +0 +${segments} +100%`, 'm'))
  await md(root, 'pseudo')
  await md(root, 'build')
  return written
}

/** A fixture site localized by md-l10n and built by its generator: what it built, and its links that broke. */
export interface BuiltSite {
  root: string
  /** What the generator printed. */
  output: string
  pages: Map<string, BuiltPage>
  broken: BrokenLink[]
}

export interface SiteBuild extends Localization {
  /** The generator's command and arguments, as its users run them from the site's root. */
  command: string
  args: readonly string[]
  /** Where the generator writes the site, from its root. */
  outDir: string
  /** A change to the site's copy after localizing and before the generator builds it. */
  prepare?: (root: string) => void
}

/** Copy a fixture site, `localize` it, build it with its generator (which must exit 0), read the pages it built. */
export async function buildSite(
  site: string,
  {command, args, outDir, prepare, ...localization}: SiteBuild
): Promise<BuiltSite> {
  const root = copySite(site)
  await localize(root, localization)
  prepare?.(root)
  const {code, output} = await run(root, command, args)
  expect(code, output).toBe(0)
  const folder = path.join(root, outDir)
  const pages = builtPages(folder)
  return {root, output, pages, broken: brokenLinks(folder, pages)}
}

/** A generator's build, as its users run it; resolves with its exit code and what it printed. */
export function run(root: string, command: string, args: readonly string[]): Promise<{code: number; output: string}> {
  return new Promise((resolve, reject) => {
    // CI=true: no interactive prompts or spinners; NO_COLOR: plain text in the failure message.
    const child = spawn(command, args, {cwd: root, env: {...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0'}})
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({code: code ?? 1, output}))
  })
}

export interface BuiltPage {
  /** Path of the HTML file below the output folder, with `/` separators. */
  file: string
  tree: Root
}

/** Every HTML page a generator wrote, by path below its output folder. */
export function builtPages(outDir: string): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>()
  for (const entry of readdirSync(outDir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    pages.set(file, {file, tree: fromHtml(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'))})
  }
  return pages
}

/** The text of a page's first element matching `tag` (`h1`, `title`), trimmed. */
export function textOf(page: BuiltPage, tag: string): string | undefined {
  let text: string | undefined
  visit(page.tree, 'element', (node: Element) => {
    if (text === undefined && node.tagName === tag) text = textIn(node).trim()
  })
  return text
}

/** The text a node holds (hast-util-to-string would be one more dependency for four lines). */
export function textIn(node: Element | Root): string {
  let text = ''
  visit(node, 'text', (child: {value: string}) => void (text += child.value))
  return text
}

/** The `lang` of a page's `<html>`. */
export function langOf(page: BuiltPage): string | undefined {
  let lang: string | undefined
  visit(page.tree, 'element', (node: Element) => {
    if (lang === undefined && node.tagName === 'html') lang = String(node.properties.lang ?? '')
  })
  return lang
}

/**
 * The file a site path is served from, as static hosts resolve it: the file itself, `.html` added
 * (clean URLs), or the folder's `index.html`.
 */
function servedFile(outDir: string, sitePath: string): string | undefined {
  const base = path.join(outDir, decodeURIComponent(sitePath))
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return undefined
}

function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>()
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id !== undefined) ids.add(String(node.properties.id))
    if (node.tagName === 'a' && node.properties.name !== undefined) ids.add(String(node.properties.name))
  })
  return ids
}

export interface BrokenLink {
  /** The page, below the output folder. */
  page: string
  /** The URL as the page has it. */
  url: string
  reason: 'no page' | 'no anchor'
}

/**
 * Links (`<a href>`) and images (`<img src>`) of every built page that lead inside the site to no
 * file, or to a page without the fragment's id: the check every generator does not make (VitePress
 * and Hugo do not check anchors in markdown links), made the same way for every site.
 */
export function brokenLinks(outDir: string, pages: Map<string, BuiltPage>, base = '/'): BrokenLink[] {
  const ids = new Map<string, Set<string>>()
  const idsIn = (file: string) => {
    const key = path.relative(outDir, file).split(path.sep).join('/')
    if (!ids.has(key)) ids.set(key, idsOf(pages.get(key)?.tree ?? fromHtml(readFileSync(file, 'utf8'))))
    return ids.get(key)!
  }
  const broken: BrokenLink[] = []
  for (const page of pages.values()) {
    const pageUrl = new URL(`http://site${base}${page.file}`)
    visit(page.tree, 'element', (node: Element) => {
      const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined
      const value = attribute && node.properties[attribute]
      if (typeof value !== 'string' || value === '' || /^[a-z][a-z\d+.-]*:/i.test(value) || value.startsWith('//'))
        return
      const url = new URL(value, pageUrl)
      if (!url.pathname.startsWith(base)) return
      const target = servedFile(outDir, url.pathname.slice(base.length))
      if (!target) return void broken.push({page: page.file, url: value, reason: 'no page'})
      const fragment = decodeURIComponent(url.hash.slice(1))
      if (fragment && target.endsWith('.html') && !idsIn(target).has(fragment))
        broken.push({page: page.file, url: value, reason: 'no anchor'})
    })
  }
  return broken
}

/**
 * The broken links of a locale that the source language does not have at the same place: page and
 * URL compared with the locale's folder taken off (`fr/guide/x.html` is `guide/x.html`). The source
 * language is at the root of the output, each other locale in a folder of its own.
 */
export function brokenOnlyIn(
  broken: readonly BrokenLink[],
  locale: string,
  locales: readonly string[],
  base = '/'
): BrokenLink[] {
  const inLocale = (link: BrokenLink, folder: string) => link.page.startsWith(`${folder}/`)
  const key = (link: BrokenLink) => `${link.page} ${link.url} ${link.reason}`
  const inSource = new Set(broken.filter((link) => !locales.some((folder) => inLocale(link, folder))).map(key))
  const prefix = `${base}${locale}/`
  const unprefixed = (link: BrokenLink): BrokenLink => ({
    ...link,
    page: link.page.slice(locale.length + 1),
    url: link.url.startsWith(prefix) ? base + link.url.slice(prefix.length) : link.url
  })
  return broken.filter((link) => inLocale(link, locale) && !inSource.has(key(unprefixed(link))))
}

/** The `href` of every link in a page's content: the first element that `container` names (a tag or a class). */
export function contentLinks(page: BuiltPage, container: string): string[] {
  let content: Element | undefined
  visit(page.tree, 'element', (node: Element) => {
    const classes = node.properties.className
    if (!content && (node.tagName === container || (Array.isArray(classes) && classes.includes(container))))
      content = node
  })
  const hrefs: string[] = []
  if (content) {
    visit(content, 'element', (node: Element) => {
      if (node.tagName === 'a' && typeof node.properties.href === 'string') hrefs.push(node.properties.href)
    })
  }
  return hrefs
}

export interface LostLinks {
  page: string
  /** Link targets of the source page that the locale's page does not have (a link become text). */
  missing: string[]
  /** Link targets the locale's page has and the source page does not. */
  added: string[]
}

/**
 * Pages of a locale whose content does not link where the source page links: each link's path
 * with the locale's folder taken off and without its fragment (translated headings may rename
 * it; `brokenLinks` judges fragments), compared as sorted lists.
 */
export function lostLinks(
  pages: Map<string, BuiltPage>,
  locale: string,
  locales: readonly string[],
  container: string,
  base = '/'
): LostLinks[] {
  const prefix = `${base}${locale}/`
  const target = (href: string) =>
    (href.startsWith(prefix) ? base + href.slice(prefix.length) : href).replace(/#.*$/, '')
  const lost: LostLinks[] = []
  for (const [file, page] of pages) {
    const translated = pages.get(`${locale}/${file}`)
    if (locales.some((folder) => file.startsWith(`${folder}/`)) || !translated) continue
    const source = contentLinks(page, container).map(target)
    const local = contentLinks(translated, container).map(target)
    const missing = source.filter(
      (href, index) => source.indexOf(href) === index && count(local, href) < count(source, href)
    )
    const added = local.filter(
      (href, index) => local.indexOf(href) === index && count(source, href) < count(local, href)
    )
    if (missing.length > 0 || added.length > 0) lost.push({page: `${locale}/${file}`, missing, added})
  }
  return lost
}

function count(list: readonly string[], item: string): number {
  return list.filter((entry) => entry === item).length
}
