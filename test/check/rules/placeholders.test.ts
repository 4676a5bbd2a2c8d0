import {testCheck} from '../tester.js'
import {placeholders} from '../../../src/check/rules/placeholders.js'

testCheck(placeholders, {
  valid: [
    {source: 'Lebih dari {{count}} dari {{total}} karyawan', translation: 'More than {{count}} of {{total}} employees'},
    {
      name: 'reordered, spaced',
      source: 'Dari {{total}} karyawan, {{count}} menandatangani',
      translation: '{{ count }} of the {{total}} employees signed'
    },
    {source: 'Nilai: {{value, number}} — $t(common:unit)', translation: 'Value: {{value, number}} — $t(common:unit)'}
  ],
  invalid: [
    {
      source: 'Lebih dari {{count}} karyawan',
      translation: 'More than {{anzahl}} employees',
      errors: [
        {messageId: 'missingPlaceholder', data: {placeholder: '{{count}}'}},
        {messageId: 'extraPlaceholder', data: {placeholder: '{{anzahl}}'}}
      ]
    },
    {
      source: 'Lebih dari {{count}} karyawan',
      translation: 'More than {{count}} employees at {{company}}',
      messageId: 'extraPlaceholder'
    },
    {source: 'Lihat $t(footer:disclaimer)', translation: 'See the disclaimer', messageId: 'missingPlaceholder'},
    {
      source: 'Nilai: {{value, number}}',
      translation: 'Value: {{value}}',
      errors: [
        {messageId: 'missingPlaceholder', data: {placeholder: '{{value,number}}'}},
        {messageId: 'extraPlaceholder', data: {placeholder: '{{value}}'}}
      ]
    }
  ]
})
