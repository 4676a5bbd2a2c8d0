/**
 * translate/providers/apertium: Apertium APy (`apertium-apy`), the open-source rule-based engine.
 * `GET|POST /translate?langpair=en|es&q=…&format=html&markUnknown=no` answers
 * `{"responseData": {"translatedText": "…"}, "responseStatus": 200}`; the HTML format keeps the
 * `<g>`/`<x>` tags in place. One request per segment (APy translates one text a request).
 */
import type {Provider, ProviderFactory, ProviderUnit, BatchContext} from '../types.js'
import {ProviderError} from '../types.js'
import {postJson, stringSetting} from './http.js'

export const createProvider: ProviderFactory = (name, settings, {fetch: fetcher}) => {
  const baseUrl = (stringSetting(settings, 'baseUrl', 'http://127.0.0.1:2737') ?? '').replace(/\/+$/, '')
  const codes = (settings.languages ?? {}) as Record<string, string>
  const code = (tag: string) => codes[tag] ?? tag.split('-')[0]!
  let requests = 0
  const one = async (unit: ProviderUnit, context: BatchContext): Promise<string> => {
    const body = new URLSearchParams({
      langpair: `${code(context.sourceLanguage)}|${code(context.targetLanguage)}`,
      q: unit.text,
      format: 'html',
      markUnknown: 'no'
    })
    requests++
    const answer = (await postJson(fetcher, `${baseUrl}/translate`, body, {signal: context.signal})) as {
      responseData?: {translatedText?: unknown}
      responseStatus?: number
      explanation?: string
    }
    const text = answer?.responseData?.translatedText
    if (typeof text !== 'string')
      throw new ProviderError(
        `${name}: APy answered without \`responseData.translatedText\`${answer?.explanation ? ` (${answer.explanation})` : ''}`
      )
    return text
  }
  const provider: Provider = {
    name,
    model: stringSetting(settings, 'model', 'apertium-apy') ?? 'apertium-apy',
    get requests() {
      return requests
    },
    async translate(batch, context) {
      const texts: string[] = []
      for (const unit of batch) texts.push(await one(unit, context))
      return texts
    }
  }
  return provider
}
