import {expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {checks} from '../../src/check/runner.js'
import {withChecksDocs} from '../../src/check/docs.js'
import {projectRoot} from '../helpers.js'

it('documents every check in docs/checks.md, generated from the checks themselves (run `npm run docs`)', () => {
  const reference = readFileSync(path.join(projectRoot, 'docs/checks.md'), 'utf8')
  expect(withChecksDocs(reference, checks)).toBe(reference)
  for (const check of checks) expect(reference).toContain(`#### \`${check.meta.id}\``)
})
