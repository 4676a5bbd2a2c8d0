/**
 * translate/providers/http: one POST to an engine's HTTP API, its failures as `ProviderError`s the
 * request queue understands (429/503 retryable, with `Retry-After`).
 */
import {ProviderError} from '../types.js'
import {isRetryableStatus, retryAfterSeconds} from '../requests.js'

export interface PostOptions {
  headers?: Record<string, string>
  signal?: AbortSignal
}

/** POST `body` (JSON, or a form when it is `URLSearchParams`) and return the parsed JSON answer. */
export async function postJson(
  fetcher: typeof fetch,
  url: string,
  body: unknown,
  options: PostOptions = {}
): Promise<unknown> {
  const form = body instanceof URLSearchParams
  let response: Response
  try {
    response = await fetcher(url, {
      method: 'POST',
      headers: {'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json', ...options.headers},
      body: form ? body.toString() : JSON.stringify(body),
      signal: options.signal
    })
  } catch (error) {
    // A refused or dropped connection: the server may be starting or overloaded.
    throw new ProviderError(`cannot reach ${url}: ${(error as Error).message}`, {retryable: true})
  }
  const text = await response.text()
  if (!response.ok) {
    const status = response.status
    throw new ProviderError(`${url} answered ${status}: ${text.slice(0, 200)}`, {
      status,
      retryable: isRetryableStatus(status),
      retryAfter: retryAfterSeconds(response.headers.get('retry-after'))
    })
  }
  try {
    return JSON.parse(text)
  } catch {
    throw new ProviderError(`${url} answered with something that is not JSON: ${text.slice(0, 200)}`)
  }
}

/** The value of the environment variable a provider's settings name, or an error saying how to set it. */
export function secret(env: Readonly<Record<string, string | undefined>>, name: string, provider: string): string {
  const value = env[name]
  if (!value)
    throw new ProviderError(
      `the ${provider} provider needs its key in the environment variable \`${name}\` (set it, or name another with \`apiKeyEnv\`)`
    )
  return value
}

/** A string setting, or its default. */
export function stringSetting(settings: Record<string, unknown>, name: string, fallback?: string): string | undefined {
  const value = settings[name]
  if (value === undefined) return fallback
  if (typeof value !== 'string') throw new ProviderError(`\`${name}\` is ${JSON.stringify(value)}, expected a string`)
  return value
}

/** An SDK's error (openai, @anthropic-ai/sdk: `status` and `headers`) as a `ProviderError`. */
export function sdkError(error: unknown, provider: string): ProviderError {
  const failure = error as {
    status?: number
    headers?: Headers | Record<string, string>
    message?: string
    name?: string
  }
  if (error instanceof ProviderError) return error
  const status = typeof failure.status === 'number' ? failure.status : undefined
  const headers = failure.headers
  const header = headers instanceof Headers ? headers.get('retry-after') : headers?.['retry-after']
  // Without a status the connection failed (the SDK's APIConnectionError): worth another try.
  const retryable = status === undefined ? !/abort/i.test(failure.name ?? '') : isRetryableStatus(status)
  return new ProviderError(`${provider}: ${failure.message ?? String(error)}`, {
    status,
    retryable,
    retryAfter: retryAfterSeconds(header ?? undefined)
  })
}
