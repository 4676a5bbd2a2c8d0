/**
 * translate/types: what a machine-translation provider is and what it is given. A provider is one
 * small function, `translate(batch, context) → texts`: everything else (tags, atoms, batching,
 * back-off, the cache, the gate) is the engine's, so a team's own provider is a few lines.
 */

/** One segment as the engine sends it: markup as XML-like tags the engine keeps. */
export interface ProviderUnit {
  /**
   * The text to translate: `<g id="1">…</g>` for a container (emphasis, a link), `<x id="2"/>` for
   * an atom (code, an image, a URL, a do-not-translate term). Text is XML-escaped (`&lt;`, `&amp;`).
   */
  text: string
  /** The source segments just before and after it in its document (plain, for meaning only). */
  before?: string
  after?: string
  /** What the source says to translators (`<!-- l10n: … -->`). */
  note?: string
  /** Glossary terms that occur in it, with the rendering the language requires. */
  glossary?: Array<{term: string; rendering: string}>
  /** Translations of similar source texts from the project's memory. */
  memory?: Array<{source: string; translation: string}>
  /** On a retry: what was wrong with the last answer (an LLM is told; other engines ignore it). */
  problem?: string
}

/** What every unit of a batch shares. */
export interface BatchContext {
  /** BCP 47 tags. */
  sourceLanguage: string
  targetLanguage: string
  /** The document's title (its first heading or front-matter title). */
  title?: string
  /** The config's instructions for the target language (formality, style). */
  instructions?: string
  /** Aborts the request (a run that stops). */
  signal?: AbortSignal
}

/** A machine-translation engine. */
export interface Provider {
  /** The provider's name in the config and the meta (`apertium`, `openai`). */
  readonly name: string
  /** The model or engine version, recorded with each draft and part of the cache key. */
  readonly model: string
  /** Translate every unit of `batch`; one text per unit, in order, in the same tag form. */
  translate(batch: readonly ProviderUnit[], context: BatchContext): Promise<string[]>
  /** How many HTTP requests (or program runs) it made so far. */
  readonly requests?: number
}

/** A provider's settings from `translate.providers.<name>` in the config. */
export interface ProviderSettings {
  /** Built-in `openai`, `anthropic`, `deepl`, `google`, `apertium`, `command`, or a module name. */
  type: string
  [setting: string]: unknown
}

/** What a provider factory may use besides its settings. */
export interface ProviderEnvironment {
  /** Environment variables (for the API key named in the settings). */
  env: Readonly<Record<string, string | undefined>>
  /** The project root (a `command` runs there; a module is resolved from there). */
  root: string
  /** `fetch` (tests pass one that counts). */
  fetch: typeof fetch
}

export type ProviderFactory = (
  name: string,
  settings: ProviderSettings,
  environment: ProviderEnvironment
) => Provider | Promise<Provider>

/**
 * A provider's failure. `retryable` failures (429, 503, a dropped connection) are retried after a
 * back-off shared by every request of the run; `retryAfter` (seconds) is the server's own.
 */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly options: {status?: number; retryable?: boolean; retryAfter?: number} = {}
  ) {
    super(message)
    this.name = 'ProviderError'
  }

  get retryable(): boolean {
    return this.options.retryable ?? false
  }
}
