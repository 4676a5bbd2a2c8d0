/**
 * project/check: run the check registry over every translation of the project, against the
 * documents as build would write them.
 */
import path from 'node:path'
import {catalogPaths} from '../catalog/store.js'
import {runChecks} from '../check/runner.js'
import {normalizeGlossary} from '../check/glossary-file.js'
import {isExcepted, normalizeExceptions, type ReviewedException} from '../check/exceptions.js'
import type {Problem} from '../types.js'
import {readCatalog, type Project, type ProjectDocument} from './load.js'
import {LinkedPages, localizeEntry, type LinkedPage} from './localize.js'
import {linkTarget, resolveTarget} from '../assemble/link-targets.js'
import type {LinkedDocuments} from '../check/types.js'
import {readJson, readText} from './read.js'
import {dialectParser, isMdxDocument} from '../dialects/index.js'
import {collectCodeWords} from '../check/util/code-words.js'
import {isPseudoLocale} from '../languages/tag.js'

export interface CheckOptions {
  /** Check only these target languages (default: all of the project's). */
  languages?: readonly string[]
}

export interface CheckResult {
  sourceLanguage: string
  /** Problems in language, document and check order, each with its catalog file and line. */
  problems: Problem[]
  errors: number
  warnings: number
  /** Reviewed exceptions that silenced nothing: fixed since, or written for the wrong key. */
  unusedExceptions: ReviewedException[]
}

/** The words every source of the project writes in its code. */
function projectCodeWords(project: Project): Set<string> {
  const words = new Set<string>()
  for (const document of project.documents) collectCodeWords(document.segmented.source, words)
  return words
}

export function checkProject(project: Project, targets: readonly string[]): CheckResult {
  const {host, root, config} = project
  const settings = {
    glossary: normalizeGlossary(readJson(host, root, config.glossary), config.glossary),
    untranslated: new Set(config.untranslated),
    codeWords: projectCodeWords(project)
  }
  const exceptions = normalizeExceptions(readJson(host, root, config.exceptions), config.exceptions)
  const problems: Problem[] = []
  const found: Problem[] = []
  for (const language of targets) {
    const pages = new LinkedPages(project, language)
    for (const document of project.documents) {
      const read = readCatalog(project, language, document.namespace)
      const {rows, localized, spliced, invalid} = localizeEntry(project, document, language, read, pages)
      const all = runChecks({
        language,
        sourceLanguage: project.sourceLanguage,
        namespace: document.namespace,
        entries: rows,
        segments: document.segmented.segments,
        document: {
          source: document.segmented.source,
          localized: localized.markdown,
          spliced,
          linked: linkedDocuments(project, document, pages),
          parser: dialectParser(config.dialect, {mdx: isMdxDocument(config.dialect, document.file)}),
          invalid
        },
        settings,
        severities: config.checks,
        pseudo: isPseudoLocale(language)
      })
      // One at a time: a catalog of two hundred thousand keys has as many problems, past what a spread's arguments hold.
      for (const problem of all) {
        found.push(problem)
        if (!isExcepted(problem, exceptions)) problems.push(problem)
      }
    }
  }
  // Only exceptions for what this run checked can be judged unused.
  const checked = new Set(targets)
  const unusedExceptions = exceptions.filter(
    (exception) => checked.has(exception.language) && !found.some((problem) => isExcepted(problem, [exception]))
  )
  const catalogs = new Map<string, Map<string, number>>()
  for (const problem of problems) {
    const {file, line} = problemLocation(project, problem, catalogs)
    problem.file = file
    if (line !== undefined) problem.catalogLine = line
  }
  return {
    sourceLanguage: project.sourceLanguage,
    problems,
    errors: problems.filter(({severity}) => severity === 'error').length,
    warnings: problems.filter(({severity}) => severity === 'warning').length,
    unusedExceptions
  }
}

/** The pages `document`'s links lead to, by the resolution build rewrites them with. */
function linkedDocuments(project: Project, document: ProjectDocument, pages: LinkedPages): LinkedDocuments {
  const headings = new Map<LinkedPage, {sourceIds: Set<string>; localizedIds: Set<string>}>()
  return {
    resolve(url) {
      const target = linkTarget(url, document.namespace, project.config.links)
      const namespace = target && resolveTarget(target, pages.has)
      // A link without a fragment matters only when build points it at the language's page.
      if (!target || namespace === undefined || url.startsWith('#') || (target.fragment === '' && !target.rewritten))
        return undefined
      const page = pages.page(namespace)
      let ids = headings.get(page)
      if (!ids)
        headings.set(page, (ids = {sourceIds: new Set(page.ids.keys()), localizedIds: new Set(page.ids.values())}))
      return {
        file: page.document.file,
        fragment: target.fragment,
        rewritten: target.rewritten,
        built: page.built,
        ...ids
      }
    }
  }
}

/** Where a problem's key is in its catalog file, for annotations (`file`, 1-based `line`). */
function problemLocation(
  project: Project,
  problem: Problem,
  cache: Map<string, Map<string, number>>
): {file: string; line?: number} {
  const file = path.posix.join(project.config.localesDir, catalogPaths(problem.language, problem.namespace).catalog)
  let lines = cache.get(file)
  if (!lines) cache.set(file, (lines = keyLines(readText(project.host, path.join(project.root, file), file) ?? '')))
  return {file, line: lines.get(problem.key)}
}

/**
 * The line of each key of a catalog's text, in one pass over its strings (searching the text for
 * each problem's key made a check quadratic in the problems of a catalog). A key is a string
 * followed by `:`; a key found twice keeps its first line.
 */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  let line = 1
  let counted = 0
  for (const match of text.matchAll(/"(?:[^"\\\n]|\\.)*"(\s*:)?/g)) {
    if (!match[1]) continue
    for (
      let index = text.indexOf('\n', counted);
      index !== -1 && index < match.index;
      index = text.indexOf('\n', index + 1)
    )
      line++
    counted = match.index
    let name: unknown
    try {
      name = JSON.parse(match[0].slice(0, match[0].length - match[1].length))
    } catch {
      continue
    }
    if (typeof name === 'string' && !lines.has(name)) lines.set(name, line)
  }
  return lines
}
