/**
 * The review stage's hast builders on small inputs: exact markup, attributes and text.
 */
import {describe, expect, it} from 'vitest'
import type {Element, Nodes, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {visit} from 'unist-util-visit'
import {segmentDocument} from '../../src/segment/index.js'
import {catalogStatus} from '../../src/catalog/status.js'
import {languageCoverage} from '../../src/report/coverage.js'
import {hashText} from '../../src/util/hash.js'
import {
  documentLinks,
  documentPage,
  documentPreview,
  languagePage,
  linkDefinitions,
  overviewPage,
  problemCounts,
  renderSegment,
  rootLinks,
  serializePage,
  sourceView,
  wordDiff
} from '../../src/review/index.js'
import type {CatalogMeta, Problem} from '../../src/types.js'

const article = `---
title: Drama di OpenAI
---
# Baca **dokumennya**

Lihat [FAQ][faq] dan \`npm ci\` di sini.

Lebih dari 710 karyawan menandatangani surat itu.

Sumber asli: laboratorium silikon dan kuantum

![Kucing](https://img.example/kucing.png)

[faq]: https://example.com/faq "Pertanyaan"
`
const document = segmentDocument(article)
const [title, heading, paragraph, numbers, changed] = document.segments
const definitions = linkDefinitions(article)

/** The elements of a tree that `test` accepts, in document order. */
function findAll(tree: Nodes, test: (element: Element) => boolean): Element[] {
  const found: Element[] = []
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node)
  })
  return found
}

const html = (nodes: Nodes | Nodes[]) =>
  toHtml(Array.isArray(nodes) ? {type: 'root', children: nodes as Root['children']} : nodes)

describe('renderSegment: a segment’s inline markup rendered from its tags', () => {
  const cases: Array<[string, 'heading' | 'paragraph', string | undefined, string, string | undefined]> = [
    ['the source of a heading', 'heading', undefined, 'Baca <strong>dokumennya</strong>', undefined],
    [
      'the source of a paragraph with a reference link and code',
      'paragraph',
      undefined,
      'Lihat <a href="https://example.com/faq" title="Pertanyaan">FAQ</a> dan <code>npm ci</code> di sini.',
      undefined
    ],
    [
      'a translation moving the tags',
      'paragraph',
      'See <2/> and the <1>FAQ</1> here.',
      'See <code>npm ci</code> and the <a href="https://example.com/faq" title="Pertanyaan">FAQ</a> here.',
      undefined
    ],
    [
      'a translation whose text looks like markup',
      'paragraph',
      'See *<1>FAQ</1>* <2/> <b>x</b>.',
      'See *<a href="https://example.com/faq" title="Pertanyaan">FAQ</a>* <code>npm ci</code> &#x3C;b>x&#x3C;/b>.',
      undefined
    ],
    [
      'a translation without tags stays one text node',
      'paragraph',
      '<script>alert(1)</script> FAQ',
      '&#x3C;script>alert(1)&#x3C;/script> FAQ',
      undefined
    ],
    [
      'a translation missing a tag',
      'paragraph',
      'See the <1>FAQ</1>.',
      'See the &#x3C;1>FAQ&#x3C;/1>.',
      'tag `<2>` missing'
    ],
    [
      'a translation closing the wrong tag',
      'paragraph',
      'See <1>FAQ</2> <2/>.',
      'See &#x3C;1>FAQ&#x3C;/2> &#x3C;2/>.',
      '`</2>` closes `<1>`'
    ]
  ]
  it.each(cases)('%s', (_, kind, translation, expected, unusable) => {
    const rendering = renderSegment(document, kind === 'heading' ? heading! : paragraph!, translation, definitions)
    expect(html(rendering.content)).toBe(expected)
    expect(rendering.unusable).toBe(unusable)
  })

  it('keeps front matter, alt and title segments as text', () => {
    expect(title).toMatchObject({kind: 'frontMatter', text: 'Drama di OpenAI'})
    expect(renderSegment(document, title!, '<1>Drama</1> *at* OpenAI', definitions).content).toEqual([
      {type: 'text', value: '<1>Drama</1> *at* OpenAI'}
    ])
  })
})

describe('wordDiff', () => {
  it.each([
    [
      'Sumber asli: laboratorium',
      'Sumber asli: laboratorium silikon',
      'id',
      'Sumber asli: laboratorium<ins> silikon</ins>'
    ],
    ['Sumber asli: X', 'Sumber aslinya: X', 'id', 'Sumber <del>asli</del><ins>aslinya</ins>: X'],
    ['请看文档', '请看新文档', 'zh-Hans', '请看<ins>新</ins>文档'],
    ['<1>Baca</1> ini', '<1>Baca</1> itu', 'id', '&#x3C;1>Baca&#x3C;/1> <del>ini</del><ins>itu</ins>']
  ])('%s → %s (%s)', (previous, current, language, expected) => {
    expect(html(wordDiff(previous, current, language))).toBe(expected)
  })
})

