/**
 * interchange/xliff: XLIFF 2.0 (OASIS, `urn:oasis:names:tc:xliff:document:2.0`), built and read
 * with fast-xml-parser's ordered trees, which keep mixed content (text around inline codes) in
 * document order.
 *
 * One `<file>` per source document, one `<unit id="<key>">` per segment. Numbered tags become
 * inline codes: `<pc id="1">…</pc>` for containers, `<ph id="2"/>` for atoms, each pointing at
 * `<originalData>` holding the markdown it stands for, so a CAT tool shows `**` or `` `x` ``.
 * `state`: `initial` (missing; stale: `subState="md-l10n:stale"` and a `previous-source` note;
 * an unreviewed machine draft: `subState="md-l10n:machine"` and a `machine` note naming the
 * provider and model), `translated` (current). Notes give the document and line.
 *
 * A unit without a current translation carries the project's fuzzy matches (`interchange/matches`)
 * in the Translation Candidates module: `<mtc:matches>` first in the unit, each `<mtc:match>`
 * pointing at the unit's segment (`ref="#s1"`, the segment's id) with its similarity, its own
 * original data and the matched segment's source and target. Reading ignores them.
 *
 * Reading accepts what CAT tools write back: units split into several `<segment>`s and
 * `<ignorable>`s, `<sc>`/`<ec>` pairs in place of `<pc>`, `<mrk>` annotations (their content is
 * kept), `<cp>` code points.
 */
import {XMLBuilder, XMLParser, XMLValidator} from 'fast-xml-parser'
import {parseTags, type TagNode} from '../segment/tags.js'
import {InputError} from '../util/errors.js'
import type {ExportedLanguage, ExportedUnit, ImportedFile, ImportedUnit} from './index.js'
import {machineLabel, type InlineCode} from './codes.js'

export const xliffNamespace = 'urn:oasis:names:tc:xliff:document:2.0'
export const matchesNamespace = 'urn:oasis:names:tc:xliff:matches:2.0'

/** A node of fast-xml-parser's ordered tree: `{name: children, ':@': attributes}` or `{'#text': text}`. */
export type XmlNode = Record<string, unknown>
const attributesKey = ':@'
const prefix = '@_'

export function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  children: XmlNode[] = []
): XmlNode {
  const node: XmlNode = {[name]: children}
  const set = Object.entries(attributes).filter(([, value]) => value !== undefined)
  if (set.length > 0)
    node[attributesKey] = Object.fromEntries(set.map(([name, value]) => [`${prefix}${name}`, String(value)]))
  return node
}

export const text = (value: string): XmlNode => ({'#text': value})

/** Children on their own indented lines (only between elements: never inside mixed content). */
export function indented(children: XmlNode[], depth: number): XmlNode[] {
  const inner = `\n${'  '.repeat(depth + 1)}`
  return [...children.flatMap((child) => [text(inner), child]), text(`\n${'  '.repeat(depth)}`)]
}

// XML 1.0 cannot carry these at all, not even as character references.
const forbiddenCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/

/** Inline content of a source or target: tagged text as text, `<pc>` and `<ph>`; data ids start with `data`. */
function inlineContent(nodes: readonly TagNode[], codes: ReadonlyMap<number, InlineCode>, data = 'd'): XmlNode[] {
  return nodes.map((node) => {
    if (node.type === 'text') return text(node.value)
    const code = codes.get(node.id)
    const kind = {type: code?.type, subType: code?.subType}
    if (node.type === 'atom')
      return element('ph', {id: node.id, dataRef: code ? `${data}${node.id}` : undefined, ...kind})
    return element(
      'pc',
      {
        id: node.id,
        dataRefStart: code ? `${data}${node.id}s` : undefined,
        dataRefEnd: code ? `${data}${node.id}e` : undefined,
        ...kind
      },
      inlineContent(node.children, codes, data)
    )
  })
}

/** `<data>` of each inline code: the markdown it stands for. */
function originalData(codes: ReadonlyMap<number, InlineCode>, data = 'd'): XmlNode[] {
  const result: XmlNode[] = []
  for (const code of codes.values()) {
    if ('atom' in code.markup) result.push(element('data', {id: `${data}${code.id}`}, [text(code.markup.atom)]))
    else
      result.push(
        element('data', {id: `${data}${code.id}s`}, [text(code.markup.open)]),
        element('data', {id: `${data}${code.id}e`}, [text(code.markup.close)])
      )
  }
  return result
}

// The id of a unit's one segment when matches point at it: inline codes' ids are numbers, and
// XLIFF wants segment and inline code ids distinct within a unit.
const segmentId = 's1'

