/**
 * translate/requests: the run's requests to its provider, in parallel up to a limit, with one
 * back-off they all share: a 429 or 503 pauses every request (the server's `Retry-After` when it
 * gives one, else an exponential wait), and each is retried a bounded number of times.
 */
import {ProviderError} from './types.js'

export interface RequestPolicy {
  /** Requests in flight at once. */
  concurrency: number
  /** Retries of a request after a retryable failure. */
  retries: number
  /** First wait after a failure without `Retry-After`, in seconds (doubled on each retry). */
  backoff: number
  /** The longest wait honoured, in seconds (a longer `Retry-After` waits this long). */
  maxWait: number
}

export class RequestQueue {
  private active = 0
  private readonly waiting: Array<() => void> = []
  private pausedUntil = 0
  /** Requests retried after a retryable failure. */
  retried = 0

  constructor(
    private readonly policy: RequestPolicy,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
  ) {}

  /** Run `work` when a slot is free and the shared back-off is over; retry it as the policy says. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire()
    try {
      for (let attempt = 0; ; attempt++) {
        await this.pause()
        try {
          return await work()
        } catch (error) {
          if (!(error instanceof ProviderError) || !error.retryable || attempt >= this.policy.retries) throw error
          const seconds = Math.min(error.options.retryAfter ?? this.policy.backoff * 2 ** attempt, this.policy.maxWait)
          this.pausedUntil = Math.max(this.pausedUntil, Date.now() + seconds * 1000)
          this.retried++
        }
      }
    } finally {
      this.release()
    }
  }

  private async pause(): Promise<void> {
    for (let wait = this.pausedUntil - Date.now(); wait > 0; wait = this.pausedUntil - Date.now())
      await this.sleep(wait)
  }

  private acquire(): Promise<void> {
    if (this.active < this.policy.concurrency) {
      this.active++
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private release(): void {
    const next = this.waiting.shift()
    if (next) next()
    else this.active--
  }
}

/** `Retry-After` as seconds: a number of seconds or an HTTP date; `undefined` when absent or unreadable. */
export function retryAfterSeconds(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000)
}

/** Whether an HTTP status is worth retrying after a wait (529: Anthropic overloaded). */
export const isRetryableStatus = (status: number): boolean => [429, 502, 503, 504, 529].includes(status)

/** Split `items` into batches of at most `maxChars` characters (one longer item is a batch alone) and `maxItems` items. */
export function batchesOf<T>(
  items: readonly T[],
  size: (item: T) => number,
  maxChars: number,
  maxItems: number
): T[][] {
  const batches: T[][] = []
  let current: T[] = []
  let chars = 0
  for (const item of items) {
    const length = size(item)
    if (current.length > 0 && (chars + length > maxChars || current.length >= maxItems)) {
      batches.push(current)
      current = []
      chars = 0
    }
    current.push(item)
    chars += length
  }
  if (current.length > 0) batches.push(current)
  return batches
}
