import {testCheck} from '../tester.js'
import {structure} from '../../../src/check/rules/structure.js'

const html = '<details>\n<summary>Kenapa <b>pnpm</b>?</summary>\n\n<img src="a.png" alt="Logo pnpm">\n</details>\n'
const source = '# Judul\n\n- satu [tautan](https://a.example)\n- dua\n\n```js\nkode()\n```\n'

testCheck(structure, {
  valid: [
    {
      name: 'translated text',
      document: {source, localized: '# Title\n\n- one [link](https://a.example)\n- two\n\n```js\nkode()\n```\n'}
    },
    {
      name: 'text and prose attributes of HTML translated',
      document: {
        source: html,
        localized:
          '<details>\n<summary>Why <b>pnpm</b>?</summary>\n\n<img src="a.png" alt="pnpm &amp; logo">\n</details>\n'
      }
    },
    {
      name: 'front matter ignored',
      document: {source: `---\ntitle: a\n---\n${source}`, localized: `---\ntitle: b\nlang: en\n---\n${source}`}
    }
  ],
  invalid: [
    {
      name: 'list became paragraph',
      document: {source, localized: '# Title\n\none [link](https://a.example) two\n\n```js\nkode()\n```\n'},
      messageId: 'differs'
    },
    {
      name: 'link target changed',
      document: {source, localized: '# Title\n\n- one [link](https://b.example)\n- two\n\n```js\nkode()\n```\n'},
      messageId: 'differs'
    },
    {
      name: 'HTML element dropped',
      document: {
        source: html,
        localized: '<details>\n<summary>Why pnpm?</summary>\n\n<img src="a.png" alt="Logo">\n</details>\n'
      },
      messageId: 'differs'
    },
    {
      name: 'HTML image source changed',
      document: {
        source: html,
        localized: '<details>\n<summary>Why <b>pnpm</b>?</summary>\n\n<img src="b.png" alt="Logo">\n</details>\n'
      },
      messageId: 'differs'
    },
    {
      name: 'HTML element added',
      document: {
        source: html,
        localized:
          '<details>\n<summary>Why <b>pnpm</b>?<script>x()</script></summary>\n\n<img src="a.png" alt="Logo">\n</details>\n'
      },
      messageId: 'differs'
    },
    {
      name: 'code changed',
      document: {source, localized: '# Title\n\n- one [link](https://a.example)\n- two\n\n```js\ncode()\n```\n'},
      messageId: 'differs'
    }
  ]
})

const sentence = 'Jalankan `pnpm i`, lalu baca [panduan](/guide) dan **catatan**.\n'
testCheck(structure, {
  valid: [
    {
      name: 'inline code and a link reordered within the sentence (Japanese word order)',
      document: {source: sentence, localized: '**注記**と[ガイド](/guide)を読む前に、`pnpm i`を実行します。\n'}
    }
  ],
  invalid: [
    {
      name: 'reordered, and the inline code changed',
      document: {source: sentence, localized: '[ガイド](/guide)と**注記**を読む前に、`pnpm install`を実行します。\n'},
      errors: [
        {messageId: 'differs', data: {difference: 'root/0 (paragraph): inlineCode {"value":"pnpm i"} is missing'}}
      ]
    },
    {
      name: 'reordered, and the link dropped',
      document: {source: sentence, localized: '**注記**とガイドを読む前に、`pnpm i`を実行します。\n'},
      errors: [{messageId: 'differs', data: {difference: 'root/0 (paragraph): link {"url":"/guide"} is missing'}}]
    }
  ]
})
