import {testCheck} from '../tester.js'
import {plurals} from '../../../src/check/rules/plurals.js'

const entry = (key: string, translation = 'x') => ({key, translation})

testCheck(plurals, {
  valid: [
    {
      name: 'ru one/few/many/other',
      language: 'ru',
      entries: ['one', 'few', 'many', 'other'].map((category) => entry(`signers_${category}`))
    },
    {
      name: 'ar six forms',
      language: 'ar',
      entries: ['zero', 'one', 'two', 'few', 'many', 'other'].map((category) => entry(`signers_${category}`))
    },
    {name: 'ja other only', language: 'ja', entries: [entry('signers_other')]},
    {
      name: 'en ordinals',
      language: 'en',
      entries: ['one', 'two', 'few', 'other'].map((category) => entry(`place_ordinal_${category}`))
    },
    {name: 'no plural keys', language: 'uk', entries: [entry('p-1234abcd')]}
  ],
  invalid: [
    {
      name: 'uk lacks few and many',
      language: 'uk',
      entries: [entry('signers_one'), entry('signers_other')],
      errors: [
        {messageId: 'missingForm', data: {family: 'signers', category: 'few', language: 'uk'}},
        {messageId: 'missingForm', data: {family: 'signers', category: 'many', language: 'uk'}}
      ]
    },
    {
      name: 'ar lacks zero',
      language: 'ar',
      entries: ['one', 'two', 'few', 'many', 'other'].map((category) => entry(`signers_${category}`)),
      messageId: 'missingForm'
    },
    {
      name: 'zh-Hans has a one form',
      language: 'zh-Hans',
      entries: [entry('signers_one'), entry('signers_other')],
      messageId: 'extraForm'
    },
    {
      name: 'vi has a one form',
      language: 'vi',
      entries: [entry('signers_one'), entry('signers_other')],
      messageId: 'extraForm'
    }
  ]
})