describe('documentPreview', () => {
  it('leaves out the front matter, drops raw HTML and javascript: links, and shows images as their alt text without loading them', () => {
    const preview = documentPreview(
      '---\ntitle: x\n---\n# Judul\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![Kucing](https://img.example/k.png) <img src=x onerror=alert(1)>\n',
      'source-'
    )
    expect(html(preview)).toBe(
      '<h1>Judul</h1>\n<p><a>x</a> <span class="image" title="https://img.example/k.png">🖼 Kucing</span> </p>'
    )
  })

  it('namespaces the ids footnotes make, so two previews on one page do not collide', () => {
    const preview = html(documentPreview('Teks[^1].\n\n[^1]: Catatan.\n', 'translation-'))
    expect(preview).toContain(
      '<a href="#translation-fn-1" id="translation-fnref-1" data-footnote-ref aria-describedby="translation-footnote-label">1</a>'
    )
    expect(preview).toContain('<li id="translation-fn-1">')
  })
})

describe('documentPage', () => {
  // Arabic: the heading is current, the link paragraph missing, the number wrong, one segment stale.
  const stamp = (source: string, translation: string) => ({
    sourceHash: hashText(source),
    source,
    translationHash: hashText(translation)
  })
  const catalog = {
    [title!.key]: 'دراما في أوبن إيه آي',
    [heading!.key]: 'اقرأ <1>الوثائق</1>',
    [numbers!.key]: 'وقّع أكثر من 720 موظفًا على الرسالة.',
    [changed!.key]: 'المصدر الأصلي: مختبر السيليكون',
    'p-gone': 'نص قديم'
  }
  const meta: CatalogMeta = {
    version: 1,
    entries: {
      [changed!.key]: stamp('Sumber asli: laboratorium silikon', catalog[changed!.key]!),
      'p-gone': stamp('Teks lama', 'نص قديم')
    }
  }
  const rows = catalogStatus(document.segments, catalog, meta)
  const problem: Problem = {
    check: 'numbers',
    messageId: 'missing',
    severity: 'error',
    language: 'ar',
    namespace: 'artikel',
    key: numbers!.key,
    message: '710 is missing from the translation'
  }
  const tree = documentPage(
    {
      language: 'ar',
      sourceLanguage: 'id',
      namespace: 'artikel',
      file: 'source/artikel.md',
      rows,
      unused: new Map(),
      problems: [problem],
      coverage: languageCoverage('ar', 'id', [{namespace: 'artikel', rows}], 100).documents[0]!,
      localizedMarkdown: article.replace('Lebih dari 710 karyawan menandatangani surat itu.', catalog[numbers!.key]!)
    },
    sourceView(document),
    documentLinks('ar', 'artikel')
  )
  const row = (key: string) =>
    findAll(tree, (element) => element.tagName === 'tr' && element.properties.dataKey === key)[0]!

  it('gives each segment a row with its key, status, checks and an anchor #<language>/<key>', () => {
    expect(rows.map(({key, status}) => `${key}:${status}`)).toEqual([
      `${title!.key}:current`,
      `${heading!.key}:current`,
      `${paragraph!.key}:missing`,
      `${numbers!.key}:current`,
      `${changed!.key}:stale`,
      `${document.segments[5]!.key}:missing`,
      `${document.segments[6]!.key}:missing`,
      'p-gone:obsolete'
    ])
    expect(html(row(numbers!.key))).toBe(
      `<tr id="ar/${numbers!.key}" data-filter-item="" data-key="${numbers!.key}" data-language="ar" data-status="current" data-checks="numbers">` +
        `<th scope="row"><a href="#ar/${numbers!.key}" aria-label="Segment ${numbers!.key}">${numbers!.key}</a><span class="meta">paragraph · line 8</span></th>` +
        '<td><span class="status status-current">current</span></td>' +
        '<td lang="id" dir="ltr" data-source="">Lebih dari 710 karyawan menandatangani surat itu.</td>' +
        '<td lang="ar" dir="rtl" data-translation="">وقّع أكثر من 720 موظفًا على الرسالة.</td>' +
        '<td><ul class="problems"><li data-check="numbers" data-severity="error"><span class="severity-error">error</span> <code>numbers</code>: 710 is missing from the translation</li></ul></td>' +
        '</tr>'
    )
  })

  it('renders the markup of both sides, and a word diff of the old source on a stale row', () => {
    expect(html(findAll(row(heading!.key), (element) => element.properties.dataTranslation !== undefined))).toBe(
      '<td lang="ar" dir="rtl" data-translation="">اقرأ <strong>الوثائق</strong></td>'
    )
    expect(html(findAll(row(changed!.key), (element) => element.properties.dataSource !== undefined))).toBe(
      '<td lang="id" dir="ltr" data-source="">Sumber asli: laboratorium silikon dan kuantum<p class="diff"><span class="meta" lang="en" dir="ltr">Changed since the translation was made (removed, added):</span>Sumber asli: laboratorium silikon<ins> dan kuantum</ins></p></td>'
    )
    expect(html(findAll(row(paragraph!.key), (element) => element.properties.dataTranslation !== undefined))).toBe(
      '<td lang="ar" dir="rtl" data-translation=""><span class="note" lang="en" dir="ltr">no translation</span></td>'
    )
    expect(row('p-gone').properties.dataStatus).toBe('obsolete')
  })

  it('offers filters for the statuses and the checks present, with their counts', () => {
    const options = findAll(
      tree,
      (element) =>
        element.tagName === 'option' ||
        (element.tagName === 'label' && findAll(element, (inner) => inner.properties.name === 'status').length > 0)
    )
    expect(options.map((element) => toHtml(element.children).replace(/<[^>]+>/g, ''))).toEqual([
      ' current (3)',
      ' stale (1)',
      ' missing (3)',
      ' obsolete (1)',
      'any or none',
      'numbers (1)'
    ])
  })

  it('has one script, the page’s own, and the translation side of the preview right to left', () => {
    const page = serializePage(tree)
    expect(page.match(/<script/g)).toHaveLength(1)
    expect(
      page.startsWith(
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;;'
      )
    ).toBe(true)
    const [source, translation] = findAll(
      tree,
      (element) =>
        element.tagName === 'section' &&
        (element.properties.className as string[] | undefined)?.includes('preview') === true
    )
    expect([
      source!.properties.lang,
      source!.properties.dir,
      translation!.properties.lang,
      translation!.properties.dir
    ]).toEqual(['id', 'ltr', 'ar', 'rtl'])
    expect(html(findAll(translation!, (element) => element.tagName === 'p')[1]!)).toBe(
      '<p>وقّع أكثر من 720 موظفًا على الرسالة.</p>'
    )
  })
})

