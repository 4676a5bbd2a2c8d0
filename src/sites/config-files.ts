/**
 * sites/config-files: TOML and YAML generator configs as plain data, or an `InputError` naming the
 * file and line. TOML through toml-eslint-parser (already md-l10n's reader of TOML front matter),
 * YAML through `yaml`; tags a generator's YAML carries for Python (`!!python/name:…`, MkDocs) are
 * read as their text instead of failing the file.
 */
import {parseDocument} from 'yaml'
import {InputError} from '../util/errors.js'
import {lazyModule} from '../util/lazy.js'

const tomlParser = lazyModule<typeof import('toml-eslint-parser')>('toml-eslint-parser')

export function readTomlConfig(text: string, file: string): unknown {
  try {
    const parser = tomlParser()
    return parser.getStaticTOMLValue(parser.parseTOML(text))
  } catch (error) {
    const line = (error as {lineNumber?: number}).lineNumber
    throw new InputError(
      `cannot read the generator's config: ${(error as Error).message.split('\n')[0]!.trim()}`,
      file,
      typeof line === 'number' ? line : undefined
    )
  }
}

export function readYamlConfig(text: string, file: string): unknown {
  const document = parseDocument(text, {prettyErrors: true, uniqueKeys: false})
  const error = document.errors[0]
  if (error)
    throw new InputError(
      `cannot read the generator's config: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      file,
      error.linePos?.[0].line,
      error.linePos?.[0].col
    )
  return document.toJS({maxAliasCount: 1000})
}

export function readJsonConfig(text: string, file: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new InputError(`cannot read the generator's config: ${(error as Error).message}`, file)
  }
}

/** By the file's extension. */
export function readDataConfig(text: string, file: string): unknown {
  if (/\.toml$/.test(file)) return readTomlConfig(text, file)
  if (/\.json$/.test(file)) return readJsonConfig(text, file)
  return readYamlConfig(text, file)
}
