/**
 * Tables of aligned and misaligned translations (after ESLint's RuleTester): each case lists every
 * pair the alignment makes, exactly, with its certainty, its reason and the URLs it keeps. Links
 * pair by target, headings by id, and line breaks the source has not are whitespace.
 */
import {describe, expect, it} from 'vitest'
import {alignDocuments, reasons} from '../../src/interchange/align.js'
import {urlForms} from '../../src/interchange/urls.js'
import {segmentDocument} from '../../src/segment/index.js'

interface Case {
  name: string
  source: string
  translation: string
  language?: string
  links?: Array<{from: string; to: string}>
  mdx?: boolean
  /** Every pair: source text → [translation, reason (`''`: certain), urls]. */
  pairs: Record<string, [string, string] | [string, string, Record<string, string>]>
  /** Source segments left unpaired, by text. */
  unmatchedSource?: string[]
  unmatchedTranslation?: string[]
}

function run(testCase: Case) {
  const a = segmentDocument(testCase.source)
  const b = segmentDocument(testCase.translation, {mdx: testCase.mdx})
  const text = new Map(a.segments.map((segment) => [segment.key, segment.text]))
  const urls = urlForms({language: testCase.language ?? 'fr', sourceLanguage: 'en', links: testCase.links})
  const alignment = alignDocuments(a, b, {urls})
  return {
    pairs: Object.fromEntries(
      alignment.aligned.map((pair) => [
        text.get(pair.key)!,
        pair.urls ? [pair.translation, pair.reason ?? '', pair.urls] : [pair.translation, pair.reason ?? '']
      ])
    ),
    unmatchedSource: alignment.unmatchedSource.map(({key}) => text.get(key)!),
    unmatchedTranslation: alignment.unmatchedTranslation.map((pair) => pair.text)
  }
}

function table(title: string, cases: Case[]) {
  describe(title, () => {
    it.each(cases.map((testCase) => [testCase.name, testCase] as const))('%s', (_, testCase) => {
      expect(run(testCase)).toEqual({
        pairs: testCase.pairs,
        unmatchedSource: testCase.unmatchedSource ?? [],
        unmatchedTranslation: testCase.unmatchedTranslation ?? []
      })
    })
  })
}

