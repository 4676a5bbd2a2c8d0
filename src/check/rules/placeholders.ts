import {translated, type Check, type Report} from '../types.js'

/** i18next interpolations, unescaped interpolations, nesting and formatters. */
const placeholderPattern = /\{\{-?\s*[^}]+?\s*\}\}|\$t\([^)]*\)/g

function placeholdersOf(text: string): string[] {
  return (text.match(placeholderPattern) ?? []).map((placeholder) => placeholder.replace(/\s+/g, '')).sort()
}

/** i18next placeholders survive translation. */
export const placeholders: Check = {
  meta: {
    id: 'placeholders',
    severity: 'error',
    description:
      'The translation keeps the i18next interpolations (`{{name}}`, `{{value, number}}`), unescaped interpolations (`{{- html}}`) and nesting (`$t(key)`) of its source.',
    docs: 'Placeholders are filled in at run time by i18next; a renamed, dropped or added one shows the reader raw braces or loses a value. Order may change; whitespace inside the braces does not matter.',
    appliesTo: translated,
    messages: {
      missingPlaceholder: 'placeholder `{{placeholder}}` of the source is missing',
      extraPlaceholder: 'placeholder `{{placeholder}}` is not in the source'
    }
  },
  scope: 'entry',
  check({entry}) {
    const expected = placeholdersOf(entry.source)
    const found = placeholdersOf(entry.translation)
    const reports: Report[] = []
    const remaining = [...found]
    for (const placeholder of expected) {
      const index = remaining.indexOf(placeholder)
      if (index === -1) reports.push({messageId: 'missingPlaceholder', data: {placeholder}})
      else remaining.splice(index, 1)
    }
    for (const placeholder of remaining) reports.push({messageId: 'extraPlaceholder', data: {placeholder}})
    return reports
  }
}
