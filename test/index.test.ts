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
    'checks',
    'countWords',
    'defaultFrontMatterFields',
    'defaults',
    'documentShape',
    'emptyGlossary',
    'findLanguageSwitcher',
    'formatMessage',
    'isRightToLeft',
    'languageCoverage',
    'localizeDocument',
    'main',
    'normalizeConfig',
    'normalizeExceptions',
    'normalizeGlossary',
    'normalizeLanguageName',
    'parseCatalog',
    'parseMeta',
    'parseTags',
    'pseudoLocale',
    'pseudoLocalize',
    'reassignKeys',
    'resolveLanguageName',
    'runChecks',
    'segmentDocument',
    'serializeCatalog',
    'serializeMeta',
    'shapeDifference',
    'similarity',
    'stripTags',
    'syncCatalog'
  ])
})