table('links pair by target, never by position', [
  {
    name: 'two links swapped by the translation (Starlight ja, guides/pages.mdx)',
    source: 'Read [the guide](/guides/pages/) before [the reference](/reference/api/).\n',
    translation: '[リファレンス](/reference/api/)の前に[ガイド](/guides/pages/)を読んでください。\n',
    language: 'ja',
    pairs: {
      'Read <1>the guide</1> before <2>the reference</2>.': [
        '<2>リファレンス</2>の前に<1>ガイド</1>を読んでください。',
        ''
      ]
    }
  },
  {
    name: 'three fragment links rotated (Starlight ja, overriding-components.mdx)',
    source: 'Use [named slots](#named-slots), [the frame](#pageframe) or [the sidebar](#sidebar).\n',
    translation: '[フレーム](#pageframe)、[サイドバー](#sidebar)、または[名前付きスロット](#named-slots)を使います。\n',
    language: 'ja',
    pairs: {
      'Use <1>named slots</1>, <2>the frame</2> or <3>the sidebar</3>.': [
        '<2>フレーム</2>、<3>サイドバー</3>、または<1>名前付きスロット</1>を使います。',
        ''
      ]
    }
  },
  {
    name: 'the site’s locale prefix on the translation’s link',
    source: 'See [pages](/guides/pages/).\n',
    translation: 'Voir [les pages](/fr/guides/pages/).\n',
    pairs: {'See <1>pages</1>.': ['Voir <1>les pages</1>.', '']}
  },
  {
    name: 'the project’s `links` mapping applied to the source’s link',
    source: 'See [pages](/en/guides/pages/).\n',
    translation: 'Voir [les pages](/fr/guides/pages/).\n',
    links: [{from: '/en/', to: '/{lang}/'}],
    pairs: {'See <1>pages</1>.': ['Voir <1>les pages</1>.', '']}
  },
  {
    name: 'a localized external page is kept as the language’s URL',
    source: 'Read [MDN](https://developer.mozilla.org/en-US/docs/Web/HTML) first.\n',
    translation: 'Lisez d’abord [MDN](https://developer.mozilla.org/fr/docs/Web/HTML).\n',
    pairs: {
      'Read <1>MDN</1> first.': [
        'Lisez d’abord <1>MDN</1>.',
        '',
        {'https://developer.mozilla.org/en-US/docs/Web/HTML': 'https://developer.mozilla.org/fr/docs/Web/HTML'}
      ]
    }
  },
  {
    name: 'an image whose alt text is translated pairs by its URL',
    source: 'The flow: ![Diagram](/img/flow.png) and `build`.\n',
    translation: 'Le flux : `build` et ![Schéma](/img/flow.png).\n',
    pairs: {'The flow: <1/> and <2/>.': ['Le flux : <2/> et <1/>.', ''], Diagram: ['Schéma', '']}
  },
  {
    name: 'autolinks pair by URL',
    source: 'More information: <https://a.example/x> and <https://b.example/y>.\n',
    translation: 'Plus d’informations : <https://b.example/y> et <https://a.example/x>.\n',
    pairs: {'More information: <1/> and <2/>.': ['Plus d’informations : <2/> et <1/>.', '']}
  },
  {
    name: 'a link to another page: stale, tags paired in order for review',
    source: 'See [pages](/guides/pages/).\n',
    translation: 'Voir [la FAQ](/faq/).\n',
    pairs: {'See <1>pages</1>.': ['Voir <1>la FAQ</1>.', reasons.links]}
  },
  {
    name: 'a link the translation dropped: stale',
    source: 'See [pages](/guides/pages/) and [routing](/guides/routing/).\n',
    translation: 'Voir [le routage](/fr/guides/routing/).\n',
    pairs: {'See <1>pages</1> and <2>routing</2>.': ['Voir <2>le routage</2>.', reasons.links]}
  },
  {
    name: 'two links to one page and one elsewhere: the other cannot pair one to one',
    source: 'See [a](/a/), [b](/a/) and [c](/c/).\n',
    translation: 'Voir [a](/a/), [b](/a/) et [d](/d/).\n',
    pairs: {'See <1>a</1>, <2>b</2> and <3>c</3>.': ['Voir <1>a</1>, <2>b</2> et <3>d</3>.', reasons.links]}
  }
])