/** `<mtc:matches>`: the translations of similar sources; data ids `m<n>d…` keep each match's own. */
function matchesElement(unit: ExportedUnit, depth: number): XmlNode {
  const matches = unit.matches!.map((match, index) => {
    const data = `m${index + 1}d`
    const children: XmlNode[] = []
    const own = originalData(match.codes, data)
    if (own.length > 0) children.push(element('originalData', {}, indented(own, depth + 2)))
    children.push(
      element('source', {'xml:space': 'preserve'}, inlineContent(parseTags(match.source), match.codes, data)),
      element('target', {'xml:space': 'preserve'}, inlineContent(parseTags(match.translation), match.codes, data))
    )
    return element(
      'mtc:match',
      {ref: `#${segmentId}`, similarity: match.similarity, origin: 'md-l10n memory'},
      indented(children, depth + 1)
    )
  })
  return element('mtc:matches', {}, indented(matches, depth))
}

function unitElement(unit: ExportedUnit, file: string, depth: number): XmlNode {
  const matched = (unit.matches ?? []).flatMap((match) => [match.source, match.translation])
  for (const value of [unit.source, unit.translation, unit.previousSource ?? '', unit.note ?? '', ...matched]) {
    if (forbiddenCharacters.test(value))
      throw new InputError(
        `segment \`${unit.key}\` contains a control character that XML cannot carry`,
        file,
        unit.line
      )
  }
  const notes = [element('note', {category: 'location'}, [text(`${file}:${unit.line}`)])]
  if (unit.previousSource !== undefined)
    notes.push(element('note', {category: 'previous-source'}, [text(unit.previousSource)]))
  if (unit.note !== undefined) notes.push(element('note', {category: 'translator'}, [text(unit.note)]))
  if (unit.machine) notes.push(element('note', {category: 'machine'}, [text(machineLabel(unit.machine))]))
  const data = originalData(unit.codes)
  // A machine draft is a translation still to review: `initial`, as a CAT tool's own MT leaves it.
  const state = unit.status === 'current' && !unit.machine ? 'translated' : 'initial'
  const subState = unit.status === 'stale' ? 'md-l10n:stale' : unit.machine ? 'md-l10n:machine' : undefined
  const segment = [element('source', {'xml:space': 'preserve'}, inlineContent(parseTags(unit.source), unit.codes))]
  if (unit.translation !== '')
    segment.push(element('target', {'xml:space': 'preserve'}, inlineContent(parseTags(unit.translation), unit.codes)))
  const hasMatches = (unit.matches ?? []).length > 0
  // Modules' elements come first in a unit, before its notes (XLIFF 2.0's schema of <unit>).
  const children = hasMatches ? [matchesElement(unit, depth + 1)] : []
  children.push(element('notes', {}, indented(notes, depth + 1)))
  if (data.length > 0) children.push(element('originalData', {}, indented(data, depth + 1)))
  children.push(
    element('segment', {id: hasMatches ? segmentId : undefined, state, subState}, indented(segment, depth + 1))
  )
  return element('unit', {id: unit.key}, indented(children, depth))
}

// `entities` is an option of fast-xml-builder that fast-xml-parser's types do not list.
export const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: prefix,
  suppressEmptyNode: true,
  processEntities: true,
  // A carriage return would be read back as a line feed (XML normalizes line ends): a reference keeps it.
  entities: [
    {regex: /&/g, val: '&amp;'},
    {regex: />/g, val: '&gt;'},
    {regex: /</g, val: '&lt;'},
    {regex: /"/g, val: '&quot;'},
    {regex: /\r/g, val: '&#13;'}
  ]
} as ConstructorParameters<typeof XMLBuilder>[0])

/** One language's units as an XLIFF 2.0 document. */
export function buildXliff(exported: ExportedLanguage): string {
  const files = exported.documents.map((document, index) =>
    element(
      'file',
      {id: `f${index + 1}`, original: document.file},
      indented(
        document.units.map((unit) => unitElement(unit, document.file, 2)),
        1
      )
    )
  )
  const hasMatches = exported.documents.some((document) =>
    document.units.some((unit) => (unit.matches ?? []).length > 0)
  )
  const namespaces = {xmlns: xliffNamespace, 'xmlns:mtc': hasMatches ? matchesNamespace : undefined}
  const root = element(
    'xliff',
    {...namespaces, version: '2.0', srcLang: exported.sourceLanguage, trgLang: exported.targetLanguage},
    indented(files, 0)
  )
  return `${builder.build([element('?xml', {version: '1.0', encoding: 'UTF-8'}, [text('')]), text('\n'), root])}\n`
}

