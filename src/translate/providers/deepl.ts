/**
 * translate/providers/deepl: DeepL through its official client (`deepl-node`), with
 * `tag_handling: xml` so the `<g>`/`<x>` tags stay where they belong. Settings: `apiKeyEnv`
 * (default `DEEPL_AUTH_KEY`), `serverUrl`, `formality` (one value, or one per language tag),
 * `glossaries` (a DeepL glossary id per language tag), `languages` (tag → DeepL code).
 */
import type {Provider, ProviderFactory} from '../types.js'
import {ProviderError} from '../types.js'
import {secret, stringSetting} from './http.js'

/** DeepL refuses bare `en` and `pt` as targets. */
const targetDefaults: Record<string, string> = {en: 'en-US', pt: 'pt-PT'}

const perLanguage = (setting: unknown, language: string): string | undefined =>
  typeof setting === 'string'
    ? setting
    : typeof setting === 'object' && setting !== null
      ? ((setting as Record<string, string>)[language] ?? (setting as Record<string, string>)['*'])
      : undefined

export const createProvider: ProviderFactory = async (name, settings, {env}) => {
  const authKey = secret(env, stringSetting(settings, 'apiKeyEnv', 'DEEPL_AUTH_KEY')!, name)
  const deepl = await import('deepl-node')
  const translator = new deepl.Translator(authKey, {
    serverUrl: stringSetting(settings, 'serverUrl'),
    maxRetries: 0,
    minTimeout: 10_000
  })
  const codes = (settings.languages ?? {}) as Record<string, string>
  let requests = 0
  const provider: Provider = {
    name,
    model: stringSetting(settings, 'model', 'deepl')!,
    get requests() {
      return requests
    },
    async translate(batch, context) {
      const target = codes[context.targetLanguage] ?? targetDefaults[context.targetLanguage] ?? context.targetLanguage
      const source = codes[context.sourceLanguage] ?? context.sourceLanguage.split('-')[0]!
      const formality = perLanguage(settings.formality, context.targetLanguage)
      const glossary = perLanguage(settings.glossaries, context.targetLanguage)
      requests++
      try {
        const results = await translator.translateText(
          batch.map(({text}) => text),
          source as never,
          target as never,
          {
            tagHandling: 'xml',
            tagHandlingVersion: 'v2',
            ...(formality ? {formality: formality as never} : {}),
            ...(glossary ? {glossary} : {}),
            ...(context.title ? {context: context.title} : {})
          }
        )
        return results.map(({text}) => text)
      } catch (error) {
        throw deeplError(error as Error, name, deepl)
      }
    }
  }
  return provider
}

/** deepl-node's errors carry no status: its classes and messages say which are worth a retry. */
function deeplError(error: Error, provider: string, deepl: typeof import('deepl-node')): ProviderError {
  const retryable =
    error instanceof deepl.TooManyRequestsError ||
    error instanceof deepl.ConnectionError ||
    /Service unavailable/.test(error.message)
  return new ProviderError(`${provider}: ${error.message}`, {retryable})
}
