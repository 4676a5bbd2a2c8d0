import {describe, expect, it} from 'vitest'
import {RequestQueue, batchesOf, retryAfterSeconds} from '../../src/translate/requests.js'
import {ProviderError} from '../../src/translate/types.js'

describe('the request queue', () => {
  it('shares one back-off: a 429 with Retry-After pauses every request, then each is retried', async () => {
    const waits: number[] = []
    // The clock moves by the wait asked for: no real sleep.
    let now = 1_000_000
    const realNow = Date.now
    Date.now = () => now
    try {
      const queue = new RequestQueue({concurrency: 2, retries: 2, backoff: 1, maxWait: 60}, async (ms) => {
        waits.push(ms)
        now += ms
      })
      const attempts: string[] = []
      let limited = true
      const request = (name: string) =>
        queue.run(async () => {
          attempts.push(name)
          if (limited) {
            limited = false
            throw new ProviderError('429', {status: 429, retryable: true, retryAfter: 7})
          }
          return name
        })
      expect(await Promise.all([request('a'), request('b'), request('c')])).toEqual(['a', 'b', 'c'])
      expect(attempts).toEqual(['a', 'b', 'a', 'c'])
      expect(waits).toEqual([7000])
      expect(queue.retried).toBe(1)
    } finally {
      Date.now = realNow
    }
  })

  it('retries a bounded number of times, then fails with the provider’s error', async () => {
    let calls = 0
    const queue = new RequestQueue({concurrency: 1, retries: 2, backoff: 0, maxWait: 0}, async () => {})
    await expect(
      queue.run(async () => {
        calls++
        throw new ProviderError('503 unavailable', {status: 503, retryable: true})
      })
    ).rejects.toThrow('503 unavailable')
    expect(calls).toBe(3)
  })

  it('does not retry what cannot succeed', async () => {
    let calls = 0
    const queue = new RequestQueue({concurrency: 1, retries: 5, backoff: 0, maxWait: 0}, async () => {})
    await expect(
      queue.run(async () => {
        calls++
        throw new ProviderError('400 bad request', {status: 400})
      })
    ).rejects.toThrow('400 bad request')
    expect(calls).toBe(1)
  })

  it('keeps at most `concurrency` requests in flight', async () => {
    const queue = new RequestQueue({concurrency: 2, retries: 0, backoff: 0, maxWait: 0})
    let inFlight = 0
    let most = 0
    let finished = 0
    const release: Array<() => void> = []
    const runs = [1, 2, 3, 4, 5].map((n) =>
      queue.run(async () => {
        most = Math.max(most, ++inFlight)
        await new Promise<void>((resolve) => release.push(resolve))
        inFlight--
        finished++
        return n
      })
    )
    while (finished < 5) {
      await new Promise((resolve) => setImmediate(resolve))
      release.shift()?.()
    }
    expect(await Promise.all(runs)).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
  })
})

describe('Retry-After and batches', () => {
  it.each([
    ['3', 3],
    ['0', 0],
    ['1.5', 1.5],
    ['Wed, 21 Oct 2015 07:28:10 GMT', 10],
    ['soon', undefined],
    [null, undefined]
  ])('Retry-After %j is %j seconds', (value, seconds) => {
    expect(retryAfterSeconds(value, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(seconds)
  })

  it('batches by characters and by count; a longer text is a batch alone', () => {
    const texts = ['aaaa', 'bbb', 'cc', 'dddddddddd', 'e', 'f', 'g']
    expect(batchesOf(texts, (text) => text.length, 8, 3)).toEqual([
      ['aaaa', 'bbb'],
      ['cc'],
      ['dddddddddd'],
      ['e', 'f', 'g']
    ])
  })
})
