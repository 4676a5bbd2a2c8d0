/**
 * Hugo reads what md-l10n reads (issue 29): a page with the constructs of Hugo's own docs (a
 * shortcode across lines, a code-toggle whose TOML body is code, an escaped shortcode, `ref`
 * links, front matter after a blank line with a repeated key) is pseudo-localized through
 * segmentDocument/assembleDocument and built by `hugo` (the Debian package); the build must pass
 * and the code bodies, links and shortcodes come out as Hugo renders them from the source.
 */
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {missingGenerator, run} from './helpers.js'

const page = `

---
title: Release notes
title: Release notes 0.16
---

Fixed a {{<gh
1>}} bug and {{< gh 2 >}} too, see [the guide]({{< ref "guide.md" >}}).

{{< figure
  src="/a.png"
  alt="A picture"
>}}

Write {{</* gh 3 */>}} in a page to link an issue.

{{< code-toggle file=hugo >}}
[params]
# Not a heading
title = "My | site"
{{< /code-toggle >}}

The end.
`

const skipped = missingGenerator('hugo', 'hugo')

describe.skipIf(skipped)(`hugo builds pseudo-localized Hugo syntax${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  let root: string
  let html: string
  let localized: string

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'md-l10n-hugo-syntax-'))
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), {recursive: true})
      writeFileSync(path.join(root, file), text)
    }
    write(
      'hugo.toml',
      "baseURL = 'https://example.org/'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\nrefLinksErrorLevel = 'ERROR'\n"
    )
    write('layouts/_default/single.html', '<title>{{ .Title }}</title>\n<main>{{ .Content }}</main>\n')
    write('layouts/_default/list.html', '{{ .Content }}\n')
    write(
      'layouts/shortcodes/gh.html',
      '<a class="gh" href="https://github.com/gohugoio/hugo/issues/{{ .Get 0 }}">#{{ .Get 0 }}</a>'
    )
    write('layouts/shortcodes/code-toggle.html', '<pre class="toggle">{{ .Inner }}</pre>')
    write('content/guide.md', '---\ntitle: Guide\n---\nGuide.\n')
    const document = segmentDocument(page, {dialect: 'hugo', file: 'content/notes.md'})
    localized = assembleDocument(document, (segment) => pseudoLocalize(segment.text)).markdown
    write('content/notes.md', localized)
    const {code, output} = await run(root, 'hugo', [])
    expect(code, output).toBe(0)
    html = readFileSync(path.join(root, 'public/notes/index.html'), 'utf8')
  })

  afterAll(() => rmSync(root, {recursive: true, force: true}))

  it('reads the front matter after the blank lines, the last title winning', () => {
    expect(html).toMatch(/<title>\[Ŕéļéåšé ñöţéš 0\.16 [·]+\]<\/title>/)
  })

  it('renders the shortcodes, the one across lines included', () => {
    expect(html.match(/<a class="gh" href="[^"]+">#\d<\/a>/g)).toEqual([
      '<a class="gh" href="https://github.com/gohugoio/hugo/issues/1">#1</a>',
      '<a class="gh" href="https://github.com/gohugoio/hugo/issues/2">#2</a>'
    ])
    expect(html).toContain('<img src="/a.png"')
  })

  it('resolves the ref link', () => {
    expect(html).toContain('<a href="https://example.org/guide/">ţĥé ĝûîðé</a>')
  })

  it('keeps the escaped shortcode as text and the code body byte for byte', () => {
    expect(html).toContain('{{&lt; gh 3 &gt;}}')
    expect(localized).toContain(
      '{{< code-toggle file=hugo >}}\n[params]\n# Not a heading\ntitle = "My | site"\n{{< /code-toggle >}}'
    )
    expect(html).toContain('<pre class="toggle">\n[params]\n# Not a heading\ntitle = "My | site"\n</pre>')
  })
})