table('headings pair by id', [
  {
    name: 'a translated id names the English slug; the section the translation lacks stays unpaired (VitePress zh, routing.md)',
    source:
      '# Routing\n\n## Watching template files\n\nThey are watched.\n\n## Accessing params in page\n\nRead them.\n',
    translation: '# 路由\n\n## 访问页面中的参数 {#accessing-params-in-page}\n\n读取它们。\n',
    language: 'zh',
    pairs: {
      Routing: ['路由', reasons.heading],
      'Accessing params in page': ['访问页面中的参数', ''],
      'Read them.': ['读取它们。', '']
    },
    unmatchedSource: ['Watching template files', 'They are watched.']
  },
  {
    name: 'an id as an MDX comment',
    source: '## Install\n\nRun it.\n',
    translation: '## Installer {/* #install */}\n\nLancez-le.\n',
    mdx: true,
    pairs: {Install: ['Installer', ''], 'Run it.': ['Lancez-le.', '']}
  },
  {
    name: 'an id as a kramdown attribute list',
    source: '## Install\n\nRun it.\n\n## Use\n\nUse it.\n',
    translation: '## Utiliser {: #use}\n\nUtilisez-le.\n',
    pairs: {Use: ['Utiliser', ''], 'Use it.': ['Utilisez-le.', '']},
    unmatchedSource: ['Install', 'Run it.']
  },
  {
    name: 'sections the translation moved move with their heading',
    source: '## Install\n\nRun `npm i`.\n\nThen wait.\n\n## Configure\n\nEdit it.\n\nSave it.\n',
    translation:
      '## Configurer {#configure}\n\nModifiez-le.\n\nEnregistrez-le.\n\n## Installer {#install}\n\nLancez `npm i`.\n\nPuis attendez.\n',
    pairs: {
      Install: ['Installer', ''],
      'Run <1/>.': ['Lancez <1/>.', ''],
      'Then wait.': ['Puis attendez.', ''],
      Configure: ['Configurer', ''],
      'Edit it.': ['Modifiez-le.', ''],
      'Save it.': ['Enregistrez-le.', '']
    }
  },
  {
    name: 'an id naming another heading never pairs with the one in its place',
    source: '## Watching files\n\nWatch.\n\n## Params\n\nRead.\n',
    translation: '## 参数 {#params}\n\n读取。\n\n## 监听 {#watching-files}\n\n监听。\n',
    language: 'zh',
    pairs: {'Watching files': ['监听', ''], 'Watch.': ['监听。', ''], Params: ['参数', ''], 'Read.': ['读取。', '']}
  },
  {
    name: 'headings without ids in a translation of another shape: stale, and their sections’ prose too',
    source: '## Install\n\nRun it.\n\n## Use\n\nUse it.\n\nAgain.\n',
    translation: '## Utiliser\n\nUtilisez-le.\n',
    pairs: {Install: ['Utiliser', reasons.heading], 'Run it.': ['Utilisez-le.', reasons.section]},
    unmatchedSource: ['Use', 'Use it.', 'Again.']
  },
  {
    name: 'a heading whose section pairs by code is certain',
    source: '## Install\n\nRun `npm i`.\n\n## Use\n\nUse it.\n',
    translation: '## Installer\n\nLancez `npm i`.\n',
    pairs: {Install: ['Installer', ''], 'Run <1/>.': ['Lancez <1/>.', '']},
    unmatchedSource: ['Use', 'Use it.']
  },
  {
    name: 'a translation alike segment for segment is certain without ids',
    source: '## Install\n\nRun it.\n\n## Use\n\nUse it.\n',
    translation: '## Installer\n\nLancez-le.\n\n## Utiliser\n\nUtilisez-le.\n',
    pairs: {
      Install: ['Installer', ''],
      'Run it.': ['Lancez-le.', ''],
      Use: ['Utiliser', ''],
      'Use it.': ['Utilisez-le.', '']
    }
  }
])

table('line breaks are not tags', [
  {
    name: 'a hard break the source has not, between Japanese letters: nothing',
    source: 'The first sentence. The second sentence.\n',
    translation: '最初の文です。\\\n二番目の文です。\n',
    language: 'ja',
    pairs: {'The first sentence. The second sentence.': ['最初の文です。二番目の文です。', '']}
  },
  {
    name: 'a hard break (two spaces) the source has not, in French: a space',
    source: 'The first sentence. The second sentence.\n',
    translation: 'La première phrase.  \nLa seconde phrase.\n',
    pairs: {'The first sentence. The second sentence.': ['La première phrase. La seconde phrase.', '']}
  },
  {
    name: 'a soft break is a space',
    source: 'The first sentence. The second sentence.\n',
    translation: 'La première phrase.\nLa seconde phrase.\n',
    pairs: {'The first sentence. The second sentence.': ['La première phrase. La seconde phrase.', '']}
  },
  {
    name: 'the source’s hard break is kept where the translation has one, its extra one is a space',
    source: 'Line one\\\nline two with `x`.\n',
    translation: 'Ligne un\\\nligne\\\ndeux avec `x`.\n',
    pairs: {'Line one<1/>line two with <2/>.': ['Ligne un<1/>ligne deux avec <2/>.', '']}
  },
  {
    name: 'a hard break the translation dropped: stale',
    source: 'Line one\\\nline two.\n',
    translation: 'Ligne un ligne deux.\n',
    pairs: {'Line one<1/>line two.': ['Ligne un ligne deux.', reasons.markup]}
  }
])
