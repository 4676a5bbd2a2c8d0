/**
 * catalog/store: read and write the JSON files of a catalog, strictly. Only strings and data:
 * the file system is the CLI's.
 *
 * A catalog is i18next's flat `key → string` resource. Reading rejects what i18next would read
 * silently wrong: duplicate keys (JSON.parse keeps the last), values that are not strings, and
 * `__proto__`/`constructor`/`prototype` keys (prototype pollution). jsonc-parser gives the
 * offsets that turn each of these into a `file:line` message.
 *
 * A catalog in the form md-l10n writes (and translators' editors keep) is read with `JSON.parse`
 * alone: its text equals its serialization, so it has no duplicate key, and its values are checked
 * directly (a tenth of the time jsonc-parser takes over a hundred thousand catalogs). Anything
 * else goes through the strict reader.
 */
import {parseTree, type Node, type ParseError} from 'jsonc-parser'
import type {Catalog, CatalogMeta, CatalogEntryMeta} from '../types.js'
import {InputError} from '../util/errors.js'
import {explainJsonError, position, tooDeep} from './json-error.js'

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype'])

function lineOf(text: string, offset: number): number {
  return position(text, offset).line
}

/** Parse a JSON object's text into a tree of properties, rejecting syntax errors and duplicates. */
function parseObject(text: string, file: string): Node {
  const errors: ParseError[] = []
  const body = text.replace(/^\uFEFF/, '')
  const deep = tooDeep(body)
  if (deep) throw new InputError(deep.message, file, deep.line, deep.column)
  const tree = parseTree(body, errors, {allowTrailingComma: false, disallowComments: true})
  if (errors.length > 0) {
    const {message, line, column} = explainJsonError(body)
    throw new InputError(message, file, line, column)
  }
  if (!tree || tree.type !== 'object') throw new InputError('expected a JSON object', file, 1)
  const seen = new Set<string>()
  for (const property of tree.children ?? []) {
    const [keyNode] = property.children ?? []
    const key = String(keyNode?.value)
    if (seen.has(key)) throw new InputError(`duplicate key \`${key}\``, file, lineOf(body, keyNode!.offset))
    if (forbiddenKeys.has(key))
      throw new InputError(`key \`${key}\` is not allowed`, file, lineOf(body, keyNode!.offset))
    seen.add(key)
  }
  return tree
}

/**
 * `text` parsed with `JSON.parse`, when it is valid as `accept` says and in the form `serialize`
 * writes (so no key is duplicated: JSON.parse would keep the last); else `undefined`.
 */
function parseCanonical<T>(
  text: string,
  accept: (value: unknown) => value is T,
  serialize: (value: T) => string
): T | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  return accept(parsed) && serialize(parsed) === text ? parsed : undefined
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function isCatalog(value: unknown): value is Catalog {
  return (
    isPlainObject(value) && Object.keys(value).every((key) => !forbiddenKeys.has(key) && typeof value[key] === 'string')
  )
}

function isMeta(value: unknown): value is CatalogMeta {
  if (!isPlainObject(value) || value.version !== 1 || !isPlainObject(value.entries)) return false
  const entries = value.entries
  return Object.keys(entries).every((key) => !forbiddenKeys.has(key) && isEntryMeta(entries[key]))
}

/** Read a catalog file's text: a flat object of strings. */
export function parseCatalog(text: string, file: string): Catalog {
  const fast = parseCanonical(text, isCatalog, serializeCatalog)
  if (fast) return fast
  const tree = parseObject(text, file)
  const body = text.replace(/^\uFEFF/, '')
  const catalog: Catalog = {}
  for (const property of tree.children ?? []) {
    const [keyNode, valueNode] = property.children ?? []
    const key = String(keyNode!.value)
    if (valueNode?.type !== 'string') {
      throw new InputError(
        `value of \`${key}\` is ${valueNode?.type === 'object' ? 'an object' : `a ${valueNode?.type}`}, expected a string (md-l10n catalogs are flat)`,
        file,
        lineOf(body, valueNode?.offset ?? keyNode!.offset)
      )
    }
    catalog[key] = valueNode.value as string
  }
  return catalog
}

