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

/**
 * YAML for a scalar: plain when every YAML reader (1.1 and 1.2) reads it back as the same string,
 * else double-quoted. Plain starts with a letter: a leading digit can make a number (`407836e4`
 * is 4.07836 × 10⁹, `0x1f`, `1_000`), a date or a time, depending on the reader.
 */
function yamlScalar(value: string | boolean): string {
  if (typeof value === 'boolean') return String(value)
  return /^[A-Za-z][\w.-]*$/.test(value) && !/^(true|false|yes|no|y|n|on|off|null|nan|inf)$/i.test(value)
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
  if (block.format === 'toml') return tomlEdits(document, block, fields)
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

/**
 * The same for TOML front matter. A new key goes right after the opening fence: after a `[table]`
 * header it would belong to that table.
 */
function tomlEdits(
  document: SegmentedDocument,
  block: NonNullable<SegmentedDocument['frontMatter']>,
  fields: FrontMatterFields
): Edit[] {
  const edits: Edit[] = []
  let added = ''
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    const text = typeof value === 'boolean' ? String(value) : tomlBasicString(value)
    const existing = block.fields.get(name)
    if (existing) edits.push({start: existing.start, end: existing.end, text})
    else added += `${name} = ${text}${document.eol}`
  }
  if (added) {
    const afterFence = document.source.indexOf('\n', block.start) + 1
    edits.push({start: afterFence, end: afterFence, text: added})
  }
  return edits
}

/** A TOML basic string (`"…"`): JSON's escapes are TOML's, but for DEL, which TOML wants escaped too. */
function tomlBasicString(text: string): string {
  return JSON.stringify(text).replace(/\x7f/g, '\\u007F')
}

/** Control characters no TOML string holds as they are (a tab does; line breaks, in multi-line strings, are handled apart). */
const tomlControl = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/

/**
 * A translated TOML string in the style of the source's where that style can hold it: a literal
 * string (`'…'`, no escapes at all) when it has no `'` and no line break; a multi-line literal
 * (`'''…'''`) when it has no two `'` in a row and does not end with one; a multi-line basic
 * string (`"""…"""`) always, the line break after its opening quotes kept. Otherwise a basic
 * string with escapes.
 */
export function tomlValue(original: string, translation: string): string {
  const multiline = /^("""|''')(\r?\n)?/.exec(original)
  const eol = /\r\n/.test(original) ? '\r\n' : '\n'
  if (multiline) {
    const [, quotes, newline = ''] = multiline
    const lines = translation.split(/\r?\n/).join(eol)
    if (
      quotes === "'''" &&
      !translation.includes("''") &&
      !translation.endsWith("'") &&
      !tomlControl.test(translation) &&
      !/\r(?!\n)/.test(translation)
    )
      return `'''${newline}${lines}'''`
    // Escaped: backslashes, quotes that would close the string, control characters.
    const escaped = lines
      .replace(/\\/g, '\\\\')
      .replace(/"(?=")|"$/g, '\\"')
      .replace(/\r(?!\n)/g, '\\r')
      .replace(
        new RegExp(tomlControl.source, 'g'),
        (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
      )
    return `"""${newline || (escaped.startsWith(eol) ? eol : '')}${escaped}"""`
  }
  if (original.startsWith("'") && !/['\r\n]/.test(translation) && !tomlControl.test(translation))
    return `'${translation}'`
  return tomlBasicString(translation)
}

/** Values YAML reads as something other than a string when plain (booleans, nulls, numbers). */
const notAString =
  /^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i

/** Whether `text` reads back as the same string as a plain YAML scalar. */
function isPlainSafe(text: string): boolean {
  return (
    text !== '' &&
    text.trim() === text &&
    !/[\n\r\t]/.test(text) &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) &&
    !/: |:$| #/.test(text) &&
    !notAString.test(text)
  )
}

/**
 * A translated front-matter value in the scalar style of the source's, where that style can hold
 * it: a block scalar (`|`, `>`, `>-`, `|+`…) keeps its header, indentation and line ends; a quoted
 * one its quotes; a plain one stays plain when the text reads back the same. Otherwise the value
 * is double-quoted (JSON's escapes are a subset of YAML's).
 */
export function yamlValue(original: string, translation: string): string {
  const block = /^([|>][0-9+-]*)[ \t]*(#[^\n]*)?(\r?\n)/.exec(original)
  if (block) {
    const eol = block[3]!
    const content = original.slice(block[0].length)
    const indent = /^([ \t]+)\S/m.exec(content)?.[1] ?? '  '
    const tail = /(\r?\n)*$/.exec(content)![0]
    const lines = translation.replace(/\s+$/, '').split('\n')
    // A translation needs no more lines than it has; a folded block keeps it one paragraph.
    return `${block[1]}${block[2] ? ` ${block[2]}` : ''}${eol}${lines.map((line) => (line.trim() === '' ? '' : `${indent}${line}`)).join(eol)}${tail || eol}`
  }
  if (original.startsWith("'") && !/[\n\r]/.test(translation)) return `'${translation.replace(/'/g, "''")}'`
  if (!original.startsWith('"') && !original.startsWith("'") && isPlainSafe(translation)) return translation
  return JSON.stringify(translation)
}
