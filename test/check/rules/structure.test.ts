import {testCheck} from '../tester.js'
import {structure} from '../../../src/check/rules/structure.js'

const html = '<details>\n<summary>Kenapa <b>pnpm</b>?</summary>\n\n<img src="a.png" alt="Logo pnpm">\n</details>\n'
const source = '# Judul\n\n- satu [tautan](https://a.example)\n- dua\n\n```js\nkode()\n```\n'

testCheck(structure, {
  valid: [
    {name: 'translated text', document: {source, localized: '# Title\n\n- one [link](https://a.example)\n- two\n\n```js\nkode()\n```\n'}},
    {name: 'text and prose attributes of HTML translated', document: {source: html, localized: '<details>\n<summary>Why <b>pnpm</b>?</summary>\n\n<img src="a.png" alt="pnpm &amp; logo">\n</details>\n'}},
    {name: 'front matter ignored', document: {source: `---\ntitle: a\n---\n${source}`, localized: `---\ntitle: b\nlang: en\n---\n${source}`}}
  ],
  invalid: [
    {name: 'list became paragraph', document: {source, localized: '# Title\n\none [link](https://a.example) two\n\n```js\nkode()\n```\n'}, messageId: 'differs'},
    {name: 'link target changed', document: {source, localized: '# Title\n\n- one [link](https://b.example)\n- two\n\n```js\nkode()\n```\n'}, messageId: 'differs'},
    {name: 'HTML element dropped', document: {source: html, localized: '<details>\n<summary>Why pnpm?</summary>\n\n<img src="a.png" alt="Logo">\n</details>\n'}, messageId: 'differs'},
    {name: 'HTML image source changed', document: {source: html, localized: '<details>\n<summary>Why <b>pnpm</b>?</summary>\n\n<img src="b.png" alt="Logo">\n</details>\n'}, messageId: 'differs'},
    {name: 'HTML element added', document: {source: html, localized: '<details>\n<summary>Why <b>pnpm</b>?<script>x()</script></summary>\n\n<img src="a.png" alt="Logo">\n</details>\n'}, messageId: 'differs'},
    {name: 'code changed', document: {source, localized: '# Title\n\n- one [link](https://a.example)\n- two\n\n```js\ncode()\n```\n'}, messageId: 'differs'}
  ]
})
