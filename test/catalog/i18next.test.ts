import {describe, expect, it} from 'vitest'
import i18next from 'i18next'
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {parseCatalog} from '../../src/catalog/store.js'
import {projectRoot} from '../helpers.js'

const namespace = 'openai-palace-drama'
const localesDir = path.join(projectRoot, 'locales')

describe('catalogs in stock i18next', () => {
  it('resolve every key with i18next default options', async () => {
    const resources: Record<string, Record<string, Record<string, string>>> = {}
    for (const language of readdirSync(localesDir)) {
      const file = path.join(localesDir, language, `${namespace}.json`)
      resources[language] = {[namespace]: parseCatalog(readFileSync(file, 'utf8'), file)}
    }
    const instance = i18next.createInstance()
    await instance.init({resources, lng: 'id', fallbackLng: false})
    let checked = 0
    for (const [language, namespaces] of Object.entries(resources)) {
      for (const [key, value] of Object.entries(namespaces[namespace]!)) {
        if (value === '') continue
        expect(instance.t(key, {ns: namespace, lng: language})).toBe(value)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(60)
  })
})
