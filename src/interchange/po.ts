/**
 * interchange/po: gettext PO, compiled and parsed with gettext-parser.
 *
 * One entry per segment: `msgctxt` is the i18next key qualified by its namespace
 * (`<namespace>:<key>`, i18next's own `ns:key` form, so keys repeated across documents stay
 * distinct entries), `msgid` the source text, `msgstr` the translation, `#:` the document and
 * line, `#.` what each numbered tag stands for. A stale translation is `#, fuzzy` with the old
 * source as `#| msgid`, as msgmerge leaves it; an unreviewed machine draft is `#, fuzzy` with
 * `#. machine translation (provider, model)`. Segments have no plural forms (a markdown
 * paragraph is one message), so no entry has `msgid_plural`.
 *
 * PO has no field for translation memory matches: an entry without a current translation gets the
 * project's fuzzy matches (`interchange/matches`) as translator comments, `# suggestion (82%): …`
 * with the source it translates on the next line; `msgstr` stays as it was. Reading ignores them.
 */
import {po, type GetTextTranslation, type GetTextTranslations} from 'gettext-parser'
import {InputError} from '../util/errors.js'
import {machineLabel, tagLabel} from './codes.js'
import type {ExportedLanguage, ImportedFile, ImportedUnit} from './index.js'

const compileOptions = {foldLength: 79}

/**
 * `msgid "…"` lines for a `#|` comment. gettext-parser takes a previous-msgid comment as
 * written, so the library's own compiler writes it (escaped and folded like every msgid).
 */
function previousMsgid(text: string): string {
  const compiled = po
    .compile({charset: 'utf-8', headers: {}, translations: {'': {[text]: {msgid: text, msgstr: ['']}}}}, compileOptions)
    .toString('utf8')
  const lines: string[] = compiled.split('\n')
  const start = lines.findIndex((line, index) => index > 2 && line.startsWith('msgid '))
  const end = lines.findIndex((line, index) => index > start && line.startsWith('msgstr '))
  return lines.slice(start, end).join('\n')
}

/** The old source a `#| msgid` comment holds, read by the library's parser. */
function readPreviousMsgid(comment: string): string | undefined {
  const lines = comment.split('\n').filter((line) => !line.startsWith('msgctxt'))
  if (!lines[0]?.startsWith('msgid ')) return undefined
  try {
    const parsed = po.parse(`${lines.join('\n')}\nmsgstr ""\n`)
    return Object.values(parsed.translations[''] ?? {}).find((entry) => entry.msgid !== '')?.msgid
  } catch {
    return undefined
  }
}

/** `# suggestion (82%): …` and `#   for: …` lines; a line break of the text reads as a space there. */
function suggestions(unit: ExportedLanguage['documents'][number]['units'][number]): string {
  const line = (value: string) => value.replace(/\r?\n/g, ' ')
  return (unit.matches ?? [])
    .map((match) => `suggestion (${match.similarity}%): ${line(match.translation)}\n  for: ${line(match.source)}`)
    .join('\n')
}

/** One language's units as a PO file. */
export function buildPo(exported: ExportedLanguage): string {
  const translations: Record<string, Record<string, GetTextTranslation>> = {}
  for (const document of exported.documents) {
    for (const unit of document.units) {
      const msgctxt = `${document.namespace}:${unit.key}`
      const tags = [...unit.codes.values()].map((code) => `${tagLabel(code)} = ${code.description}`)
      translations[msgctxt] = {
        [unit.source]: {
          msgctxt,
          msgid: unit.source,
          msgstr: [unit.translation],
          comments: {
            translator: suggestions(unit),
            reference: `${document.file}:${unit.line}`,
            extracted: [
              ...(unit.machine ? [machineLabel(unit.machine)] : []),
              ...(unit.note === undefined ? [] : [unit.note]),
              ...tags
            ].join('\n'),
            flag: unit.status === 'stale' || unit.machine ? 'fuzzy' : '',
            previous: unit.previousSource === undefined ? '' : previousMsgid(unit.previousSource)
          }
        }
      }
    }
  }
  const data: GetTextTranslations = {
    charset: 'utf-8',
    headers: {
      'Project-Id-Version': exported.documents.length === 1 ? exported.documents[0]!.namespace : 'md-l10n',
      // Filled by the translators' tools; present so that `msgfmt --check` finds a complete header.
      'PO-Revision-Date': '',
      'Last-Translator': '',
      'Language-Team': '',
      Language: exported.targetLanguage,
      'MIME-Version': '1.0',
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Transfer-Encoding': '8bit',
      'X-Generator': 'md-l10n',
      'X-Source-Language': exported.sourceLanguage
    },
    translations
  }
  return po.compile(data, compileOptions).toString('utf8')
}

/** Read a translator's PO file. */
export function parsePo(text: string, file: string): ImportedFile {
  let parsed: GetTextTranslations
  try {
    parsed = po.parse(text, {validation: true})
  } catch (error) {
    const message = (error as Error).message.replace(/^Error parsing PO data: /, '')
    const line = /at line (\d+)/.exec(message)?.[1]
    throw new InputError(`not a valid PO file: ${message}`, file, line === undefined ? undefined : Number(line))
  }
  if (!parsed.headers)
    throw new InputError(
      'not a valid PO file: it has no header entry (`msgid ""` with `Language: …`); is it empty?',
      file,
      1
    )
  // gettext-parser gives no positions: the line of each entry is that of its `msgctxt`, which
  // md-l10n's keys keep on one line.
  const lines = new Map<string, number>()
  for (const [index, line] of text.split('\n').entries())
    if (line.startsWith('msgctxt ')) lines.set(line.trimEnd(), index + 1)
  const units: ImportedUnit[] = []
  for (const [context, entries] of Object.entries(parsed.translations)) {
    for (const entry of Object.values(entries)) {
      if (entry.msgid === '' && context === '') continue
      const line = lines.get(`msgctxt ${JSON.stringify(context)}`)
      const separator = context.lastIndexOf(':')
      if (separator <= 0)
        throw new InputError(`\`msgctxt ${JSON.stringify(context)}\` is not \`<namespace>:<key>\``, file, line)
      if (entry.msgid_plural !== undefined)
        throw new InputError(`\`${context}\` has plural forms; md-l10n segments have none`, file, line)
      const target = entry.msgstr[0] ?? ''
      const flags = (entry.comments?.flag ?? '').split(',').map((flag) => flag.trim())
      units.push({
        namespace: context.slice(0, separator),
        key: context.slice(separator + 1),
        line,
        source: entry.msgid,
        target: target === '' ? undefined : target,
        needsReview: flags.includes('fuzzy'),
        previousSource: entry.comments?.previous ? readPreviousMsgid(entry.comments.previous) : undefined
      })
    }
  }
  const language = parsed.headers.Language || parsed.headers.language
  return {
    targetLanguage: language || undefined,
    sourceLanguage: parsed.headers['X-Source-Language'] || undefined,
    languageLine: 1,
    units
  }
}
