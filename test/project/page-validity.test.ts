import {describe, expect, it} from 'vitest'
import {findBreakingKeys} from '../../src/project/page-validity.js'

/** A page that is valid unless one of `breaking` is still translated; counts the localizations tried. */
function page(breaking: readonly string[]) {
  const tried: string[][] = []
  const isValid = (excluded: ReadonlySet<string>) => {
    tried.push([...excluded].sort())
    return breaking.every((key) => excluded.has(key))
  }
  return {isValid, tried}
}

const keys = Array.from({length: 64}, (_, index) => `p-${String(index).padStart(2, '0')}`)

describe('findBreakingKeys', () => {
  it.each([
    {name: 'no key breaks the page', breaking: [], found: [], tries: 1},
    {name: 'the first key', breaking: ['p-00'], found: ['p-00'], tries: 9},
    {name: 'the last key', breaking: ['p-63'], found: ['p-63'], tries: 9},
    {name: 'two keys', breaking: ['p-07', 'p-41'], found: ['p-07', 'p-41'], tries: 17}
  ])('$name: finds exactly the breaking keys in $tries localizations (64 keys)', ({breaking, found, tries}) => {
    const {isValid, tried} = page(breaking)
    expect(findBreakingKeys(keys, isValid)?.sort()).toEqual(found)
    expect(tried).toHaveLength(tries)
  })

  it('gives up past the limit (the caller falls back the whole page)', () => {
    const {isValid} = page(keys.slice(0, 9))
    expect(findBreakingKeys(keys, isValid, 8)).toBeUndefined()
  })

  it("gives up when the page is invalid with every key fallen back (not a translation's fault)", () => {
    expect(findBreakingKeys(keys, () => false)).toBeUndefined()
  })
})
