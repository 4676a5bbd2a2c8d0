import {hash} from 'node:crypto'

/**
 * Short content hash: 8 hex digits of SHA-256. Used for keys and for stale detection. The one-shot
 * `crypto.hash` costs half of a `createHash` object for the short texts a run hashes by the million.
 */
export function hashText(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 8)
}

const recentHashes = new Map<string, string>()

/**
 * `hashText` for text that is hashed again and again: a source segment's text is hashed once per
 * language that has its translation (a build of 13 languages hashes each 12 times).
 */
export function hashRepeatedText(text: string): string {
  let hash = recentHashes.get(text)
  if (hash === undefined) {
    hash = hashText(text)
    // Bounded: the memo serves the documents of one run's loop, not a whole project.
    if (recentHashes.size >= 100_000) recentHashes.clear()
    recentHashes.set(text, hash)
  }
  return hash
}
