import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {defaults, normalizeConfig, openProject} from '../../src/index.js'
import {InputError} from '../../src/util/errors.js'
import {temporaryFolder} from '../helpers.js'

describe('defaults', () => {
  it('are frozen, arrays and objects included', () => {
    expect([
      Object.isFrozen(defaults),
      Object.isFrozen(defaults.frontMatterFields),
      Object.isFrozen(defaults.proseAttributes),
      Object.isFrozen(defaults.locales)
    ]).toEqual([true, true, true, true])
  })

  it('give every config its own arrays: a change to one config leaves the next and the defaults as they were', () => {
    const first = normalizeConfig({})
    first.frontMatterFields.push('sidebar_label')
    first.untranslated.push('0/400')
    const second = normalizeConfig(undefined)
    expect([second.frontMatterFields, second.untranslated, defaults.frontMatterFields]).toEqual([
      ['title', 'description'],
      [],
      ['title', 'description']
    ])
  })
})

describe('md-l10n.config.json', () => {
  const configError = (text: string) => {
    const root = temporaryFolder('md-l10n-config-')
    writeFileSync(path.join(root, 'md-l10n.config.json'), text)
    try {
      openProject({root}).config()
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      return String(error)
    }
    return 'no error'
  }

  it('refuses a key set twice, naming its line and the first one', () => {
    expect(
      configError('{\n  // the docs\n  "sourceDir": "docs",\n  "minCoverage": 80,\n  "sourceDir": "pages"\n}\n')
    ).toBe('md-l10n.config.json:5:3: `sourceDir` is set twice (first on line 3); keep one')
  })

  it('refuses a key set twice inside a nested object', () => {
    expect(configError('{"checks": {"length": "warning",\n "length": "off"}}')).toBe(
      'md-l10n.config.json:2:2: `length` is set twice (first on line 1); keep one'
    )
  })

  it('takes the same key in different objects', () => {
    expect(configError('{"minCoverage": {"fr": 80}, "checks": {"fr": "off"}}')).not.toContain('set twice')
  })
})
