/**
 * A local HTTP server that speaks the documented protocols of the hosted engines (OpenAI chat
 * completions, Anthropic Messages, DeepL v2 `/translate`, Google Cloud Translation v3
 * `:translateText`, Apertium APy `/translate`), translating from a fixed table. Each request is
 * recorded; `answer` may replace the next answers (errors, 429 with Retry-After, malformed or
 * wrong-language text).
 */
import http from 'node:http'
import type {AddressInfo} from 'node:net'

export type Engine = 'openai' | 'anthropic' | 'deepl' | 'google' | 'apertium'

export interface Recorded {
  engine: Engine
  path: string
  headers: http.IncomingHttpHeaders
  /** JSON bodies parsed; form bodies as their fields (repeated ones as arrays). */
  body: Record<string, unknown>
  /** The texts to translate the request carried. */
  texts: string[]
}

/** What to answer instead of translations: a status (with headers and body), or texts to return. */
export type Override =
  | {status: number; headers?: Record<string, string>; body?: string}
  | {texts: (texts: string[]) => string[]}
  | {raw: string}

export interface FakeEngines {
  url: string
  requests: Recorded[]
  /** Answer the next requests with these, in order, then translate again. */
  overrides: Override[]
  close(): Promise<void>
}

function engineOf(method: string, url: string): Engine | undefined {
  if (method !== 'POST') return undefined
  if (url.startsWith('/v1/chat/completions')) return 'openai'
  if (url.startsWith('/v1/messages')) return 'anthropic'
  if (url.startsWith('/v2/translate')) return 'deepl'
  if (/^\/v3\/projects\/[^/]+\/locations\/[^/:]+:translateText/.test(url)) return 'google'
  if (url.startsWith('/translate')) return 'apertium'
  return undefined
}

function parseBody(text: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('json')) return JSON.parse(text) as Record<string, unknown>
  const fields: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(text)) {
    const known = fields[key]
    fields[key] = known === undefined ? value : Array.isArray(known) ? [...known, value] : [known, value]
  }
  return fields
}

/** The texts a request asks to translate, by protocol. */
function textsOf(engine: Engine, body: Record<string, unknown>): string[] {
  if (engine === 'deepl') return ([] as string[]).concat(body.text as string | string[])
  if (engine === 'google') return body.contents as string[]
  if (engine === 'apertium') return [body.q as string]
  const messages = body.messages as Array<{content: string}>
  const prompt = JSON.parse(messages.at(-1)!.content) as {segments: Array<{text: string}>}
  return prompt.segments.map(({text}) => text)
}

/** The protocol's success answer for `texts`. */
function answerOf(engine: Engine, texts: string[], body: Record<string, unknown>): unknown {
  const content = JSON.stringify({translations: texts})
  if (engine === 'openai') {
    return {
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: body.model,
      choices: [{index: 0, message: {role: 'assistant', content}, finish_reason: 'stop'}],
      usage: {prompt_tokens: 10, completion_tokens: 10, total_tokens: 20}
    }
  }
  if (engine === 'anthropic') {
    return {
      id: 'msg_1',
      type: 'message',
      role: 'assistant',
      model: body.model,
      content: [{type: 'text', text: content}],
      stop_reason: 'end_turn',
      stop_sequence: null,
      usage: {input_tokens: 10, output_tokens: 10}
    }
  }
  if (engine === 'deepl') return {translations: texts.map((text) => ({detected_source_language: 'EN', text}))}
  if (engine === 'google') return {translations: texts.map((translatedText) => ({translatedText}))}
  return {responseData: {translatedText: texts[0]}, responseDetails: null, responseStatus: 200}
}

/** Start the server; `translate` turns a sent text into its translation. */
export async function startFakeEngines(translate: (text: string) => string): Promise<FakeEngines> {
  const requests: Recorded[] = []
  const overrides: Override[] = []
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const engine = engineOf(request.method ?? '', request.url ?? '')
      if (!engine) {
        response.writeHead(404, {'content-type': 'application/json'}).end('{"error": {"message": "not found"}}')
        return
      }
      const body = parseBody(Buffer.concat(chunks).toString('utf8'), request.headers['content-type'])
      const texts = textsOf(engine, body)
      requests.push({engine, path: request.url!, headers: request.headers, body, texts})
      const override = overrides.shift()
      if (override && 'status' in override) {
        response
          .writeHead(override.status, {'content-type': 'application/json', ...override.headers})
          .end(override.body ?? '{"error": {"message": "failed", "type": "error"}}')
        return
      }
      if (override && 'raw' in override) {
        const raw = engine === 'openai' || engine === 'anthropic' ? answerOf(engine, [], body) : undefined
        if (raw && engine === 'openai')
          (raw as {choices: Array<{message: {content: string}}>}).choices[0]!.message.content = override.raw
        if (raw && engine === 'anthropic') (raw as {content: Array<{text: string}>}).content[0]!.text = override.raw
        response.writeHead(200, {'content-type': 'application/json'}).end(raw ? JSON.stringify(raw) : override.raw)
        return
      }
      const translated = override && 'texts' in override ? override.texts(texts) : texts.map(translate)
      response
        .writeHead(200, {'content-type': 'application/json'})
        .end(JSON.stringify(answerOf(engine, translated, body)))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    overrides,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
