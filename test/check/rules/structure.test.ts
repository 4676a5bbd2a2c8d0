import {testCheck} from '../tester.js'
import {structure} from '../../../src/check/rules/structure.js'

const source = '# Judul\n\n- satu [tautan](https://a.example)\n- dua\n\n```js\nkode()\n```\n'

testCheck(structure, {
  valid: [
    {name: 'translated text', document: {source, localized: '# Title\n\n- one [link](https://a.example)\n- two\n\n```js\nkode()\n```\n'}},
    {name: 'front matter ignored', document: {source: `---\ntitle: a\n---\n${source}`, localized: `---\ntitle: b\nlang: en\n---\n${source}`}}
  ],
  invalid: [
    {name: 'list became paragraph', document: {source, localized: '# Title\n\none [link](https://a.example) two\n\n```js\nkode()\n```\n'}, messageId: 'differs'},
    {name: 'link target changed', document: {source, localized: '# Title\n\n- one [link](https://b.example)\n- two\n\n```js\nkode()\n```\n'}, messageId: 'differs'},
    {name: 'code changed', document: {source, localized: '# Title\n\n- one [link](https://a.example)\n- two\n\n```js\ncode()\n```\n'}, messageId: 'differs'}
  ]
})
