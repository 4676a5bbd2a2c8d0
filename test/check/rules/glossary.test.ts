import {testCheck} from '../tester.js'
import {glossary} from '../../../src/check/rules/glossary.js'

const settings = {
  glossary: {
    doNotTranslate: ['OpenAI', 'Microsoft'],
    terms: {
      'Sam Altman': {ru: 'Сэм Альтман', ja: 'サム・アルトマン'},
      Altman: {ru: 'Альтман'},
      Microsoft: {ja: ['マイクロソフト', 'Microsoft']}
    }
  }
}
const source =
  'Menurut informasi, Ilya Sutskever telah mengumumkan bahwa Sam Altman tidak akan kembali ke perusahaan OpenAI.'

testCheck(glossary, {
  valid: [
    {
      source,
      translation: 'По имеющимся данным, Илья Суцкевер объявил, что Сэм Альтман не вернётся в OpenAI.',
      language: 'ru',
      settings
    },
    {
      name: 'inflected',
      source: 'Posisi Altman dipulihkan oleh OpenAI.',
      translation: 'OpenAI восстановила Альтмана в должности.',
      language: 'ru',
      settings
    },
    {
      source,
      translation: '報道によると、イリヤ・サツキバーは、サム・アルトマンがOpenAIに戻らないと発表した。',
      language: 'ja',
      settings
    },
    {
      name: 'accepted alternative',
      source: 'CEO Microsoft Satya Nadella',
      translation: 'マイクロソフトのCEOサティア・ナデラ',
      language: 'ja',
      settings
    },
    {
      name: 'kept title',
      source: 'Terlambat: "Altman\'s Road to Power"',
      translation: "LatePost: «Altman's Road to Power»",
      language: 'ru',
      settings
    }
  ],
  invalid: [
    {
      source,
      translation: 'По имеющимся данным, Илья Суцкевер объявил, что Сэм Олтман не вернётся в OpenAI.',
      language: 'ru',
      settings,
      messageId: 'term'
    },
    {
      source,
      translation: 'Selon nos informations, Ilya Sutskever a annoncé que Sam Altman ne reviendrait pas chez Open AI.',
      language: 'fr-002',
      settings,
      messageId: 'keep'
    }
  ]
})
