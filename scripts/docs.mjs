/**
 * Regenerate the README's table of checks from the checks' metadata. `npm run docs`.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {checks} from '../lib/check/index.js'
import {withChecksDocs} from '../lib/check/docs.js'

const file = new URL('../README.md', import.meta.url)
const before = readFileSync(file, 'utf8')
const after = withChecksDocs(before, checks)
if (after !== before) writeFileSync(file, after)
console.log(after === before ? 'README.md is up to date' : 'README.md: checks section regenerated')
