/**
 * version: md-l10n's version and where to report bugs, read from its package.json (one place to
 * change them). Caches are keyed by the version, so a new version never reads an older cache.
 */
import {readFileSync} from 'node:fs'

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string
  bugs?: string | {url?: string}
}

export const version: string = manifest.version
export const bugs: string | undefined = typeof manifest.bugs === 'string' ? manifest.bugs : manifest.bugs?.url
