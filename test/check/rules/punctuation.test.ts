import {testCheck} from '../tester.js'
import {punctuation} from '../../../src/check/rules/punctuation.js'

const question = 'Tetapi yang lebih penting, pelajaran apa yang bisa kita ambil dari kejadian ini?'

testCheck(punctuation, {
  valid: [
    {source: question, translation: 'But more importantly, what lessons can we draw from this?'},
    {source: question, translation: '但更重要的是，我们能从这件事中汲取哪些教训？', language: 'zh-Hans'},
    {source: question, translation: 'لكن الأهم من ذلك، ما الدروس التي يمكن أن نستخلصها؟', language: 'ar'},
    {name: 'heading without a mark', source: 'Proposisi yang Sulit', translation: 'A Hard Proposition'},
    {
      name: 'quotation closes the paragraph',
      source: '"Tidak ada seorang pun yang lebih baik selain Sam. "**',
      translation: '「サム以上にうまくやれる人はいない」',
      language: 'ja'
    },
    {source: 'Sumber daya:', translation: '参考資料：', language: 'ja'}
  ],
  invalid: [
    {source: question, translation: 'But more importantly, this is what we learn.', messageId: 'finalMark'},
    {source: 'Proposisi yang Sulit', translation: 'A Hard Proposition.', messageId: 'finalMark'},
    {source: 'Komunitas', translation: 'The  community', messageId: 'doubledSpace'},
    {source: 'Komunitas', translation: ' Community', messageId: 'outerWhitespace'}
  ]
})
