/**
 * project/plan: the incremental decisions, as pure functions of what the last run recorded and
 * what the host says now: what a run may skip, what it must look at again, what it withdraws.
 * Each question to the host is a function, asked only when the answer matters (a `stat` per
 * catalog is what a large project's warm run costs).
 */
import type {BuiltEntry} from './state/output-manifest.js'
import type {ExtractedTarget} from './state/extract-state.js'

/**
 * A target catalog in `extract`: `keep` it as the last extract left it (a catalog edited in place
 * needs no sync before its source changes), or `sync` it.
 *
 * With no record of its own (`before`), beside a source catalog already as this run writes it
 * (another extract wrote it: a fresh clone), an existing catalog is read and kept if a sync would
 * keep its keys and translations (`keys`: every key translated, none missing): a sync would then
 * change no status, for a translation it would stamp is stamped against that same source text.
 * Any other is synced, as without a source catalog to go by: the keys to translate appear, and
 * the memory fills the repeats.
 */
export function planExtractTarget(input: {
  /** What the last extract left, when the source is unchanged; absent otherwise. */
  before: ExtractedTarget | undefined
  /** Unrecorded, the source catalog was found as this run writes it. */
  writtenByAnotherExtract?: boolean
  /** No file came or went in the catalog's folder since the last extract. */
  folderUnchanged: () => boolean
  catalogStamp: () => string
  metaStamp: () => string
}): 'keep' | 'keys' | 'sync' {
  const {before} = input
  if (!before) return input.writtenByAnotherExtract && input.catalogStamp() !== '-' ? 'keys' : 'sync'
  if (input.folderUnchanged()) return 'keep'
  return before.catalog === input.catalogStamp() && before.meta === input.metaStamp() ? 'keep' : 'sync'
}

/**
 * One language × document in `build`: `reuse` the last build's outputs and counts, or
 * `localize` it again.
 */
export function planBuildEntry(input: {
  previous: BuiltEntry | undefined
  sourceHash: string
  /** The source language's document is its source: its catalogs are not inputs. */
  isSource: boolean
  /** A watcher's report: `undefined` when the run was not told what changed. */
  reportedChanged: boolean | undefined
  catalogStamp: () => string
  /** The meta file's stamp; the recorded one, known without asking, while its folder did not move. */
  metaStamp: (recorded: string) => string
}): 'reuse' | 'localize' {
  const {previous} = input
  if (!previous || previous.sourceHash !== input.sourceHash) return 'localize'
  // A watcher said the catalog did not change: nothing else is looked at.
  if (input.isSource || input.reportedChanged === false) return 'reuse'
  return previous.catalog === input.catalogStamp() && previous.meta === input.metaStamp(previous.meta)
    ? 'reuse'
    : 'localize'
}

/**
 * An entry whose page links into other pages (`headingIds: "translate"`): its links take their
 * headings, so it is localized again when one of them is (its source or catalog changed, or it is
 * new), or when a page it linked to is gone. `linked`: the pages it recorded, `?` before one its
 * links named but the project did not have.
 */
export function planLinkedEntry(input: {
  plan: 'reuse' | 'localize'
  linked: readonly string[] | undefined
  planOf: (namespace: string) => 'reuse' | 'localize' | undefined
}): 'reuse' | 'localize' {
  if (input.plan === 'localize' || !input.linked) return input.plan
  for (const recorded of input.linked) {
    const absent = recorded.startsWith('?')
    const plan = input.planOf(absent ? recorded.slice(1) : recorded)
    if (absent ? plan !== undefined : plan !== 'reuse') return 'localize'
  }
  return 'reuse'
}

/**
 * A reused entry once the language's coverage is known: `keep` it as recorded, or `rewrite` its
 * outputs (the language crossed its minimum, or an output was deleted since).
 */
export function planReusedOutputs(input: {
  wasKept: boolean
  keep: boolean
  outputsPresent: () => boolean
}): 'keep' | 'rewrite' {
  return input.wasKept === input.keep && input.outputsPresent() ? 'keep' : 'rewrite'
}

/** Whether a language's documents are emitted: the source always, a target at its minimum. */
export function planLanguage(input: {isSource: boolean; translated: number; total: number; minimum: number}): {
  percent: number
  emitted: boolean
} {
  const percent = input.total === 0 ? 100 : (input.translated / input.total) * 100
  return {percent, emitted: input.isSource || percent >= input.minimum}
}
