import {testCheck} from '../tester.js'
import {script} from '../../../src/check/rules/script.js'

const source = 'Salah satu perusahaan kecerdasan buatan paling terkenal di dunia mengumumkan pemecatan pendirinya.'

testCheck(script, {
  valid: [
    {
      name: 'a formula is no script',
      source: 'Misalkan $\\sin x + \\cos x = \\tan y$ dan $\\log a + \\exp b$.',
      translation: '设 $\\sin x + \\cos x = \\tan y$ 与 $\\log a + \\exp b$。',
      language: 'zh-Hans'
    },
    {source, translation: '全球最知名的人工智能公司之一宣布解雇其创始人。', language: 'zh-Hans'},
    {source, translation: '全球最知名的人工智慧公司之一宣布開除其創辦人，台灣媒體也紛紛報導。', language: 'zh-Hant'},
    {source, translation: '世界で最も有名なAI企業の一つが、創業者の解任を発表した。', language: 'ja'},
    {source, translation: 'أعلنت إحدى أشهر شركات الذكاء الاصطناعي في العالم إقالة مؤسسها.', language: 'ar'},
    {
      source,
      translation:
        'Одна из самых известных в мире компаний в области искусственного интеллекта объявила об увольнении своего основателя.',
      language: 'ru'
    },
    {
      source,
      translation:
        'Одна з найвідоміших у світі компаній у галузі штучного інтелекту оголосила про звільнення свого засновника.',
      language: 'uk'
    },
    {
      name: 'kept English title',
      source: 'Terlambat: "Altman\'s Road to Power"',
      translation: "LatePost: «Altman's Road to Power»",
      language: 'ru'
    }
  ],
  invalid: [
    {
      name: 'a Chinese sentence with a formula in Latin letters',
      source: 'Jika $\\alpha \\ne 0$ dan $\\beta \\ne 0$, maka hasilnya positif.',
      translation: '如果 $\\alpha \\ne 0$ and $\\beta \\ne 0$，結果就是正的。',
      language: 'zh-Hans',
      errors: [{messageId: 'traditional', data: {characters: '結 '.trim()}}]
    },
    {
      source,
      translation: '全球最知名的人工智慧公司之一宣佈解僱其創辦人。',
      language: 'zh-Hans',
      messageId: 'traditional'
    },
    {
      source,
      translation: '全球最知名的人工智能公司之一宣布解雇其创始人。',
      language: 'zh-Hant',
      messageId: 'simplified'
    },
    {source, translation: '世界最著名的人工智能公司之一宣布解雇其创始人。', language: 'ja', messageId: 'noKana'},
    {
      source,
      translation: 'One of the most famous artificial intelligence companies announced the firing of its founder.',
      language: 'ar',
      messageId: 'wrongScript'
    },
    {
      name: 'Russian in the Ukrainian catalog',
      source,
      translation:
        'Одна из самых известных в мире компаний в области искусственного интеллекта объявила об увольнении своего основателя.',
      language: 'uk',
      messageId: 'wrongLanguage'
    },
    {
      name: 'Spanish in the Portuguese catalog',
      source,
      translation:
        'Una de las empresas de inteligencia artificial más famosas del mundo anunció el despido de su fundador.',
      language: 'pt-BR',
      messageId: 'wrongLanguage'
    }
  ]
})
