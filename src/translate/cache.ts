/**
 * translate/cache: every answer an engine gave, by a hash of everything that made it (provider,
 * model, languages, the text as sent, its context, the instructions), so a rerun, or a second
 * branch with the same cache, sends nothing twice. One append-only file of JSON lines per target
 * language under `.md-l10n-cache/translate/`: a line cut short by a killed run is skipped.
 */
import path from 'node:path'
import {hash} from 'node:crypto'
import type {Host} from '../project/host.js'
import type {BatchContext, ProviderUnit} from './types.js'

export const translateCacheFolder = '.md-l10n-cache/translate'

export class TranslationCache {
  private readonly entries = new Map<string, Map<string, string>>()
  /** Languages whose file ends in a line a killed run cut short: the next line starts on its own. */
  private readonly unterminated = new Set<string>()

  constructor(
    private readonly host: Host,
    private readonly root: string
  ) {}

  /** The cache key of one unit sent with `context` to `provider`/`model`. */
  static key(provider: string, model: string, unit: ProviderUnit, context: Omit<BatchContext, 'signal'>): string {
    const {sourceLanguage, targetLanguage, title, instructions} = context
    const made = [
      provider,
      model,
      sourceLanguage,
      targetLanguage,
      title ?? '',
      instructions ?? '',
      unit.text,
      unit.before ?? '',
      unit.after ?? '',
      unit.note ?? '',
      unit.glossary ?? [],
      unit.memory ?? [],
      unit.problem ?? ''
    ]
    return hash('sha256', JSON.stringify(made), 'hex').slice(0, 32)
  }

  private file(language: string): string {
    return path.join(this.root, translateCacheFolder, `${language}.jsonl`)
  }

  private of(language: string): Map<string, string> {
    let known = this.entries.get(language)
    if (known) return known
    known = new Map()
    this.entries.set(language, known)
    const read = this.host.read(this.file(language))
    if (!read) return known
    const text = Buffer.from(read.bytes).toString('utf8')
    if (text !== '' && !text.endsWith('\n')) this.unterminated.add(language)
    for (const line of text.split('\n')) {
      try {
        const {k, t} = JSON.parse(line) as {k?: unknown; t?: unknown}
        if (typeof k === 'string' && typeof t === 'string') known.set(k, t)
      } catch {
        // A line a killed run cut short, or an empty one.
      }
    }
    return known
  }

  get(language: string, key: string): string | undefined {
    return this.of(language).get(key)
  }

  /** Keep answers (flushed to disk at once: a killed run keeps what it paid for). */
  add(language: string, answers: ReadonlyArray<[key: string, text: string]>): void {
    const known = this.of(language)
    const fresh = answers.filter(([key, text]) => known.get(key) !== text)
    if (fresh.length === 0) return
    for (const [key, text] of fresh) known.set(key, text)
    this.host.makeFolder(path.dirname(this.file(language)))
    const lead = this.unterminated.delete(language) ? '\n' : ''
    this.host.append(this.file(language), lead + fresh.map(([k, t]) => `${JSON.stringify({k, t})}\n`).join(''))
  }
}
