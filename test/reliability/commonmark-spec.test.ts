/**
 * Every example of the CommonMark spec (the `commonmark-spec` package) through both round trips:
 * identity byte for byte, pseudo-localization with the same structure, links and code.
 */
import {describe, expect, it} from 'vitest'
import spec from 'commonmark-spec'
import {segmentDocument} from '../../src/segment/index.js'
import {assembleDocument} from '../../src/assemble/index.js'
import {pseudoLocalize} from '../../src/pseudo/index.js'
import {documentShape, shapeDifference} from '../../src/check/structure.js'

// The spec writes tabs as `→`.
const examples = spec.tests.map((example) => ({...example, markdown: example.markdown.replace(/→/g, '\t')}))

describe('CommonMark spec examples', () => {
  it(`has all ${examples.length} examples`, () => {
    expect(examples.length).toBeGreaterThan(600)
  })

  it('come back byte for byte from an identity build', () => {
    const broken = examples.filter(
      ({markdown}) => assembleDocument(segmentDocument(markdown), () => undefined).markdown !== markdown
    )
    expect(broken.map(({number}) => number)).toEqual([])
  })

  it('keep their structure through a pseudo-localized build', () => {
    const broken: string[] = []
    for (const {markdown, number, section} of examples) {
      const document = segmentDocument(markdown)
      const localized = assembleDocument(document, (segment) => pseudoLocalize(segment.text)).markdown
      const difference = shapeDifference(documentShape(markdown), documentShape(localized))
      if (difference) broken.push(`#${number} (${section}): ${difference}`)
    }
    expect(broken).toEqual([])
  })
})
