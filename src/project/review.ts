/**
 * project/review: write the review site of a project (`review/`): the coverage `coverage`
 * reports, the problems `check` finds, and every segment as build localizes it, gathered here
 * and turned into pages by the review stage. One batch: a killed run leaves the old site or the
 * new one.
 */
import path from 'node:path'
import {toPosixRelative} from '../util/paths.js'
import {
  documentLinks,
  documentPage,
  languagePage,
  overviewPage,
  problemCounts,
  rootLinks,
  serializePage,
  sitePaths,
  sourceView
} from '../review/index.js'
import {InputError} from '../util/errors.js'
import {readCatalog, type Project} from './load.js'
import {LinkedPages, localizeEntry} from './localize.js'
import {checkProject} from './check.js'
import {coverageOfProject} from './coverage.js'
import {WriteBatch, within} from './batch.js'

export interface ReviewOptions {
  /** The site's folder, relative to the project root (default: `<outDir>/review`). */
  out?: string
  /** Review only these target languages (default: all of the project's). */
  languages?: readonly string[]
}

export interface ReviewResult {
  /** The site's folder relative to the project root, with `/`; `index.html` is its front page. */
  out: string
  languages: string[]
  documents: number
  /** Pages in the site, and those this run wrote (an unchanged page is not written again). */
  pages: number
  written: string[]
  /** Problems the checks found, shown on their segments. */
  problems: number
}

export function reviewProject(project: Project, targets: readonly string[], options: ReviewOptions = {}): ReviewResult {
  const {root, config} = project
  const out = path.resolve(root, options.out ?? path.join(config.outDir, 'review'))
  const relativeOut = toPosixRelative(root, out)
  if (relativeOut === '' || relativeOut.startsWith('..') || path.isAbsolute(relativeOut)) {
    throw new InputError(
      `\`--out ${options.out}\` is not a folder inside the project; the review site is written under the project root (default: ${config.outDir}/review)`
    )
  }
  const coverage = coverageOfProject(project)
  const checked = checkProject(project, targets)
  const problems = problemCounts(checked.problems)
  const reviewed = coverage.languages.filter((row) => targets.includes(row.language))
  const batch = new WriteBatch(project.host, root)
  return within(batch, () => {
    let pages = 0
    const write = (relative: string, html: string) => {
      batch.write(path.join(out, ...relative.split('/')), html)
      pages++
    }
    write(
      sitePaths.overview,
      serializePage(
        overviewPage({
          sourceLanguage: project.sourceLanguage,
          documents: project.documents.length,
          languages: reviewed,
          problems,
          links: rootLinks
        })
      )
    )
    for (const language of reviewed)
      write(
        sitePaths.language(language.language),
        serializePage(languagePage({language: language.language, coverage: language, problems, links: rootLinks}))
      )
    const problemsByDocument = groupProblems(checked.problems)
    const coverageByDocument = new Map(
      reviewed.map((language) => [
        language.language,
        new Map(language.documents.map((entry) => [entry.namespace, entry]))
      ])
    )
    const linked = new Map(reviewed.map(({language}) => [language, new LinkedPages(project, language)]))
    for (const document of project.documents) {
      // The source side is the same in every language: rendered once per document.
      const source = sourceView(document.segmented)
      for (const language of reviewed) {
        const {counted, localized} = localizeEntry(
          project,
          document,
          language.language,
          readCatalog(project, language.language, document.namespace),
          linked.get(language.language)
        )
        const tree = documentPage(
          {
            language: language.language,
            sourceLanguage: project.sourceLanguage,
            namespace: document.namespace,
            file: document.file,
            rows: counted,
            unused: new Map(localized.fallbacks.map(({key, reason}) => [key, reason])),
            problems: problemsByDocument.get(`${language.language}\n${document.namespace}`) ?? [],
            coverage: coverageByDocument.get(language.language)!.get(document.namespace)!,
            localizedMarkdown: localized.markdown
          },
          source,
          documentLinks(language.language, document.namespace)
        )
        write(sitePaths.document(language.language, document.namespace), serializePage(tree))
      }
    }
    const {written} = batch.commit()
    return {
      out: relativeOut,
      languages: reviewed.map((row) => row.language),
      documents: project.documents.length,
      pages,
      written: written.map((file) => toPosixRelative(root, file)),
      problems: checked.problems.length
    }
  })
}

function groupProblems<T extends {language: string; namespace: string}>(problems: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const problem of problems) {
    const id = `${problem.language}\n${problem.namespace}`
    const group = groups.get(id)
    if (group) group.push(problem)
    else groups.set(id, [problem])
  }
  return groups
}
