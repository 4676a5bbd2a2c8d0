/**
 * project/read: reading the project's text and JSON files through the host, with errors that
 * name the file and line.
 */
import path from 'node:path'
import type {Host} from './host.js'
import {InputError} from '../util/errors.js'
import {parse as parseJsonc, visit as visitJsonc, type ParseError} from 'jsonc-parser'
import {explainJsonError, tooDeep} from '../catalog/json-error.js'

// `ignoreBOM`: a byte-order mark is part of the document and comes back in every output.
const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

export function decodeText(bytes: Uint8Array, display: string): string {
  try {
    return decoder.decode(bytes)
  } catch {
    throw new InputError('not valid UTF-8 text', display)
  }
}

/** A UTF-8 text file and its stamp; `undefined` when absent. `display` names it in errors. */
export function readTextStamped(host: Host, file: string, display = file): {text: string; stamp: string} | undefined {
  let read
  try {
    read = host.read(file)
  } catch (error) {
    throw new InputError(`cannot read: ${(error as Error).message}`, display)
  }
  return read && {text: decodeText(read.bytes, display), stamp: read.stamp}
}

export function readText(host: Host, file: string, display = file): string | undefined {
  return readTextStamped(host, file, display)?.text
}

/**
 * A JSON file of the project (`relative` to `root`); `undefined` when absent. `comments`: JSON with
 * comments and trailing commas (the config, which `md-l10n init` writes with comments).
 */
export function readJson(host: Host, root: string, relative: string, options: {comments?: boolean} = {}): unknown {
  const text = readText(host, path.join(root, relative), relative)
  if (text === undefined) return undefined
  const body = text.replace(/^\uFEFF/, '')
  const deep = tooDeep(body)
  if (deep) throw new InputError(deep.message, relative, deep.line, deep.column)
  if (options.comments) {
    const errors: ParseError[] = []
    const value = parseJsonc(body, errors, {allowTrailingComma: true, disallowComments: false})
    if (errors.length === 0) {
      refuseDuplicateKeys(body, relative)
      return value
    }
  } else {
    try {
      return JSON.parse(body)
    } catch {
      // Explained below.
    }
  }
  const {message, line, column} = explainJsonError(body, options.comments)
  throw new InputError(message, relative, line, column)
}

/**
 * A key written twice in one object of a config is refused, naming both lines: JSON parsers keep
 * the last one silently, and a setting that seems set would not be.
 */
function refuseDuplicateKeys(body: string, file: string): void {
  const objects: Array<Map<string, number>> = []
  visitJsonc(
    body,
    {
      onObjectBegin: () => void objects.push(new Map()),
      onObjectEnd: () => void objects.pop(),
      onObjectProperty: (property, _offset, _length, line, column) => {
        const keys = objects.at(-1)!
        const first = keys.get(property)
        if (first !== undefined)
          throw new InputError(
            `\`${property}\` is set twice (first on line ${first}); keep one`,
            file,
            line + 1,
            column + 1
          )
        keys.set(property, line + 1)
      }
    },
    {allowTrailingComma: true, disallowComments: false}
  )
}

const sourcePattern = /\.(md|mdx|markdown)$/i

/**
 * What the source folder holds, as sorted `/` paths relative to it: the markdown sources (`*.md`,
 * `*.mdx`, `*.markdown`) and the other files (images and such, which localized documents link to).
 * Dot-folders (`.vitepress/`, `.git/`) hold neither; other dotfiles are not assets (a tldr page
 * may well be called `..md`).
 */
export function listSourceFolder(host: Host, folder: string): {sources: string[]; assets: string[]} {
  const sources: string[] = []
  const assets: string[] = []
  const walk = (relative: string) => {
    for (const entry of host.list(relative ? path.join(folder, relative) : folder) ?? []) {
      const child = relative ? `${relative}/${entry.name}` : entry.name
      const hidden = entry.name.startsWith('.')
      if (entry.folder) {
        if (!hidden) walk(child)
      } else if (sourcePattern.test(entry.name)) sources.push(child)
      else if (!hidden) assets.push(child)
    }
  }
  walk('')
  return {sources: sources.sort(), assets: assets.sort()}
}

/** The markdown sources below `folder`. */
export function listSources(host: Host, folder: string): string[] {
  return listSourceFolder(host, folder).sources
}
