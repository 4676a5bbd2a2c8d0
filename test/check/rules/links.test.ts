/**
 * The `links` and `localized-links` checks, as tables (after ESLint's RuleTester): each case lists
 * every problem exactly, by message id and message; a valid case lists none.
 */
import {describe, expect, it} from 'vitest'
import {runChecks} from '../../../src/check/runner.js'
import {emptyGlossary} from '../../../src/check/glossary-file.js'
import {links} from '../../../src/check/rules/links.js'
import {localizedLinks} from '../../../src/check/rules/localized-links.js'
import type {Check} from '../../../src/check/types.js'
import {segmentDocument} from '../../../src/segment/index.js'

interface Case {
  name: string
  /** One paragraph of source markdown. */
  source: string
  translation: string
  urls?: Record<string, string>
  problems: Array<[messageId: string, message: string]>
}

function problems(check: Check, testCase: Case) {
  const document = segmentDocument(testCase.source)
  const segment = document.segments[0]!
  return runChecks({
    language: 'fr',
    sourceLanguage: 'en',
    namespace: 'test',
    entries: [
      {
        key: segment.key,
        status: 'current',
        source: segment.text,
        translation: testCase.translation,
        ...(testCase.urls ? {urls: testCase.urls} : {})
      }
    ],
    segments: document.segments,
    document: {source: testCase.source, localized: testCase.source},
    settings: {glossary: emptyGlossary, untranslated: new Set()},
    checks: [check]
  }).map(({messageId, message}) => [messageId, message])
}

function table(check: Check, cases: Case[]) {
  describe(`check ${check.meta.id}`, () => {
    it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', (_, testCase) => {
      expect(problems(check, testCase)).toEqual(testCase.problems)
    })
  })
}

const two = 'Use [Vite](https://vite.dev/) or [Rollup](https://rollupjs.org/).\n'

table(links, [
  {
    name: 'valid: links in the source’s order',
    source: two,
    translation: 'Utilisez <1>Vite</1> ou <2>Rollup</2>.',
    problems: []
  },
  {
    name: 'valid: links moved with their text',
    source: two,
    translation: '<2>Rollup</2> ou <1>Vite</1> : à vous de voir.',
    problems: []
  },
  {
    name: 'valid: a single link cannot be swapped',
    source: 'See [the guide](/guide/).\n',
    translation: 'Voir <1>Rollup</1>.',
    problems: []
  },
  {
    name: 'valid: two links to one URL',
    source: 'See [a](/x/) and [b](/x/).\n',
    translation: 'Voir <1>b</1> et <2>a</2>.',
    problems: []
  },
  {
    name: 'invalid: names swapped between tags',
    source: two,
    translation: 'Utilisez <1>Rollup</1> ou <2>Vite</2>.',
    problems: [
      [
        'elsewhere',
        '`<1>` wraps what the source’s `<2>` wraps (`https://rollupjs.org/`), but build links it to `https://vite.dev/`'
      ],
      [
        'elsewhere',
        '`<2>` wraps what the source’s `<1>` wraps (`https://vite.dev/`), but build links it to `https://rollupjs.org/`'
      ]
    ]
  },
  {
    name: 'invalid: inline code moved into another link (translated link text)',
    source: 'Set [`base`](#base) before [`outDir`](#outdir).\n',
    translation: 'Définissez <1><4/></1> avant <3><2/></3>.',
    problems: [
      ['elsewhere', '`<1>` wraps what the source’s `<3>` wraps (`#outdir`), but build links it to `#base`'],
      ['elsewhere', '`<3>` wraps what the source’s `<1>` wraps (`#base`), but build links it to `#outdir`']
    ]
  },
  {
    name: 'invalid: three links rotated, only the names that stayed tell',
    source: 'Use [Slots](#named-slots), [PageFrame](#pageframe) or [Sidebar](#sidebar).\n',
    translation: '<1>PageFrame</1>、<2>Sidebar</2>、<3>名前付きスロット</3>を使います。',
    problems: [
      ['elsewhere', '`<1>` wraps what the source’s `<2>` wraps (`#pageframe`), but build links it to `#named-slots`'],
      ['elsewhere', '`<2>` wraps what the source’s `<3>` wraps (`#sidebar`), but build links it to `#pageframe`']
    ]
  }
])

const mdn = 'Read [MDN](https://developer.mozilla.org/en-US/docs/Web/HTML).\n'

table(localizedLinks, [
  {name: 'valid: no URL of the language', source: mdn, translation: 'Lisez <1>MDN</1>.', problems: []},
  {
    name: 'invalid: a URL of the language is shown',
    source: mdn,
    translation: 'Lisez <1>MDN</1>.',
    urls: {'https://developer.mozilla.org/en-US/docs/Web/HTML': 'https://developer.mozilla.org/fr/docs/Web/HTML'},
    problems: [
      [
        'localized',
        'build writes `https://developer.mozilla.org/fr/docs/Web/HTML` (the language’s page) in place of the source’s `https://developer.mozilla.org/en-US/docs/Web/HTML`'
      ]
    ]
  },
  {
    name: 'invalid: the source no longer links the URL it replaced',
    source: 'Read [MDN](https://developer.mozilla.org/en-US/docs/Web/CSS).\n',
    translation: 'Lisez <1>MDN</1>.',
    urls: {'https://developer.mozilla.org/en-US/docs/Web/HTML': 'https://developer.mozilla.org/fr/docs/Web/HTML'},
    problems: [
      [
        'gone',
        'the language’s `https://developer.mozilla.org/fr/docs/Web/HTML` replaced `https://developer.mozilla.org/en-US/docs/Web/HTML`, which the source no longer links: it is not written'
      ]
    ]
  }
])
