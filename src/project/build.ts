/**
 * project/build: write `dist/docs/<tag>/<document>` and (`exportCatalogs`)
 * `dist/locales/<tag>/<namespace>.json` (usable translations) for every language whose coverage
 * reaches its minimum.
 *
 * Incremental: a language × document whose source hash and catalog stamps are as the record in
 * `dist/` says is neither read nor written (`plan`); a watcher (`node/watch`) says what changed,
 * and its rebuild looks at those pairs only, the others and each language's figures kept from its
 * last build. Outputs of a language or document no longer built are withdrawn.
 *
 * This module holds what a build produces and how one pair is localized; the run's steps are
 * `BuildRun`'s (`runs/build-run`).
 */
import type {Project, ProjectDocument} from './load.js'
import type {OutputManifest} from './state/output-manifest.js'
import type {Progress} from './progress.js'
import {BuildRun} from './runs/build-run.js'

export {localizeOutput, linkedPagesOf, localizeHere, localizeOnThreadsFrom} from './runs/build-localize.js'

export interface BuildOptions {
  /**
   * Only these may have changed since the last build (a watcher's report): source files as
   * `source/…`, catalogs as `language/namespace`. Everything else is taken as the last build left
   * it, without a look at the file system.
   */
  changed?: {sources: ReadonlySet<string>; catalogs: ReadonlySet<string>}
  /** What a watcher keeps between rebuilds: the record of the outputs, loaded once and saved by the watcher. */
  session?: BuildSession
  progress?: Progress
  /** Localize many documents at once (on worker threads, in the Node host); else one by one here. */
  localizeMany?: LocalizeMany
}

/** One language × document as build writes and records it. */
export interface LocalizedOutput {
  /** The document as text, or as its UTF-8 bytes when it came from a worker thread (written as they are). */
  markdown: string | Uint8Array
  /** `dist/locales/<tag>/<namespace>.json`, serialized (text or UTF-8 bytes, like `markdown`), and its content hash (`''` and `-` when not exported). */
  catalogText: string | Uint8Array
  catalogHash: string
  documentHash: string
  /** Whether the document uses no translation at all. */
  untranslated: boolean
  counts: {total: number; translated: number}
  fallbacks: Array<{key: string; reason: string}>
  /** Stamps of the catalog and meta it was made from. */
  stamps: {catalog: string; meta: string}
  /** The other pages its links point into (`headingIds: "translate"`): it is rebuilt when they are. */
  linked?: string[]
}

export type LocalizeOutcome = {output: LocalizedOutput} | {error: Error}

/**
 * Localize many language × document pairs at once (ahead of the caller, within bounds): `outcome`
 * gives job `index`'s, asked for in order; `close` stops the work (also after a failure).
 */
export type LocalizeMany = (
  project: Project,
  jobs: ReadonlyArray<{language: string; document: ProjectDocument}>
) => {outcome(index: number): Promise<LocalizeOutcome>; close(): Promise<void>}

export interface BuildSession {
  manifest?: OutputManifest
  /** Whether the record changed since the watcher last saved it. */
  unsaved?: boolean
  /**
   * Each language's figures after the session's last build, for the languages and documents it
   * built: a rebuild of what the watcher reported then looks at those pairs only.
   */
  built?: {languages: string; documents: string; rows: Map<string, BuiltLanguage & {documents: number}>}
}

export interface BuiltLanguage {
  language: string
  translated: number
  total: number
  /** Percent of segments translated (not rounded). */
  percent: number
  minimum: number
  /** Whether its documents were written (the source language's always are). */
  emitted: boolean
}

/** A translation build could not use (its tags do not match the source's): the source text is used. */
export interface BuildWarning {
  /** The catalog, relative to the project root. */
  file: string
  language: string
  namespace: string
  key: string
  reason: string
}

export interface BuildResult {
  languages: BuiltLanguage[]
  /** Documents written or up to date in the output folder. */
  documents: number
  warnings: BuildWarning[]
  /** Human files at a site layout's place that build left as they are (`existingPages: "keep"`), relative to the root. */
  kept?: Array<{language: string; file: string}>
  /** Files written and removed, relative to the project root. */
  written: string[]
  removed: string[]
}

/** Build `languages` (default: all of the project's); the outputs of the project's other languages stay as they are. */
export function buildProject(
  project: Project,
  languages: readonly string[] = project.languages,
  options: BuildOptions = {}
): Promise<BuildResult> {
  return new BuildRun(project, languages, options).run()
}
