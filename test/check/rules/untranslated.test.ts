import {testCheck} from '../tester.js'
import {untranslated} from '../../../src/check/rules/untranslated.js'

testCheck(untranslated, {
  valid: [
    {source: 'Komunitas', translation: 'Community'},
    {name: 'no letters', source: '0/400', translation: '0/400'},
    {name: 'section number', source: '01', translation: '01'},
    {name: 'allowlisted', source: 'qrCode', translation: 'qrCode', settings: {untranslated: new Set(['qrCode'])}},
    {
      name: 'only do-not-translate terms',
      source: 'OpenAI',
      translation: 'OpenAI',
      settings: {glossary: {terms: {}, doNotTranslate: ['OpenAI']}}
    },
    {name: 'same language', source: 'Komunitas', translation: 'Komunitas', language: 'ms-MY', sourceLanguage: 'ms'},
    // Correct translations identical to the English, between languages of one script.
    {name: 'French Sites', source: 'Sites', translation: 'Sites', language: 'fr', sourceLanguage: 'en'},
    {
      name: 'French Installation',
      source: 'Installation',
      translation: 'Installation',
      language: 'fr',
      sourceLanguage: 'en'
    },
    {name: 'German Plan', source: 'Plan', translation: 'Plan', language: 'de', sourceLanguage: 'en'},
    {name: 'German Team', source: 'Team', translation: 'Team', language: 'de', sourceLanguage: 'en'},
    {name: 'German Enterprise', source: 'Enterprise', translation: 'Enterprise', language: 'de', sourceLanguage: 'en'},
    {
      name: 'a tool the project runs in its code (`yarn add`)',
      source: 'Yarn',
      translation: 'Yarn',
      language: 'ja',
      sourceLanguage: 'en',
      settings: {codeWords: new Set(['yarn', 'add'])}
    },
    {name: 'a formula', source: '$E = mc^2$', translation: '$E = mc^2$', language: 'ja', sourceLanguage: 'en'},
    {
      name: 'Spanish two-word label',
      source: 'Hadiah Gate',
      translation: 'Hadiah Gate',
      language: 'es',
      settings: {glossary: {terms: {}, doNotTranslate: ['Gate']}}
    }
  ],
  invalid: [
    {source: 'Tidak ada komentar', translation: 'Tidak ada komentar', messageId: 'identical'},
    {
      source: 'Pindai untuk mengunduh aplikasi Gate',
      translation: 'Pindai untuk mengunduh aplikasi Gate',
      language: 'ja',
      messageId: 'identical'
    },
    {
      name: 'one word, another script',
      source: 'Plan',
      translation: 'Plan',
      language: 'ja',
      sourceLanguage: 'en',
      messageId: 'identical',
      message:
        'identical to the source text; if it is right as it is, add the source text to `untranslated` in md-l10n.config.json'
    },
    {
      name: 'one word, another script, not in the code',
      source: 'Plan',
      translation: 'Plan',
      language: 'ja',
      sourceLanguage: 'en',
      settings: {codeWords: new Set(['yarn', 'add'])},
      messageId: 'identical'
    },
    {
      name: 'a sentence left in English',
      source: 'Scan to download the app',
      translation: 'Scan to download the app',
      language: 'de',
      sourceLanguage: 'en',
      messageId: 'identical'
    }
  ]
})
