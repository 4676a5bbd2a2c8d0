import {translated, type Check, type Report} from '../types.js'
import {stripTags} from '../../segment/tags.js'

/** Sentence-final punctuation by class, with each script's equivalents. */
const finalClasses: Record<string, string> = {
  '.': '.',
  '。': '.',
  '．': '.',
  '।': '.',
  '۔': '.',
  '?': '?',
  '？': '?',
  '؟': '?',
  '!': '!',
  '！': '!',
  ':': ':',
  '：': ':',
  '…': '…'
}

/** Closing quotes, brackets and debris that may follow the final mark in any language. */
const trailing = /[\s"'”’»›」』）)\]】〉》*_~]+$/u

function finalClass(text: string): string {
  const plain = stripTags(text).trimEnd()
  const trimmed = plain.replace(trailing, '')
  // A closing quotation ends a sentence in its own right (「…」 at a paragraph's end in Japanese).
  if (trimmed !== plain && /[”»」』"]/u.test(plain.slice(trimmed.length)) && !finalClasses[trimmed.at(-1) ?? ''])
    return 'quote'
  if (trimmed.endsWith('...')) return '…'
  return finalClasses[trimmed.at(-1) ?? ''] ?? 'none'
}

/** Final punctuation, doubled spaces and stray whitespace. */
export const punctuation: Check = {
  meta: {
    id: 'punctuation',
    severity: 'warning',
    description:
      'The translation ends like its source (statement, question, exclamation, colon, ellipsis) and has no doubled spaces or stray leading or trailing whitespace.',
    docs: "Final marks are compared by class with each locale's equivalents: `.` = `。`, `?` = `？` = `؟`, `!` = `！`, `:` = `：`; closing quotes and brackets (`”`, `»`, `」`, `）`) after the mark are ignored. A question translated as a statement, or a heading that gains a full stop, is reported.",
    appliesTo: translated,
    judgesLanguage: true,
    messages: {
      finalMark: 'ends with {{found}} where the source ends with {{expected}}',
      doubledSpace: 'has doubled spaces',
      outerWhitespace: 'starts or ends with whitespace'
    }
  },
  scope: 'entry',
  check({entry}) {
    const reports: Report[] = []
    const expected = finalClass(entry.source)
    const found = finalClass(entry.translation)
    const names: Record<string, string> = {
      quote: 'a closing quotation mark',
      '.': 'a full stop',
      '?': 'a question mark',
      '!': 'an exclamation mark',
      ':': 'a colon',
      '…': 'an ellipsis',
      none: 'no final mark'
    }
    const compatible =
      expected === found ||
      (found === 'quote' && (expected === '.' || expected === 'none')) ||
      (expected === 'quote' && (found === '.' || found === 'none'))
    if (!compatible) reports.push({messageId: 'finalMark', data: {found: names[found]!, expected: names[expected]!}})
    if (/\S {2,}\S/.test(entry.translation) && !/\S {2,}\S/.test(entry.source))
      reports.push({messageId: 'doubledSpace'})
    if (entry.translation !== entry.translation.trim()) reports.push({messageId: 'outerWhitespace'})
    return reports
  }
}