describe('overviewPage and languagePage', () => {
  const rows = catalogStatus(document.segments, {}, {version: 1, entries: {}})
  const coverage = languageCoverage('ar', 'id', [{namespace: 'blog/artikel', rows}], 80)
  const problems = problemCounts([
    {
      check: 'missing',
      messageId: 'missing',
      severity: 'warning',
      language: 'ar',
      namespace: 'blog/artikel',
      key: heading!.key,
      message: 'not translated'
    }
  ])

  it('gives each language an element with data-coverage and the numbers of coverage', () => {
    const overview = overviewPage({
      sourceLanguage: 'id',
      documents: 1,
      languages: [coverage],
      problems,
      links: rootLinks
    })
    const [element] = findAll(overview, (node) => node.properties.dataCoverage !== undefined)
    expect(html(element!)).toBe(
      '<tr data-coverage="" data-language="ar" data-translated="0" data-total="7" data-stale="0" data-missing="7">' +
        '<th scope="row"><a href="ar.html">Arabic (ar)</a></th>' +
        '<td><span class="bar" aria-hidden="true"><span class="translated" style="width:0%"></span><span class="stale" style="width:0%"></span><span class="missing" style="width:100%"></span></span></td>' +
        '<td>0/7 translated (0%), 0 stale, 7 missing</td>' +
        `<td>0/${coverage.words.total} translated (0%), 0 stale, ${coverage.words.total} missing</td>` +
        '<td>0 errors, 1 warning</td>' +
        '<td><ul><li><a href="ar/blog/artikel.html">blog/artikel</a> 0%</li></ul></td>' +
        '</tr>'
    )
  })

  it('lists a language’s documents with the checks found in each, for the filter', () => {
    const page = languagePage({language: 'ar', coverage, problems, links: rootLinks})
    const [row] = findAll(page, (node) => node.properties.dataNamespace !== undefined)
    expect([
      row!.properties.dataNamespace,
      row!.properties.dataChecks,
      row!.properties.dataTranslated,
      row!.properties.dataTotal
    ]).toEqual(['blog/artikel', 'missing', '0', '7'])
  })

  it('links up from nested namespaces, escaping what a file name may hold', () => {
    expect(documentLinks('ar', 'blog/artikel')).toEqual({overview: '../../index.html', language: '../../ar.html'})
    expect(rootLinks.document('pt-BR', 'a b/c#d?')).toBe('pt-BR/a%20b/c%23d%3F.html')
  })
})
