import {describe, expect, it} from 'vitest'
import {rewriteLinks} from '../../src/assemble/links.js'

const rewrites = [{from: '/en/', to: '/{lang}/'}]

describe('rewriteLinks', () => {
  it.each([
    ['an inline link', 'See the [guide](/en/guide/).\n', 'See the [guide](/fr/guide/).\n'],
    [
      'an image with a title',
      '![Diagram](/en/img/flow.png "How it flows")\n',
      '![Diagram](/fr/img/flow.png "How it flows")\n'
    ],
    [
      'a reference definition',
      'Read [the FAQ][faq].\n\n[faq]: /en/faq "FAQ"\n',
      'Read [the FAQ][faq].\n\n[faq]: /fr/faq "FAQ"\n'
    ],
    ['link text that names the URL too', 'Open [/en/start](/en/start).\n', 'Open [/en/start](/fr/start).\n'],
    [
      'links elsewhere stay',
      'See [docs](https://example.com/en/x) and [local](./en/x.md).\n',
      'See [docs](https://example.com/en/x) and [local](./en/x.md).\n'
    ],
    [
      'code stays',
      'Run `curl /en/api` or:\n\n```sh\ncurl /en/api\n```\n',
      'Run `curl /en/api` or:\n\n```sh\ncurl /en/api\n```\n'
    ]
  ])('%s', (_, markdown, expected) => {
    expect(rewriteLinks(markdown, 'fr', rewrites)).toBe(expected)
  })

  it('rewrites to another host and keeps everything else byte for byte', () => {
    const markdown =
      '# Start\r\n\r\n- [One](https://docs.example.com/en/one)\r\n- [Two](https://docs.example.com/en/two#part)\r\n'
    expect(
      rewriteLinks(markdown, 'pt-BR', [{from: 'https://docs.example.com/en/', to: 'https://docs.example.com/{lang}/'}])
    ).toBe(markdown.replaceAll('/en/', '/pt-BR/'))
  })
})
