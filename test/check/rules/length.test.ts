import {testCheck} from '../tester.js'
import {length} from '../../../src/check/rules/length.js'

const source = 'Kantor pusat OpenAI di San Francisco, dengan kekacauan ini, tampaknya menjadi krisis yang lebih besar.'

testCheck(length, {
  valid: [
    {
      source,
      translation: 'OpenAI’s San Francisco headquarters, amid this chaos, seems to be facing an even bigger crisis.'
    },
    {source, translation: 'OpenAI 位于旧金山的总部在这场混乱中似乎陷入了更大的危机。', language: 'zh-Hans'},
    {name: 'short source is not judged', source: 'Komunitas', translation: 'Community of the people who trade'}
  ],
  invalid: [
    {name: 'truncated', source, translation: 'OpenAI HQ.', messageId: 'ratio'},
    {
      name: 'padded',
      source: 'Komentar dan diskusi dari pembaca',
      translation:
        'Comments and discussions from readers, plus a long explanation that the source never contained at all, repeated again and again for no reason',
      messageId: 'ratio'
    }
  ]
})
