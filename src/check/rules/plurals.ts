import type {Check, Report} from '../types.js'

const suffixPattern = /^(.+?)(_ordinal)?_(zero|one|two|few|many|other)$/

/** Plural key families with exactly the forms CLDR requires. */
export const plurals: Check = {
  meta: {
    id: 'plurals',
    severity: 'error',
    description:
      'Every plural key family (`key_one`, `key_other`, …) has exactly the forms CLDR requires for the language.',
    docs: 'i18next picks `key_<category>` with `Intl.PluralRules`. The required categories come from `Intl.PluralRules(language).resolvedOptions().pluralCategories` (ordinal families, `key_ordinal_<category>`, from the ordinal rules): Arabic needs zero, one, two, few, many and other; Russian and Ukrainian one, few, many and other; Japanese, Chinese, Vietnamese and Indonesian other only. A missing form shows the wrong text; an extra one is dead.',
    messages: {
      missingForm: 'plural family `{{family}}` lacks the `{{category}}` form that {{language}} needs',
      extraForm: 'plural family `{{family}}` has a `{{category}}` form that {{language}} does not use'
    }
  },
  scope: 'catalog',
  check({entries, language}) {
    const families = new Map<string, {ordinal: boolean; categories: Map<string, string>}>()
    for (const entry of entries) {
      if (entry.status === 'obsolete' || entry.translation === '') continue
      const match = suffixPattern.exec(entry.key)
      if (!match) continue
      const family = `${match[1]}${match[2] ?? ''}`
      const record = families.get(family) ?? {ordinal: Boolean(match[2]), categories: new Map()}
      record.categories.set(match[3]!, entry.key)
      families.set(family, record)
    }
    const reports: Array<Report & {key: string}> = []
    for (const [family, {ordinal, categories}] of families) {
      const required = new Intl.PluralRules(language, {type: ordinal ? 'ordinal' : 'cardinal'}).resolvedOptions()
        .pluralCategories as string[]
      const firstKey = [...categories.values()][0]!
      for (const category of required) {
        if (!categories.has(category))
          reports.push({key: firstKey, messageId: 'missingForm', data: {family, category, language}})
      }
      for (const [category, key] of categories) {
        if (!required.includes(category))
          reports.push({key, messageId: 'extraForm', data: {family, category, language}})
      }
    }
    return reports
  }
}
