import {testCheck} from '../tester.js'
import {missing} from '../../../src/check/rules/missing.js'
import {stale} from '../../../src/check/rules/stale.js'
import {obsolete} from '../../../src/check/rules/obsolete.js'

const source = 'Sumber asli: Laboratorium berbasis silikon'

testCheck(missing, {
  valid: [{source, translation: 'Original source: Silicon-Based Lab'}],
  invalid: [{source, translation: '', status: 'missing', messageId: 'missing'}]
})

testCheck(stale, {
  valid: [{source, translation: 'Original source: Silicon-Based Lab'}],
  invalid: [{source, translation: 'Original source: Silicon-Based Lab', status: 'stale', messageId: 'stale'}]
})

testCheck(obsolete, {
  valid: [{source, translation: 'Original source: Silicon-Based Lab', status: 'current'}],
  invalid: [{source: '', translation: 'Image source: Unbounded AI', status: 'obsolete', messageId: 'obsolete'}]
})