/** Nesting deeper than this is refused (fast-xml-parser's `maxNestedTags`); XLIFF of md-l10n nests a few levels. */
const maxNesting = 100

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: prefix,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Decodes character references (`&#13;`, `&#x1F600;`) too, which XML has and the default does not.
  htmlEntities: true,
  captureMetaData: true,
  maxNestedTags: maxNesting
})
const metadata = XMLParser.getMetaDataSymbol() as unknown as symbol

function nameOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== attributesKey)!
}
function childrenOf(node: XmlNode): XmlNode[] {
  return (node[nameOf(node)] as XmlNode[] | undefined) ?? []
}
function attribute(node: XmlNode, name: string): string | undefined {
  return (node[attributesKey] as Record<string, string> | undefined)?.[`${prefix}${name}`]
}
function elements(nodes: readonly XmlNode[], name?: string): XmlNode[] {
  return nodes.filter((node) => !('#text' in node) && (name === undefined || nameOf(node) === name))
}

/**
 * The parsed tree; what the parser refuses (a DTD's external or parameter entities, entity
 * expansion past its limits, nesting past `maxNesting`) is an input error with its line.
 */
function parseTree(xml: string, file: string): XmlNode[] {
  // XLIFF 2.0 is defined by schemas, never a DTD: a document type declaration is only a way to
  // make entities expand (or reach outside the file), so none is read.
  const root = /<[A-Za-z_]/.exec(xml)?.index ?? xml.length
  const doctype = /<!DOCTYPE/i.exec(xml.slice(0, root))
  if (doctype)
    throw new InputError(
      'not a usable XLIFF file: it has a document type declaration (`<!DOCTYPE`), which XLIFF 2.0 never needs and md-l10n does not read (its entities could expand or reach outside the file)',
      file,
      xml.slice(0, doctype.index).split('\n').length
    )
  try {
    return parser.parse(xml) as XmlNode[]
  } catch (error) {
    const message = (error as Error).message
    throw new InputError(
      `not a usable XLIFF file: ${message}${/entit/i.test(message) ? ' (md-l10n reads no document type definitions)' : ''}`,
      file,
      errorLine(xml, message)
    )
  }
}

/** The line a parser's message points at: the DOCTYPE for its declarations, the tag that nests too deep, or a position. */
function errorLine(xml: string, message: string): number | undefined {
  const lineAt = (offset: number) => xml.slice(0, offset).split('\n').length
  if (/nested/i.test(message)) {
    let depth = 0
    for (const tag of xml.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
      if (tag[1]) depth--
      else if (!tag[2] && ++depth > maxNesting) return lineAt(tag.index)
    }
  }
  const position = /position (\d+)/.exec(message)
  if (position) return lineAt(Number(position[1]))
  const doctype = xml.indexOf('<!DOCTYPE')
  return doctype === -1 ? undefined : lineAt(doctype)
}

/**
 * The line of a node, from the offsets of the document's line breaks (found once: counting them
 * from the start for each unit made an import quadratic in its units).
 */
function lineFinder(xml: string): (node: XmlNode) => number {
  let breaks: number[] | undefined
  return (node) => {
    const start = (node as {[metadata]?: {startIndex: number}})[metadata]?.startIndex ?? 0
    if (!breaks) {
      breaks = []
      for (let index = xml.indexOf('\n'); index !== -1; index = xml.indexOf('\n', index + 1)) breaks.push(index)
    }
    // The number of line breaks before `start`, by binary search.
    let low = 0
    let high = breaks.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (breaks[middle]! < start) low = middle + 1
      else high = middle
    }
    return low + 1
  }
}

/** Read a translator's XLIFF 2.0 file; `namespaceOf` maps a `<file original>` to its namespace. */
export function parseXliff(
  xml: string,
  file: string,
  namespaceOf: (original: string) => string | undefined
): ImportedFile {
  const validation = XMLValidator.validate(xml)
  if (validation !== true)
    throw new InputError(`not well-formed XML: ${validation.err.msg}`, file, validation.err.line, validation.err.col)
  const lineOf = lineFinder(xml)
  const tree = parseTree(xml, file)
  const root = elements(tree).find((node) => nameOf(node) !== '?xml')
  if (!root || nameOf(root) !== 'xliff' || attribute(root, 'xmlns') !== xliffNamespace) {
    throw new InputError(
      `not an XLIFF 2.0 document: expected \`<xliff xmlns="${xliffNamespace}">\``,
      file,
      root ? lineOf(root) : 1
    )
  }
  if (attribute(root, 'version') !== '2.0')
    throw new InputError(
      `XLIFF version \`${attribute(root, 'version')}\` is not supported, expected \`2.0\``,
      file,
      lineOf(root)
    )
  const units: ImportedUnit[] = []
  for (const fileNode of elements(childrenOf(root), 'file')) {
    const original = attribute(fileNode, 'original') ?? ''
    const namespace = namespaceOf(original)
    if (namespace === undefined)
      throw new InputError(
        `\`<file original="${original}">\` is not a source document of this project`,
        file,
        lineOf(fileNode)
      )
    const visit = (nodes: readonly XmlNode[]) => {
      for (const node of elements(nodes)) {
        if (nameOf(node) === 'group') visit(childrenOf(node))
        else if (nameOf(node) === 'unit') units.push(readUnit(node, namespace, file, lineOf))
      }
    }
    visit(childrenOf(fileNode))
  }
  return {
    sourceLanguage: attribute(root, 'srcLang'),
    targetLanguage: attribute(root, 'trgLang'),
    languageLine: lineOf(root),
    units
  }
}

