import {testCheck} from '../tester.js'
import {untranslated} from '../../../src/check/rules/untranslated.js'

testCheck(untranslated, {
  valid: [
    {source: 'Komunitas', translation: 'Community'},
    {name: 'no letters', source: '0/400', translation: '0/400'},
    {name: 'section number', source: '01', translation: '01'},
    {name: 'allowlisted', source: 'qrCode', translation: 'qrCode', settings: {untranslated: new Set(['qrCode'])}},
    {name: 'only do-not-translate terms', source: 'OpenAI', translation: 'OpenAI', settings: {glossary: {terms: {}, doNotTranslate: ['OpenAI']}}},
    {name: 'same language', source: 'Komunitas', translation: 'Komunitas', language: 'ms-MY', sourceLanguage: 'ms'}
  ],
  invalid: [
    {source: 'Tidak ada komentar', translation: 'Tidak ada komentar', messageId: 'identical'},
    {source: 'Pindai untuk mengunduh aplikasi Gate', translation: 'Pindai untuk mengunduh aplikasi Gate', language: 'ja', messageId: 'identical'}
  ]
})
