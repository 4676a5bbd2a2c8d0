/**
 * project/languages: the project's languages, discovered from the page's language switcher (or
 * set in the config), with their names as the page writes them.
 */
import type {Project} from './load.js'

export interface ProjectLanguage {
  tag: string
  /** The name as the switcher writes it, else the language's own name (CLDR). */
  name: string
  source: boolean
}

export function languagesOfProject(project: Project): ProjectLanguage[] {
  return project.languages.map((tag) => {
    const found = project.discovered.find((language) => language.tag === tag)
    const name = found?.name ?? new Intl.DisplayNames([tag], {type: 'language', fallback: 'code'}).of(tag) ?? tag
    return {tag, name, source: tag === project.sourceLanguage}
  })
}
