import {expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {openProject} from '../src/project/index.js'
import {copyProject, projectRoot} from './helpers.js'

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8')

it('runs the API example of the README against the built package', () => {
  const example = /## API[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!
  // Inside the package folder, `import … from 'md-l10n'` resolves to the package itself (lib/).
  const file = path.join(projectRoot, `.readme-example-${process.pid}.mjs`)
  writeFileSync(file, example)
  try {
    execFileSync(process.execPath, [file], {stdio: 'pipe'})
  } finally {
    rmSync(file, {force: true})
  }
})

it('has the committed localized documents up to date with the sources and catalogs', async () => {
  const root = copyProject('md-l10n-docs-')
  await openProject({root}).build()
  const languages = readdirSync(path.join(root, 'dist/docs')).sort()
  expect(languages).toHaveLength(13)
  for (const language of languages) {
    const built = readFileSync(path.join(root, 'dist/docs', language, 'openai-palace-drama.md'), 'utf8')
    const committed = readFileSync(path.join(projectRoot, 'dist/docs', language, 'openai-palace-drama.md'), 'utf8')
    expect(committed, `dist/docs/${language} is stale: run npm run build`).toBe(built)
  }
})
