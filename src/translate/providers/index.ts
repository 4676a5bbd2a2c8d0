/**
 * translate/providers: the built-in providers, one module each, loaded when a run uses one (each
 * loads its own client then). Any other `type` is a module name resolved from the project folder,
 * as `remarkPlugins` are, whose `createProvider` (or default export) is a `ProviderFactory`.
 */
import path from 'node:path'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import type {Provider, ProviderEnvironment, ProviderFactory, ProviderSettings} from '../types.js'
import {ProviderError} from '../types.js'

export const builtinProviders: Record<string, () => Promise<{createProvider: ProviderFactory}>> = {
  apertium: () => import('./apertium.js'),
  openai: () => import('./openai.js'),
  anthropic: () => import('./anthropic.js'),
  deepl: () => import('./deepl.js'),
  google: () => import('./google.js'),
  command: () => import('./command.js')
}

/** The provider `name` of the config, made from its settings. */
export async function createProvider(
  name: string,
  settings: ProviderSettings,
  environment: ProviderEnvironment
): Promise<Provider> {
  const builtin = builtinProviders[settings.type]
  const factory = builtin ? (await builtin()).createProvider : await moduleFactory(settings.type, environment.root)
  return factory(name, settings, environment)
}

async function moduleFactory(specifier: string, root: string): Promise<ProviderFactory> {
  let module: {createProvider?: unknown; default?: unknown}
  try {
    const require = createRequire(path.join(root, 'package.json'))
    module = (await import(
      pathToFileURL(require.resolve(specifier.startsWith('.') ? path.resolve(root, specifier) : specifier)).href
    )) as typeof module
  } catch (error) {
    const known = Object.keys(builtinProviders)
      .map((type) => `\`${type}\``)
      .join(', ')
    throw new ProviderError(
      `provider type \`${specifier}\` is not one of ${known} and cannot be loaded as a module from the project folder: ${(error as Error).message.split('\n')[0]}`
    )
  }
  const factory = module.createProvider ?? module.default
  if (typeof factory !== 'function')
    throw new ProviderError(`provider module \`${specifier}\` exports no \`createProvider\` function`)
  return factory as ProviderFactory
}
