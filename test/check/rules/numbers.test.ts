import {testCheck} from '../tester.js'
import {numbers} from '../../../src/check/rules/numbers.js'

const investment = 'salah satunya adalah bahwa Microsoft menginvestasikan $ 10 miliar lagi di OpenAI pada awal tahun'
const signatures = 'lebih dari 710 dari 770 karyawan OpenAI menandatangani surat kepada dewan direksi perusahaan'

testCheck(numbers, {
  valid: [
    {
      source: investment,
      translation: 'one is that Microsoft invested another $10 billion in OpenAI at the start of the year',
      language: 'en'
    },
    {source: investment, translation: '其一是微软在年初又向 OpenAI 投资了 100 亿美元', language: 'zh-Hans'},
    {
      source: investment,
      translation: 'その一つは、マイクロソフトが年初にOpenAIへさらに100億ドルを投資したことだ',
      language: 'ja'
    },
    {
      source: investment,
      translation: 'во-первых, в начале года Microsoft вложила в OpenAI ещё 10 млрд долларов',
      language: 'ru'
    },
    {
      source: investment,
      translation: 'a Microsoft investiu mais 10 mil milhões de dólares na OpenAI no início do ano',
      language: 'pt-PT'
    },
    {
      source: investment,
      translation: 'Microsoft invirtió otros 10 000 millones de dólares en OpenAI a principios de año',
      language: 'es'
    },
    {
      source: investment,
      translation: 'استثمرت مايكروسوفت ١٠ مليارات دولار إضافية في OpenAI في بداية العام',
      language: 'ar'
    },
    {source: signatures, translation: 'plus de 710 des 770 salariés d’OpenAI ont signé une lettre', language: 'fr-002'},
    {source: 'pada tahun 2019, OpenAI mengumumkan', translation: '2019 年，OpenAI 宣布', language: 'zh-Hans'},
    {
      source: 'untuk menginvestasikan $ 1 miliar di OpenAI',
      translation: 'a investir mil milhões de dólares na OpenAI',
      language: 'pt-PT'
    }
  ],
  invalid: [
    {
      source: investment,
      translation: 'Microsoft invested another $1 billion in OpenAI at the start of the year',
      language: 'en',
      messageId: 'missingNumber'
    },
    {
      source: investment,
      translation: '微软在年初又向 OpenAI 投资了 10 亿美元',
      language: 'zh-Hans',
      messageId: 'missingNumber'
    },
    {
      source: signatures,
      translation: 'более 700 из 770 сотрудников OpenAI подписали письмо',
      language: 'ru',
      messageId: 'missingNumber'
    },
    {
      source: 'pada tahun 2019, OpenAI mengumumkan',
      translation: 'in 2018, OpenAI announced',
      language: 'en',
      messageId: 'missingNumber'
    }
  ]
})
