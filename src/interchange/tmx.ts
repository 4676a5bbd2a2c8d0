/**
 * interchange/tmx: one language's translations as a TMX 1.4 translation memory, for other tools'
 * memories: a `<tu>` per translated segment (current ones; stale and missing are not memory), the
 * numbered tags as TMX inline codes carrying the markdown they stand for (`<ph>` for atoms,
 * `<bpt>`/`<ept>` for containers). Built with the XLIFF module's fast-xml-parser builder.
 */
import {parseTags, type TagNode} from '../segment/tags.js'
import {version} from '../version.js'
import type {ExportedLanguage} from './index.js'
import type {InlineCode} from './codes.js'
import {builder, element, indented, text, type XmlNode} from './xliff.js'

function segment(nodes: readonly TagNode[], codes: ReadonlyMap<number, InlineCode>): XmlNode[] {
  return nodes.flatMap((node): XmlNode[] => {
    if (node.type === 'text') return [text(node.value)]
    const markup = codes.get(node.id)?.markup
    if (node.type === 'atom')
      return [element('ph', {x: node.id}, [text(markup && 'atom' in markup ? markup.atom : '')])]
    const [open, close] = markup && 'open' in markup ? [markup.open, markup.close] : ['', '']
    return [
      element('bpt', {i: node.id, x: node.id}, [text(open)]),
      ...segment(node.children, codes),
      element('ept', {i: node.id}, [text(close)])
    ]
  })
}

export function buildTmx(exported: ExportedLanguage): string {
  const units: XmlNode[] = []
  for (const document of exported.documents) {
    for (const unit of document.units) {
      if (unit.status !== 'current' || unit.translation === '') continue
      const variants = [
        element('tuv', {'xml:lang': exported.sourceLanguage}, [
          element('seg', {}, segment(parseTags(unit.source), unit.codes))
        ]),
        element('tuv', {'xml:lang': exported.targetLanguage}, [
          element('seg', {}, segment(parseTags(unit.translation), unit.codes))
        ])
      ]
      units.push(
        element(
          'tu',
          {tuid: `${document.namespace}:${unit.key}`},
          indented([element('prop', {type: 'x-document'}, [text(`${document.file}:${unit.line}`)]), ...variants], 3)
        )
      )
    }
  }
  const header = element('header', {
    creationtool: 'md-l10n',
    creationtoolversion: version,
    segtype: 'sentence',
    'o-tmf': 'i18next',
    adminlang: 'en',
    srclang: exported.sourceLanguage,
    datatype: 'markdown'
  })
  const root = element('tmx', {version: '1.4'}, indented([header, element('body', {}, indented(units, 1))], 0))
  return `${builder.build([element('?xml', {version: '1.0', encoding: 'UTF-8'}, [text('')]), text('\n'), root])}\n`
}
