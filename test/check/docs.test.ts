import {expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {checks} from '../../src/check/runner.js'
import {withChecksDocs} from '../../src/check/docs.js'
import {projectRoot} from '../helpers.js'

it('documents every check in the README, generated from the checks themselves (run `npm run docs`)', () => {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8')
  expect(withChecksDocs(readme, checks)).toBe(readme)
  for (const check of checks) expect(readme).toContain(`#### \`${check.meta.id}\``)
})
