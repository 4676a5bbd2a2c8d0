/**
 * assemble/front-matter: the fields a localized document's front matter gets: `lang`, `dir: rtl`
 * for right-to-left languages, the source version it was built from and whether it lags behind.
 */
import type {SegmentedDocument} from '../types.js'

/** One replacement of `[start, end)` by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

/** Fields to set; `undefined` values are left out. */
export type FrontMatterFields = Record<string, string | boolean | undefined>

/** YAML for a scalar: plain when that reads back as the same string, else double-quoted. */
function yamlScalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value)
  return /^[A-Za-z0-9][\w.-]*$/.test(value) && !/^(true|false|yes|no|on|off|null|~|\d[\d.]*)$/i.test(value)
    ? value
    : JSON.stringify(value)
}

/**
 * Edits that set `fields` in the document's front matter: existing keys get their value replaced
 * in place, new keys are added as lines before the closing fence. No front matter: no edits
 * (a document that had none gets none, so tools reading it raw are not surprised).
 */
export function frontMatterEdits(document: SegmentedDocument, fields: FrontMatterFields): Edit[] {
  const block = document.frontMatter
  if (!block) return []
  const edits: Edit[] = []
  let added = ''
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    const existing = block.fields.get(name)
    if (existing) edits.push({start: existing.start, end: existing.end, text: yamlScalar(value)})
    else added += `${name}: ${yamlScalar(value)}${document.eol}`
  }
  if (added) {
    const blockText = document.source.slice(block.start, block.end).replace(/\r?\n$/, '')
    const closingFence = block.start + blockText.lastIndexOf('\n') + 1
    edits.push({start: closingFence, end: closingFence, text: added})
  }
  return edits
}
