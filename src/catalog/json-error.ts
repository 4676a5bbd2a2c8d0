/**
 * catalog/json-error: where a JSON text is broken and what a person would call it. JSON.parse's
 * messages differ between engines and give an offset at best; jsonc-parser finds the first error
 * with its offset and a code, turned here into a sentence with the line and column.
 */
import {parseTree, type ParseError} from 'jsonc-parser'

const explanations: Record<number, string> = {
  1: 'invalid symbol',
  2: 'invalid number',
  3: 'expected a property name in double quotes (a trailing comma before `}`?)',
  4: 'expected a value',
  5: 'expected `:` after the property name',
  6: 'expected `,` or `}` after the value (an unescaped `"` inside a string?)',
  7: 'expected `,` or `]` after the value',
  8: 'unexpected end of file (a missing `}` or `"`?)',
  9: 'expected a JSON object or array',
  10: 'comments are not allowed in JSON',
  11: 'unexpected end of a comment',
  12: 'unexpected end of a string (a missing `"`?)',
  13: 'unexpected end of a number',
  14: 'invalid unicode escape',
  15: 'invalid escape character (write `\\\\` for a backslash)',
  16: 'invalid character in a string (a raw line break or tab? write `\\n` or `\\t`)'
}

export interface JsonErrorLocation {
  message: string
  line: number
  column: number
  offset: number
}

/** Line (1-based) and column (1-based, in UTF-16 units) of an offset. */
export function position(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1}
}

/** The first syntax error of a JSON text that does not parse, explained (`comments`: JSON with comments, as the config may be). */
export function explainJsonError(text: string, comments = false): JsonErrorLocation {
  const errors: ParseError[] = []
  parseTree(text, errors, {allowTrailingComma: comments, disallowComments: !comments})
  const first = errors[0]
  const offset = first?.offset ?? 0
  const where = position(text, offset)
  return {
    message: `malformed JSON: ${first ? (explanations[first.error] ?? 'syntax error') : 'syntax error'}`,
    ...where,
    offset
  }
}

/** Deeper than this, a project's JSON file is refused: catalogs are flat, a config nests a few levels. */
export const maxJsonDepth = 100

/**
 * Where a JSON text nests deeper than `limit` arrays and objects, or `undefined`. Checked before
 * a parser that recurses (jsonc-parser, the checks of a value) sees the text: a hundred thousand
 * `[` are a valid JSON text that overflows the stack of every recursive reader.
 */
export function tooDeep(
  text: string,
  limit = maxJsonDepth
): {line: number; column: number; message: string} | undefined {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === 0x5c) index++
      else if (code === 0x22) inString = false
    } else if (code === 0x22) inString = true
    else if (code === 0x5b || code === 0x7b) {
      if (++depth > limit)
        return {
          ...position(text, index),
          message: `JSON nested deeper than ${limit} levels (md-l10n's files nest a few)`
        }
    } else if (code === 0x5d || code === 0x7d) depth--
  }
  return undefined
}
