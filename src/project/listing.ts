/**
 * project/listing: what a run knows about folders without asking the host about every file.
 */
import path from 'node:path'
import type {Host} from './host.js'

/**
 * Which files exist, by one listing per folder once a run asks about many files of it: a run over
 * thousands of catalogs asks about many files that do not exist (meta files), and a failed `stat`
 * costs more than its share of a listing. A run that asks about a few files of a large folder
 * (one edited page) asks about them one by one instead. Reflects folders as they were when listed.
 */
export class FolderListing {
  private readonly folders = new Map<string, ReadonlySet<string> | null>()
  private readonly questions = new Map<string, number>()
  /** Questions about one folder answered one by one before the folder is listed. */
  private static readonly listAfter = 32

  constructor(private readonly host: Host) {}

  has(file: string): boolean {
    const folder = path.dirname(file)
    let names = this.folders.get(folder)
    if (names === undefined) {
      const asked = (this.questions.get(folder) ?? 0) + 1
      this.questions.set(folder, asked)
      if (asked <= FolderListing.listAfter) return this.host.exists(file)
      const entries = this.host.list(folder)
      names = entries ? new Set(entries.map(({name}) => name)) : null
      this.folders.set(folder, names)
    }
    return names?.has(path.basename(file)) ?? false
  }

  /** The file's stamp, without asking the host about a file a listing does not have. */
  stamp(file: string): string {
    return this.has(file) ? this.host.stamp(file) : '-'
  }
}

/**
 * `path.join(base, language, folder)`, joined once per run: the loops over every language of
 * every document ask for the same few hundred folders a hundred thousand times.
 */
export class FolderJoins {
  // By base, then language, then folder: the keys are the caller's own strings, whose hashes V8
  // keeps, where one joined key would be a new string to hash on every call.
  private readonly joined = new Map<string, Map<string, Map<string, string>>>()

  of(base: string, language: string, folder: string): string {
    let languages = this.joined.get(base)
    if (!languages) this.joined.set(base, (languages = new Map()))
    let folders = languages.get(language)
    if (!folders) languages.set(language, (folders = new Map()))
    let joined = folders.get(folder)
    if (joined === undefined) folders.set(folder, (joined = path.join(base, language, folder)))
    return joined
  }
}

/**
 * Folder stamps against those a previous run recorded. A folder whose stamp did not move has the
 * same entries as then (creating, removing or renaming a file in it moves it), although a file in
 * it may have been edited in place: what a run knew existed still exists, what was absent is still
 * absent, without a question per file.
 */
export class FolderStamps {
  private readonly current = new Map<string, string>()
  private readonly seen = new Set<string>()

  constructor(
    private readonly host: Host,
    private readonly recorded: ReadonlyMap<string, string>
  ) {}

  unchanged(folder: string): boolean {
    let stamp = this.current.get(folder)
    if (stamp === undefined) this.current.set(folder, (stamp = this.host.stamp(folder)))
    return stamp !== '-' && this.recorded.get(folder) === stamp
  }

  /** Note a folder whose files this run has seen in full, to record after the run. */
  see(folder: string): void {
    this.seen.add(folder)
  }

  /** The stamps to record after a run: every folder asked about or seen, as it is now. */
  afterRun(): Map<string, string> {
    const stamps = new Map<string, string>()
    for (const folder of new Set([...this.current.keys(), ...this.seen])) stamps.set(folder, this.host.stamp(folder))
    return stamps
  }
}