function readUnit(unit: XmlNode, namespace: string, file: string, lineOf: (node: XmlNode) => number): ImportedUnit {
  const key = attribute(unit, 'id') ?? ''
  const line = lineOf(unit)
  const where = `unit \`${key}\``
  const notes = elements(childrenOf(unit), 'notes').flatMap((notes) => elements(childrenOf(notes), 'note'))
  const previous = notes.find((note) => attribute(note, 'category') === 'previous-source')
  let source = ''
  let target = ''
  let hasTarget = false
  let needsReview = false
  for (const part of elements(childrenOf(unit))) {
    const name = nameOf(part)
    if (name !== 'segment' && name !== 'ignorable') continue
    const sourceNode = elements(childrenOf(part), 'source')[0]
    const targetNode = elements(childrenOf(part), 'target')[0]
    const sourceText = sourceNode ? inlineText(childrenOf(sourceNode), file, where, lineOf) : ''
    source += sourceText
    if (targetNode) hasTarget = true
    // An ignorable without a target (whitespace between segments) reads as its source.
    target += targetNode
      ? inlineText(childrenOf(targetNode), file, where, lineOf)
      : name === 'ignorable'
        ? sourceText
        : ''
    if (name === 'segment' && (attribute(part, 'state') ?? 'initial') === 'initial') needsReview = true
  }
  return {
    namespace,
    key,
    line,
    source,
    target: hasTarget ? target : undefined,
    needsReview,
    previousSource: previous ? inlineText(childrenOf(previous), file, where, lineOf) : undefined
  }
}

/** `<cp hex="…">`: a Unicode scalar value (not a surrogate, at most 10FFFF), else an input error. */
function codePoint(node: XmlNode, file: string, where: string, lineOf: (node: XmlNode) => number): string {
  const hex = attribute(node, 'hex') ?? ''
  const value = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN
  if (!(value <= 0x10ffff) || (value >= 0xd800 && value <= 0xdfff)) {
    throw new InputError(
      `${where}: \`<cp hex="${hex}">\` is not a Unicode code point (expected hexadecimal 0–10FFFF, not a surrogate)`,
      file,
      lineOf(node)
    )
  }
  return String.fromCodePoint(value)
}

/** Inline content back to tagged text: `<pc id="1">` → `<1>…</1>`, `<ph id="2"/>` → `<2/>`. */
function inlineText(nodes: readonly XmlNode[], file: string, where: string, lineOf: (node: XmlNode) => number): string {
  let result = ''
  for (const node of nodes) {
    if ('#text' in node) {
      result += String(node['#text'])
      continue
    }
    const name = nameOf(node)
    const id = () => {
      const value = attribute(node, name === 'ec' ? 'startRef' : 'id') ?? attribute(node, 'id')
      if (!value || !/^\d+$/.test(value))
        throw new InputError(
          `${where}: inline code \`<${name}>\` has id \`${value ?? ''}\`, expected the number of a tag of the source`,
          file,
          lineOf(node)
        )
      return value
    }
    if (name === 'pc') result += `<${id()}>${inlineText(childrenOf(node), file, where, lineOf)}</${id()}>`
    else if (name === 'ph') result += `<${id()}/>`
    else if (name === 'sc') result += `<${id()}>`
    else if (name === 'ec') result += `</${id()}>`
    else if (name === 'mrk') result += inlineText(childrenOf(node), file, where, lineOf)
    else if (name === 'sm' || name === 'em') continue
    else if (name === 'cp') result += codePoint(node, file, where, lineOf)
    else throw new InputError(`${where}: unexpected element \`<${name}>\` in a source or target`, file, lineOf(node))
  }
  return result
}
