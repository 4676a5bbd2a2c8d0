import {expect, it} from 'vitest'
import * as api from '../src/index.js'

it('exposes exactly the documented public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'InputError',
    'TagSyntaxError',
    'assembleDocument',
    'assignKeys',
    'canonicalTag',
    'catalogStatus',
    'countWords',
    'defaultFrontMatterFields',
    'defaults',
    'documentShape',
    'findLanguageSwitcher',
    'isRightToLeft',
    'languageCoverage',
    'localizeDocument',
    'main',
    'normalizeConfig',
    'normalizeLanguageName',
    'parseCatalog',
    'parseMeta',
    'parseTags',
    'pseudoLocale',
    'pseudoLocalize',
    'reassignKeys',
    'resolveLanguageName',
    'segmentDocument',
    'serializeCatalog',
    'serializeMeta',
    'shapeDifference',
    'similarity',
    'stripTags',
    'syncCatalog'
  ])
})
