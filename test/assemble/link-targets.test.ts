import {expect, it} from 'vitest'
import {linkTarget} from '../../src/assemble/link-targets.js'

const links = [{from: '/en/', to: '/{lang}/'}]

it.each([
  ['#install', {namespaces: ['guide/start'], fragment: 'install', fragmentStart: 1, rewritten: false}],
  ['setup.md#install', {namespaces: ['guide/setup'], fragment: 'install', fragmentStart: 9, rewritten: false}],
  [
    '../reference/api.md#list-files',
    {namespaces: ['reference/api'], fragment: 'list-files', fragmentStart: 20, rewritten: false}
  ],
  [
    './setup#install',
    {
      namespaces: ['guide/setup', 'guide/setup/index', 'guide/setup/README', 'guide/setup/_index'],
      fragment: 'install',
      fragmentStart: 8,
      rewritten: false
    }
  ],
  ['setup.html?x=1#%C3%A9tape', {namespaces: ['guide/setup'], fragment: 'étape', fragmentStart: 15, rewritten: false}],
  ['../#faq', {namespaces: ['index', 'README', '_index'], fragment: 'faq', fragmentStart: 4, rewritten: false}],
  [
    '/en/guide/setup/#install',
    {
      namespaces: ['guide/setup', 'guide/setup/index', 'guide/setup/README', 'guide/setup/_index'],
      fragment: 'install',
      fragmentStart: 17,
      rewritten: true
    }
  ],
  [
    '/en/guide/setup/',
    {
      namespaces: ['guide/setup', 'guide/setup/index', 'guide/setup/README', 'guide/setup/_index'],
      fragment: '',
      fragmentStart: 16,
      rewritten: true
    }
  ]
])('%s from guide/start leads to %j', (url, target) => {
  expect(linkTarget(url, 'guide/start', links)).toEqual(target)
})

it.each(['https://example.com/a#b', '/docs/setup#install', '../../outside.md#a', 'mailto:a@example.com', ''])(
  '%s leads nowhere in the project',
  (url) => {
    expect(linkTarget(url, 'guide/start', links)).toBeUndefined()
  }
)
