import {testCheck} from '../tester.js'
import {sourceLeftBehind} from '../../../src/check/rules/source-left-behind.js'

const source =
  'Orang-orang mengira sepatu bot itu akan jatuh ke tanah, tetapi mereka tidak menyangka pertarungan akan berlanjut.'

testCheck(sourceLeftBehind, {
  valid: [
    {source, translation: 'People thought the other shoe had finally dropped, but no one expected the fight to go on.'},
    {
      source,
      translation:
        'Tout le monde pensait que les jeux étaient faits, mais personne ne s’attendait à ce que la bataille continue.',
      language: 'fr-002'
    },
    {
      name: 'a kept proper name',
      source: 'Menurut sebuah laporan oleh China Entrepreneur Magazine, investor telah memperoleh saham.',
      translation: 'According to a report by China Entrepreneur Magazine, investors have acquired shares.'
    }
  ],
  invalid: [
    {
      name: 'second sentence left in Indonesian',
      source: `${source} Saat ini, dewan direksi OpenAI berada dalam situasi yang lebih kacau.`,
      translation:
        'People thought the other shoe had finally dropped, but no one expected the fight to go on. Saat ini, dewan direksi OpenAI berada dalam situasi yang lebih kacau.',
      messageId: 'sourceSentence'
    },
    {
      name: 'copied run inside a translated sentence',
      source,
      translation: 'Люди думали, что orang-orang mengira sepatu bot itu akan jatuh ke tanah, но бой продолжился.',
      language: 'ru',
      messageId: 'copiedWords'
    }
  ]
})
