/**
 * segment/toml: TOML front matter (Hugo's `+++` fences). toml-eslint-parser reads it into a
 * syntax tree with the range and the string style of every value, which splicing a translation
 * back in place needs (parsers that only give values, smol-toml's or @iarna/toml's, do not).
 */
import type {AST} from 'toml-eslint-parser'
import type {FrontMatterBlock} from './parse.js'
import {InputError} from '../util/errors.js'
import {lazyModule} from '../util/lazy.js'

// Read only when a document has TOML front matter: importing md-l10n does not load it.
const tomlParser = lazyModule<typeof import('toml-eslint-parser')>('toml-eslint-parser')

/** Parse TOML, or throw the parser's error (with its 1-based `lineNumber`). */
export function parseToml(toml: string): AST.TOMLProgram {
  return tomlParser().parseTOML(toml)
}

/** The TOML `content` of a block at `start`…`end` (fences included), starting at `contentStart`. */
export function readTomlFrontMatter(
  content: string,
  start: number,
  contentStart: number,
  end: number,
  file?: string
): FrontMatterBlock {
  let program: AST.TOMLProgram
  try {
    program = parseToml(content)
  } catch (error) {
    const line = (error as {lineNumber?: number}).lineNumber
    throw new InputError(
      `malformed TOML front matter: ${(error as Error).message.split('\n')[0]!.trim()}`,
      file,
      typeof line === 'number' ? line + 1 : undefined
    )
  }
  const fields: FrontMatterBlock['fields'] = new Map()
  // Every scalar by its path, as for YAML: `title`, `params.subtitle`, `menu.main.0.name`.
  const value = (node: AST.TOMLContentNode, path: string): void => {
    if (node.type === 'TOMLValue')
      fields.set(path, {value: node.value, start: contentStart + node.range[0], end: contentStart + node.range[1]})
    else if (node.type === 'TOMLArray')
      for (const [index, element] of node.elements.entries()) value(element, `${path}.${index}`)
    else for (const pair of node.body) keyValue(pair, `${path}.`)
  }
  const keyValue = (pair: AST.TOMLKeyValue, prefix: string) =>
    value(pair.value, prefix + pair.key.keys.map((key) => (key.type === 'TOMLBare' ? key.name : key.value)).join('.'))
  for (const node of program.body[0].body) {
    if (node.type === 'TOMLKeyValue') keyValue(node, '')
    else for (const pair of node.body) keyValue(pair, `${node.resolvedKey.join('.')}.`)
  }
  return {
    format: 'toml',
    start,
    end,
    content,
    contentStart,
    data: tomlParser().getStaticTOMLValue(program) as Record<string, unknown>,
    fields
  }
}
