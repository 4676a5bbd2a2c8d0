/**
 * The incremental decisions, driven from tables: for each situation a run can meet, what it may
 * skip and what it must look at again. Each host question counts: a warm run's cost is its stats.
 */
import {describe, expect, it} from 'vitest'
import {
  planBuildEntry,
  planExtractTarget,
  planLanguage,
  planLinkedEntry,
  planReusedOutputs
} from '../../src/project/plan.js'
import type {BuiltEntry} from '../../src/project/state/output-manifest.js'
import type {ExtractedTarget} from '../../src/project/state/extract-state.js'

const target: ExtractedTarget = {catalog: '10:1', meta: '20:1'}

describe('planExtractTarget', () => {
  const rows: Array<
    [
      string,
      {before?: ExtractedTarget; another?: boolean; folder: boolean; catalog: string; meta: string},
      'keep' | 'keys' | 'sync',
      number
    ]
  > = [
    ['the source changed (nothing recorded to keep)', {folder: true, catalog: '10:1', meta: '20:1'}, 'sync', 0],
    [
      'unrecorded, beside a source catalog another extract wrote as this run would: its keys are compared',
      {another: true, folder: false, catalog: '10:1', meta: '-'},
      'keys',
      1
    ],
    [
      'unrecorded, beside such a source catalog, but absent (a language added since): synced',
      {another: true, folder: false, catalog: '-', meta: '-'},
      'sync',
      1
    ],
    [
      'no file came or went in its folder: an in-place edit waits for the source to change',
      {before: target, folder: true, catalog: '99:9', meta: '20:1'},
      'keep',
      1
    ],
    [
      'its folder moved, the catalog and meta did not',
      {before: target, folder: false, catalog: '10:1', meta: '20:1'},
      'keep',
      3
    ],
    [
      'its folder moved and the catalog was replaced',
      {before: target, folder: false, catalog: '11:2', meta: '20:1'},
      'sync',
      2
    ],
    [
      'its folder moved and the meta was deleted',
      {before: target, folder: false, catalog: '10:1', meta: '-'},
      'sync',
      3
    ]
  ]
  it.each(rows)('%s', (_, situation, expected, questions) => {
    let asked = 0
    const ask =
      <T>(answer: T) =>
      () => (asked++, answer)
    expect(
      planExtractTarget({
        before: situation.before,
        writtenByAnotherExtract: situation.another,
        folderUnchanged: ask(situation.folder),
        catalogStamp: ask(situation.catalog),
        metaStamp: ask(situation.meta)
      })
    ).toBe(expected)
    expect(asked).toBe(questions)
  })
})

describe('planBuildEntry', () => {
  const previous = {
    sourceHash: 'h1',
    catalog: '10:1',
    meta: '-',
    total: 5,
    translated: 5,
    kept: true,
    warnings: [],
    catalogHash: 'c'
  } satisfies BuiltEntry
  const rows: Array<
    [
      string,
      Partial<Parameters<typeof planBuildEntry>[0]> & {catalog?: string; meta?: string},
      'reuse' | 'localize',
      number
    ]
  > = [
    ['never built', {previous: undefined}, 'localize', 0],
    ['its source changed', {sourceHash: 'h2'}, 'localize', 0],
    ['the source language: its catalogs are not inputs', {isSource: true, catalog: '99:9'}, 'reuse', 0],
    ['a watcher says its catalog did not change', {reportedChanged: false, catalog: '99:9'}, 'reuse', 0],
    ['a watcher says its catalog changed, and it did', {reportedChanged: true, catalog: '11:2'}, 'localize', 1],
    ['a watcher says it changed, but it was saved unchanged', {reportedChanged: true}, 'reuse', 2],
    ['no watcher, catalog and meta as recorded', {}, 'reuse', 2],
    ['no watcher, the catalog was edited in place', {catalog: '11:2'}, 'localize', 1],
    ['no watcher, a meta file appeared', {meta: '30:3'}, 'localize', 2]
  ]
  it.each(rows)('%s', (_, situation, expected, questions) => {
    let asked = 0
    const plan = planBuildEntry({
      previous: 'previous' in situation ? situation.previous : previous,
      sourceHash: situation.sourceHash ?? 'h1',
      isSource: situation.isSource ?? false,
      reportedChanged: situation.reportedChanged,
      catalogStamp: () => (asked++, situation.catalog ?? '10:1'),
      metaStamp: () => (asked++, situation.meta ?? '-')
    })
    expect(plan).toBe(expected)
    expect(asked).toBe(questions)
  })
})

describe('planReusedOutputs and planLanguage', () => {
  it.each([
    [true, true, true, 'keep'],
    [true, true, false, 'rewrite'],
    [false, true, true, 'rewrite'],
    [true, false, true, 'rewrite']
  ] as const)('was kept %s, kept now %s, outputs present %s: %s', (wasKept, keep, present, expected) => {
    expect(planReusedOutputs({wasKept, keep, outputsPresent: () => present})).toBe(expected)
  })

  it.each([
    [
      {isSource: false, translated: 79, total: 100, minimum: 80},
      {percent: 79, emitted: false}
    ],
    [
      {isSource: false, translated: 80, total: 100, minimum: 80},
      {percent: 80, emitted: true}
    ],
    [
      {isSource: true, translated: 0, total: 100, minimum: 80},
      {percent: 0, emitted: true}
    ],
    [
      {isSource: false, translated: 0, total: 0, minimum: 100},
      {percent: 100, emitted: true}
    ]
  ])('%j → %j', (input, expected) => {
    expect(planLanguage(input)).toEqual(expected)
  })
})

describe('planLinkedEntry', () => {
  const plans: Record<string, 'reuse' | 'localize'> = {setup: 'reuse', faq: 'localize'}
  const rows: Array<[string, 'reuse' | 'localize', string[] | undefined, 'reuse' | 'localize']> = [
    ['its own inputs changed', 'localize', ['setup'], 'localize'],
    ['it links to no other page', 'reuse', undefined, 'reuse'],
    ['the pages it links to are reused', 'reuse', ['setup'], 'reuse'],
    ['a page it links to is localized again (its headings may have changed)', 'reuse', ['setup', 'faq'], 'localize'],
    ['a page it linked to is gone', 'reuse', ['setup', 'install'], 'localize'],
    ['a page its link named is still missing', 'reuse', ['?install', '?install/index'], 'reuse'],
    ['a page its link named is now there', 'reuse', ['?faq'], 'localize']
  ]
  it.each(rows)('%s', (_, plan, linked, expected) => {
    expect(planLinkedEntry({plan, linked, planOf: (namespace) => plans[namespace]})).toBe(expected)
  })
})
