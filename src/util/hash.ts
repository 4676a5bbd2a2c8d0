import {createHash} from 'node:crypto'

/** Short content hash: 8 hex digits of SHA-256. Used for keys and for stale detection. */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8)
}
