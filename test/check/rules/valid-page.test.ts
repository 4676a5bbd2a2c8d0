import {testCheck} from '../tester.js'
import {validPage} from '../../../src/check/rules/valid-page.js'
import {dialectParser} from '../../../src/dialects/index.js'

const mdx = dialectParser('docusaurus', {mdx: true})
const source = '---\ntitle: Halo\n---\n\n# Judul\n\nPakai <Tabs>komponen</Tabs> ini.\n'

testCheck(validPage, {
  valid: [
    {
      name: 'an MDX page that parses',
      document: {
        source,
        localized: '---\ntitle: Hello\n---\n\n# Title\n\nUse this <Tabs>component</Tabs>.\n',
        parser: mdx
      }
    },
    {
      name: 'an escaped brace in MDX',
      document: {
        source,
        localized: '---\ntitle: Hello\n---\n\n# Title\n\nUse \\{ and <Tabs>component</Tabs>.\n',
        parser: mdx
      }
    },
    {
      name: 'a brace in plain markdown (no parser given: GFM reads anything)',
      document: {source, localized: '# Title\n\nUse { here.\n'}
    }
  ],
  invalid: [
    {
      name: 'an unescaped brace in MDX',
      document: {
        source,
        localized: '---\ntitle: Hello\n---\n\n# Title\n\nUse { and <Tabs>component</Tabs>.\n',
        parser: mdx
      },
      errors: [
        {
          messageId: 'body',
          data: {
            line: 7,
            reason: 'Unexpected end of file in expression, expected a corresponding closing brace for `{`'
          }
        }
      ]
    },
    {
      name: 'a JSX tag that does not close',
      document: {source, localized: '# Title\n\nUse this <Tabs>component.\n', parser: mdx},
      errors: [
        {
          messageId: 'body',
          data: {line: 3, reason: 'Expected a closing tag for `<Tabs>` (3:10-3:16) before the end of `paragraph`'}
        }
      ]
    },
    {
      name: 'front matter that no longer parses',
      document: {source, localized: '---\ntitle: "Hello\n---\n\n# Title\n'},
      errors: [
        {
          messageId: 'frontMatter',
          data: {
            line: 4,
            reason:
              'malformed YAML front matter: unexpected end of the stream within a double quoted scalar at line 3, column 1:'
          }
        }
      ]
    }
  ]
})
