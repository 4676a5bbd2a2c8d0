/**
 * project/extract: regenerate the source-language catalog of each changed source and sync
 * its target catalogs (new → missing, changed → stale, removed → obsolete until `--prune`).
 *
 * A namespace whose source did not change is skipped unread, except for target catalogs in a
 * folder where files were created, removed or renamed. A catalog edited in place needs no sync
 * until its source changes: the sync then stamps new translations against the source text the
 * translator saw, which is the source catalog this command last wrote. The run's steps are
 * `ExtractRun`'s (`runs/extract-run`).
 */
import type {Project} from './load.js'
import type {TranslationMemory} from './memory.js'
import type {Progress} from './progress.js'
import {ExtractRun} from './runs/extract-run.js'

export interface ExtractOptions {
  /** Remove obsolete translations (kept by default). */
  prune?: boolean
  /** Sync only these target languages (default: all of the project's). */
  languages?: readonly string[]
  progress?: Progress
  /** What a watcher keeps between its extracts, and the catalogs (`language/namespace`) it reported since the last one. */
  session?: ExtractSession
  reportedCatalogs?: Iterable<string>
}

export interface ExtractSession {
  memory?: TranslationMemory
}

/** What one language's catalogs went through in this run (catalogs not synced are not counted). */
export interface ExtractedLanguage {
  language: string
  /** Catalogs read and synced by this run. */
  synced: number
  added: number
  stale: number
  obsolete: number
  pruned: number
  stamped: number
  /** Segments filled from the same source text translated elsewhere (translation memory). */
  fromMemory: number
}

export interface ExtractResult {
  sourceLanguage: string
  documents: number
  segments: number
  /** Files written, relative to the project root. */
  written: string[]
  languages: ExtractedLanguage[]
}

export function extractProject(
  project: Project,
  targets: readonly string[],
  options: ExtractOptions = {}
): Promise<ExtractResult> {
  return new ExtractRun(project, targets, options).run()
}