/** A catalog as md-l10n writes it: keys in the given order, two-space indent, final newline. */
export function serializeCatalog(catalog: Catalog): string {
  return `${JSON.stringify(catalog, null, 2)}\n`
}

/** Read a catalog's meta sidecar. */
export function parseMeta(text: string, file: string): CatalogMeta {
  const fast = parseCanonical(text, isMeta, serializeMeta)
  if (fast) return fast
  const tree = parseObject(text, file)
  const body = text.replace(/^\uFEFF/, '')
  const entriesNode = tree.children?.find((property) => property.children?.[0]?.value === 'entries')?.children?.[1]
  const entries: Record<string, CatalogEntryMeta> = {}
  if (entriesNode) {
    if (entriesNode.type !== 'object')
      throw new InputError('`entries` must be an object', file, lineOf(body, entriesNode.offset))
    parseObject(body.slice(entriesNode.offset, entriesNode.offset + entriesNode.length), file)
    for (const property of entriesNode.children ?? []) {
      const [keyNode, valueNode] = property.children ?? []
      const key = String(keyNode!.value)
      if (forbiddenKeys.has(key))
        throw new InputError(`key \`${key}\` is not allowed`, file, lineOf(body, keyNode!.offset))
      const value = valueNode ? nodeValue(valueNode) : undefined
      if (!isEntryMeta(value)) {
        throw new InputError(
          `entry \`${key}\` must have string \`sourceHash\`, \`source\` and \`translationHash\``,
          file,
          lineOf(body, keyNode!.offset)
        )
      }
      entries[key] = {
        sourceHash: value.sourceHash,
        source: value.source,
        translationHash: value.translationHash,
        ...originOf(value),
        ...importedFields(value)
      }
    }
  }
  return {version: 1, entries}
}

/** Where a translation came from, as the meta records it (a machine draft with its provider and model). */
function originOf(value: CatalogEntryMeta): Pick<CatalogEntryMeta, 'origin' | 'provider' | 'model'> {
  if (value.origin === 'memory') return {origin: 'memory'}
  if (value.origin !== 'machine') return {}
  const text = (field: unknown) => (typeof field === 'string' ? field : undefined)
  return {
    origin: 'machine',
    ...(text(value.provider) ? {provider: value.provider} : {}),
    ...(text(value.model) ? {model: value.model} : {})
  }
}

function nodeValue(node: Node): unknown {
  if (node.type !== 'object') return node.value
  const object: Record<string, unknown> = {}
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? []
    const key = String(keyNode!.value)
    if (!forbiddenKeys.has(key) && valueNode) object[key] = nodeValue(valueNode)
  }
  return object
}

/** What `import --from` records beside a stamp, when it is well formed: the language's URLs and why it left the entry stale. */
function importedFields(value: CatalogEntryMeta): Pick<CatalogEntryMeta, 'urls' | 'reason'> {
  const urls =
    isPlainObject(value.urls) && Object.values(value.urls).every((url) => typeof url === 'string')
      ? value.urls
      : undefined
  return {...(urls ? {urls} : {}), ...(typeof value.reason === 'string' ? {reason: value.reason} : {})}
}

function isEntryMeta(value: unknown): value is CatalogEntryMeta {
  const entry = value as Partial<CatalogEntryMeta> | undefined
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.sourceHash === 'string' &&
    typeof entry.source === 'string' &&
    typeof entry.translationHash === 'string'
  )
}

export function serializeMeta(meta: CatalogMeta): string {
  return `${JSON.stringify(meta, null, 2)}\n`
}

/** `locales/<tag>/<namespace>.json` and its meta sidecar, relative to the locales folder. */
export function catalogPaths(language: string, namespace: string): {catalog: string; meta: string} {
  return {catalog: `${language}/${namespace}.json`, meta: `${language}/${namespace}.meta.json`}
}
