/**
 * util/lazy: heavy dependencies loaded on first use, synchronously, so that importing md-l10n
 * does not pay for them: language identification (ELD's model: a second and about 200 MiB) and
 * OpenCC's dictionaries load when a check first needs them, the MDX and directive parsers when a
 * document of a dialect that uses them is first parsed. Node 20.19 and later `require` ES
 * modules; `import.meta.resolve` finds the file the package exports for `import`.
 */
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'

const require = createRequire(import.meta.url)

export function lazyModule<T>(specifier: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= require(fileURLToPath(import.meta.resolve(specifier))) as T)
}
