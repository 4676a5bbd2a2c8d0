import {testCheck} from '../tester.js'
import {tags} from '../../../src/check/rules/tags.js'

const source = 'Baca <1>panduan instalasi</1> lalu jalankan <2/> di <3>terminal <4>Anda</4></3>.'

testCheck(tags, {
  valid: [
    {source, translation: 'Read the <1>installation guide</1>, then run <2/> in <3>your <4>terminal</4></3>.'},
    {
      name: 'tags moved',
      source,
      translation: 'In <3><4>your</4> terminal</3>, run <2/> after reading the <1>installation guide</1>.'
    },
    {name: 'no tags', source: 'Komunitas', translation: 'Community'}
  ],
  invalid: [
    {
      source,
      translation: 'Read the installation guide, then run <2/> in <3>your <4>terminal</4></3>.',
      messageId: 'missingTag'
    },
    {
      source,
      translation: 'Read the <1>guide</1>, run <2/> <2/> in <3>your <4>terminal</4></3>.',
      messageId: 'duplicate'
    },
    {source, translation: 'Read the <1>guide</1>, run <2/> in <3>your <4>terminal</3></4>.', messageId: 'syntax'},
    {
      source,
      translation: 'Read the <1>guide</1>, run <2/> in <3>your <4>terminal</4></3> <5/>.',
      messageId: 'extraTag'
    },
    {source, translation: 'Read the <1>guide</1>, run <2>it</2> in <3>your <4>terminal</4></3>.', messageId: 'kind'}
  ]
})
