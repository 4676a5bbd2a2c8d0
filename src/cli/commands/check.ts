/**
 * cli/commands/check: run the check registry over every translation; exit 1 on any error.
 */
import path from 'node:path'
import {catalogStatus} from '../../catalog/status.js'
import {catalogPaths} from '../../catalog/store.js'
import {localizeDocument} from '../../assemble/localize.js'
import {runChecks} from '../../check/runner.js'
import {normalizeGlossary} from '../../check/glossary-file.js'
import {normalizeExceptions} from '../../check/exceptions.js'
import {canonicalTag} from '../../languages/tag.js'
import {formatProblemsJson} from '../../report/formatters/problems-json.js'
import {formatProblemsGithub} from '../../report/formatters/problems-github.js'
import {formatProblemsText} from '../../report/formatters/problems-text.js'
import type {Problem} from '../../types.js'
import {InputError} from '../../util/errors.js'
import {loadProject, readCatalog, readJson, targetLanguages} from '../project.js'
import {readText} from '../fs.js'
import type {Output} from '../io.js'

const formats = ['text', 'json', 'github'] as const

export async function check(root: string, options: {format?: string; languages?: string[]}, output: Output): Promise<boolean> {
  const format = options.format ?? 'text'
  if (!formats.includes(format as (typeof formats)[number])) throw new InputError(`\`--format ${format}\` is not a check format, expected one of ${formats.join(', ')}`)
  const project = await loadProject(root)
  const settings = {
    glossary: normalizeGlossary(readJson(root, project.config.glossary), project.config.glossary),
    untranslated: new Set(project.config.untranslated)
  }
  const exceptions = normalizeExceptions(readJson(root, project.config.exceptions), project.config.exceptions)
  const languages = options.languages?.map((tag) => canonicalTag(tag, undefined, '--language')) ?? targetLanguages(project)
  const problems: Problem[] = []
  for (const language of languages) {
    for (const document of project.documents) {
      const {catalog, meta} = readCatalog(project, language, document.namespace)
      const entries = catalogStatus(document.segmented.segments, catalog, meta)
      const localized = localizeDocument(document.segmented, entries, {language, sourceLanguage: project.sourceLanguage, staleTranslations: project.config.staleTranslations})
      problems.push(
        ...runChecks({
          language,
          sourceLanguage: project.sourceLanguage,
          namespace: document.namespace,
          entries,
          segments: document.segmented.segments,
          document: {source: document.segmented.source, localized: localized.markdown},
          settings,
          severities: project.config.checks,
          exceptions
        })
      )
    }
  }
  if (format === 'json') output.out(formatProblemsJson(problems))
  else if (format === 'github') {
    const lineCache = new Map<string, string | undefined>()
    const text = formatProblemsGithub(problems, (problem) => {
      const file = path.posix.join(project.config.localesDir, catalogPaths(problem.language, problem.namespace).catalog)
      if (!lineCache.has(file)) lineCache.set(file, readText(path.join(root, file), file))
      const content = lineCache.get(file)
      const index = content?.indexOf(`${JSON.stringify(problem.key)}:`) ?? -1
      return {file, line: index === -1 ? undefined : content!.slice(0, index).split('\n').length}
    })
    if (text) output.out(text)
  } else {
    output.out(formatProblemsText(problems, {colour: output.isTTY && !process.env.NO_COLOR, sourceLanguage: project.sourceLanguage}))
  }
  project.cache?.save()
  return !problems.some(({severity}) => severity === 'error')
}
