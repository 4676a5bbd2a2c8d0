/**
 * translate/providers/google: Google Cloud Translation v3, `projects/{projectId}/locations/{location}:translateText`
 * with `mimeType: text/html` (the tags are kept). Its REST API directly: the official client needs
 * Node 22 and gRPC for one POST. Settings: `projectId`, `location` (default `global`), `model`,
 * `glossaries` (a glossary resource per language tag), `accessTokenEnv` (an OAuth token, default
 * `GOOGLE_CLOUD_ACCESS_TOKEN`, e.g. from `gcloud auth print-access-token`), `baseUrl`.
 */
import type {Provider, ProviderFactory} from '../types.js'
import {ProviderError} from '../types.js'
import {postJson, secret, stringSetting} from './http.js'

export const createProvider: ProviderFactory = (name, settings, {env, fetch: fetcher}) => {
  const projectId = stringSetting(settings, 'projectId')
  if (!projectId) throw new ProviderError(`the ${name} provider needs a \`projectId\``)
  const location = stringSetting(settings, 'location', 'global')!
  const baseUrl = stringSetting(settings, 'baseUrl', 'https://translation.googleapis.com')!.replace(/\/+$/, '')
  const token = secret(env, stringSetting(settings, 'accessTokenEnv', 'GOOGLE_CLOUD_ACCESS_TOKEN')!, name)
  const parent = `projects/${projectId}/locations/${location}`
  const model = stringSetting(settings, 'model')
  const glossaries = (settings.glossaries ?? {}) as Record<string, string>
  let requests = 0
  const provider: Provider = {
    name,
    model: model ?? 'google-nmt',
    get requests() {
      return requests
    },
    async translate(batch, context) {
      const glossary = glossaries[context.targetLanguage]
      const body = {
        contents: batch.map(({text}) => text),
        mimeType: 'text/html',
        sourceLanguageCode: context.sourceLanguage,
        targetLanguageCode: context.targetLanguage,
        ...(model ? {model: model.includes('/') ? model : `${parent}/models/${model}`} : {}),
        ...(glossary ? {glossaryConfig: {glossary}} : {})
      }
      requests++
      const answer = (await postJson(fetcher, `${baseUrl}/v3/${parent}:translateText`, body, {
        headers: {authorization: `Bearer ${token}`, 'x-goog-user-project': projectId},
        signal: context.signal
      })) as {
        translations?: Array<{translatedText?: unknown}>
        glossaryTranslations?: Array<{translatedText?: unknown}>
      }
      const translations = (glossary ? answer.glossaryTranslations : undefined) ?? answer.translations
      const texts = translations?.map(({translatedText}) => translatedText)
      if (!texts || texts.length !== batch.length || !texts.every((text) => typeof text === 'string')) {
        throw new ProviderError(
          `${name}: ${batch.length} texts were sent, the answer has ${texts?.length ?? 'no'} \`translations\``
        )
      }
      return texts as string[]
    }
  }
  return provider
}
