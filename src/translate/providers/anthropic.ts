/**
 * translate/providers/anthropic: Claude through the Anthropic Messages API and its official client
 * (`@anthropic-ai/sdk`): `model`, `apiKeyEnv` (default `ANTHROPIC_API_KEY`), `baseUrl`, `maxTokens`.
 * No temperature: the Messages API of this client has none. The client's own retries are off: the run's queue retries.
 */
import type {Provider, ProviderFactory} from '../types.js'
import {ProviderError} from '../types.js'
import {sdkError, secret, stringSetting} from './http.js'
import {readTranslations, systemPrompt, userPrompt} from './prompt.js'

export const createProvider: ProviderFactory = async (name, settings, {env, fetch: fetcher}) => {
  const model = stringSetting(settings, 'model')
  if (!model) throw new ProviderError(`the ${name} provider needs a \`model\``)
  const apiKey = secret(env, stringSetting(settings, 'apiKeyEnv', 'ANTHROPIC_API_KEY')!, name)
  const {default: Anthropic} = await import('@anthropic-ai/sdk')
  const client = new Anthropic({apiKey, baseURL: stringSetting(settings, 'baseUrl'), maxRetries: 0, fetch: fetcher})
  const maxTokens = typeof settings.maxTokens === 'number' ? settings.maxTokens : 4096
  let requests = 0
  const provider: Provider = {
    name,
    model,
    get requests() {
      return requests
    },
    async translate(batch, context) {
      requests++
      let text: string | undefined
      try {
        const message = await client.messages.create(
          {
            model,
            max_tokens: maxTokens,
            system: systemPrompt(context),
            messages: [{role: 'user', content: userPrompt(batch, context)}]
          },
          {signal: context.signal}
        )
        text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')
      } catch (error) {
        throw sdkError(error, name)
      }
      return readTranslations(text, batch.length, name)
    }
  }
  return provider
}
