/**
 * interchange/json-with-source: i18next JSON for a translator who edits the catalog itself, with
 * what the catalog alone does not say: each key's source text, status (and the old source of a
 * stale one, with what changed in it word by word), the document and line it comes from, and
 * what each numbered tag stands for (`"<1/>": "inline code `config.json`"`). Read-only:
 * translations go back through the catalog.
 */
import {wordDiff, wordDiffText} from '../util/word-diff.js'
import {tagLabel} from './codes.js'
import type {ExportedLanguage} from './index.js'

export interface KeyWithSource {
  source: string
  translation: string
  status: string
  previousSource?: string
  /** For stale keys: the old source against the new, `Install [-the-]{+a+} package`. */
  changes?: string
  document: string
  line: number
  /** Tag as written (`<1>`, `<2/>`) → what it stands for. */
  tags?: Record<string, string>
}

export function buildJsonWithSource(exported: ExportedLanguage): string {
  const namespaces: Record<string, Record<string, KeyWithSource>> = {}
  for (const document of exported.documents) {
    const keys: Record<string, KeyWithSource> = {}
    for (const unit of document.units) {
      const tags = Object.fromEntries([...unit.codes.values()].map((code) => [tagLabel(code), code.description]))
      keys[unit.key] = {
        source: unit.source,
        translation: unit.translation,
        status: unit.status,
        ...(unit.previousSource === undefined ? {} : {previousSource: unit.previousSource}),
        // An alignment's uncertain pair was made from no known source: nothing to compare.
        ...(unit.status === 'stale' && unit.previousSource
          ? {changes: wordDiffText(wordDiff(unit.previousSource, unit.source, exported.sourceLanguage))}
          : {}),
        document: document.file,
        line: unit.line,
        ...(unit.note === undefined ? {} : {note: unit.note}),
        ...(unit.codes.size > 0 ? {tags} : {})
      }
    }
    namespaces[document.namespace] = keys
  }
  return `${JSON.stringify({sourceLanguage: exported.sourceLanguage, language: exported.targetLanguage, namespaces}, null, 2)}\n`
}
