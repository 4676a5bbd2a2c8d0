/**
 * Regenerate the checks reference (docs/checks.md) from the checks' metadata. `npm run docs`.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {checks} from '../lib/check/index.js'
import {withChecksDocs} from '../lib/check/docs.js'

const file = new URL('../docs/checks.md', import.meta.url)
const before = readFileSync(file, 'utf8')
const after = withChecksDocs(before, checks)
if (after !== before) writeFileSync(file, after)
console.log(after === before ? 'docs/checks.md is up to date' : 'docs/checks.md: checks regenerated')
