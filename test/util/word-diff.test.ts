/** The word diff of a changed source, as the JSON export writes it for translators. */
import {describe, expect, it} from 'vitest'
import {wordDiff, wordDiffText} from '../../src/util/word-diff.js'

describe('wordDiffText', () => {
  it('marks a replaced word as removed then added, in the notation of git --word-diff=plain', () => {
    expect(wordDiffText(wordDiff('Install the package with npm.', 'Install a package with pnpm.', 'en'))).toBe(
      'Install [-the-]{+a+} package with [-npm-]{+pnpm+}.'
    )
  })

  it('keeps tags whole and splits Japanese into words, not the whole sentence', () => {
    expect(wordDiffText(wordDiff('<1>設定</1>を開きます。', '<1>設定</1>を閉じます。', 'ja'))).toBe(
      '<1>設定</1>を[-開き-]{+閉じ+}ます。'
    )
  })

  it('an unchanged source has no marks', () => {
    expect(wordDiffText(wordDiff('Run <1/> first.', 'Run <1/> first.', 'en'))).toBe('Run <1/> first.')
  })
})
