import {testCheck} from '../tester.js'
import {markupSafety} from '../../../src/check/rules/markup-safety.js'

const source = 'Lihat Penafian untuk detailnya.'

testCheck(markupSafety, {
  valid: [
    {source, translation: 'See the Disclaimer for details.'},
    {
      name: 'source had a URL',
      source: 'Kunjungi https://gate.example untuk detailnya.',
      translation: 'Visit https://gate.example for details.'
    },
    {name: 'tags are not HTML', source: 'Baca <1>panduan</1>.', translation: 'Read the <1>guide</1>.'}
  ],
  invalid: [
    {
      source,
      translation: 'See the <a href="https://evil.example">Disclaimer</a> for details.',
      errors: [
        {messageId: 'added', data: {construct: 'raw HTML'}},
        {messageId: 'added', data: {construct: 'a URL'}}
      ]
    },
    {
      source,
      translation: 'See the Disclaimer <img src=x onerror=alert(1)> for details.',
      errors: [
        {messageId: 'added', data: {construct: 'raw HTML'}},
        {messageId: 'added', data: {construct: 'a script or event handler'}}
      ]
    },
    {
      source,
      translation: 'See the [Disclaimer](javascript:alert(1)) for details.',
      errors: [
        {messageId: 'added', data: {construct: 'a script or event handler'}},
        {messageId: 'added', data: {construct: 'a markdown link or image'}}
      ]
    },
    {
      source,
      translation: 'See www.evil.example for details.',
      errors: [{messageId: 'added', data: {construct: 'a URL'}}]
    }
  ]
})
