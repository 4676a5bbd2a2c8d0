import {translated, type Check} from '../types.js'
import {extractNumbers, missingNumbers, translationNumbers} from '../util/numbers.js'
import {plainText} from '../util/text.js'

/** Every number of the source, magnitude-aware, in the translation. */
export const numbers: Check = {
  meta: {
    id: 'numbers',
    severity: 'error',
    description:
      'Every number of the source (counts, years, percentages, amounts) appears in the translation with the same value.',
    docs: 'Numbers are read as values in each language: digit shapes, grouping and decimal separators come from `Intl.NumberFormat`, and magnitude words from CLDR compact notation, so `$ 10 miliar` = `$10 billion` = `100 亿美元` = `100億ドル` = `10 млрд долларов` = `10 mil milhões`. Each source number needs its own match; extra numbers in the translation are not reported.',
    appliesTo: translated,
    judgesLanguage: true,
    messages: {missingNumber: 'the number `{{number}}` ({{value}}) of the source is not in the translation'}
  },
  scope: 'entry',
  check({entry, language, sourceLanguage}) {
    const missing = missingNumbers(
      extractNumbers(plainText(entry.source), sourceLanguage),
      translationNumbers(plainText(entry.translation), language, sourceLanguage)
    )
    const format = new Intl.NumberFormat('en')
    return missing.map(({text, value}) => ({
      messageId: 'missingNumber',
      data: {number: text, value: format.format(value)}
    }))
  }
}
