/**
 * translate/providers/openai: any OpenAI-compatible chat completions API through the official
 * `openai` client (OpenAI, Azure OpenAI, OpenRouter, Ollama, llama.cpp server, vLLM, LM Studio):
 * `baseUrl`, `model`, the key's environment variable `apiKeyEnv`, extra `headers` and `query`
 * (Azure's `api-version`). Temperature 0. The client's own retries are off: the run's queue retries.
 */
import type {Provider, ProviderFactory} from '../types.js'
import {ProviderError} from '../types.js'
import {sdkError, stringSetting} from './http.js'
import {readTranslations, systemPrompt, userPrompt} from './prompt.js'

export const createProvider: ProviderFactory = async (name, settings, {env, fetch: fetcher}) => {
  const model = stringSetting(settings, 'model')
  if (!model) throw new ProviderError(`the ${name} provider needs a \`model\``)
  const baseURL = stringSetting(settings, 'baseUrl', 'https://api.openai.com/v1')
  const keyName = stringSetting(settings, 'apiKeyEnv', 'OPENAI_API_KEY')!
  // Local servers (Ollama, llama.cpp) take no key: the client still wants a string.
  const apiKey =
    env[keyName] ?? (settings.apiKeyEnv === undefined && !/api\.openai\.com/.test(baseURL!) ? 'none' : undefined)
  if (!apiKey) throw new ProviderError(`the ${name} provider needs its key in the environment variable \`${keyName}\``)
  const {default: OpenAI} = await import('openai')
  const client = new OpenAI({
    apiKey,
    baseURL,
    maxRetries: 0,
    fetch: fetcher,
    defaultHeaders: (settings.headers ?? {}) as Record<string, string>,
    defaultQuery: (settings.query ?? {}) as Record<string, string>
  })
  const temperature = typeof settings.temperature === 'number' ? settings.temperature : 0
  let requests = 0
  const provider: Provider = {
    name,
    model,
    get requests() {
      return requests
    },
    async translate(batch, context) {
      requests++
      let content: string | null | undefined
      try {
        const completion = await client.chat.completions.create(
          {
            model,
            temperature,
            messages: [
              {role: 'system', content: systemPrompt(context)},
              {role: 'user', content: userPrompt(batch, context)}
            ]
          },
          {signal: context.signal}
        )
        content = completion.choices?.[0]?.message?.content
      } catch (error) {
        throw sdkError(error, name)
      }
      return readTranslations(content ?? undefined, batch.length, name)
    }
  }
  return provider
}
