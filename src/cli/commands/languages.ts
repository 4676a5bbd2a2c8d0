/**
 * cli/commands/languages: the project's languages, discovered from the page's language switcher
 * (or set in the config), with their names as the page writes them.
 */
import {loadProject} from '../project.js'
import type {Output} from '../io.js'

export async function languages(root: string, options: {json?: boolean}, output: Output): Promise<boolean> {
  const project = await loadProject(root)
  const rows = project.languages.map((tag) => {
    const found = project.discovered.find((language) => language.tag === tag)
    const name = found?.name ?? new Intl.DisplayNames([tag], {type: 'language', fallback: 'code'}).of(tag) ?? tag
    return {tag, name, source: tag === project.sourceLanguage}
  })
  if (options.json) {
    output.out(JSON.stringify(rows, null, 2))
    return true
  }
  const width = Math.max(...rows.map(({tag}) => tag.length))
  for (const row of rows) output.out(`${row.tag.padEnd(width)}  ${row.name}${row.source ? '  (source)' : ''}`)
  project.cache?.save()
  return true
}
