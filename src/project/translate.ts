/**
 * project/translate: `md-l10n translate`, machine drafts for the segments nobody translated (and,
 * with `stale`, for stale machine drafts), which cannot break a page. A run is an object whose
 * methods are its steps: plan a language's segments, send them (through the cache), gate the
 * answers, retry a rejected one alone once, check the pages, store what passed.
 *
 * A person's translation is never touched: only a missing segment, or a machine draft nobody edited
 * since, is drafted. Drafts are stored with `origin: "machine"`, the provider and the model in the
 * meta, so coverage, build, the review site and the exports tell them apart. Each language's
 * catalogs are written in one journaled batch; every answer is cached as it arrives, so a killed
 * run loses no paid request.
 */
import path from 'node:path'
import {catalogStatus} from '../catalog/status.js'
import {catalogPaths, serializeCatalog, serializeMeta} from '../catalog/store.js'
import {normalizeGlossary, type Glossary} from '../check/glossary-file.js'
import {runChecks} from '../check/runner.js'
import {structure} from '../check/rules/structure.js'
import {validPage} from '../check/rules/valid-page.js'
import {dialectParser, isMdxDocument} from '../dialects/index.js'
import type {CheckSettings} from '../check/types.js'
import {hasTranslatableText} from '../segment/inline.js'
import type {Catalog, CatalogEntryMeta, CatalogMeta, Segment} from '../types.js'
import {InputError} from '../util/errors.js'
import {hashText} from '../util/hash.js'
import {configFileName} from '../config/defaults.js'
import {TranslationCache} from '../translate/cache.js'
import {gateProblems} from '../translate/gate.js'
import {fromEngine, toEngine, type EngineText} from '../translate/markup.js'
import {createProvider} from '../translate/providers/index.js'
import {RequestQueue, batchesOf} from '../translate/requests.js'
import {ProviderError, type BatchContext, type Provider, type ProviderUnit} from '../translate/types.js'
import {WriteBatch, within} from './batch.js'
import {readCatalog, type Project, type ProjectDocument} from './load.js'
import {localizeEntry} from './localize.js'
import type {Progress} from './progress.js'
import {readJson} from './read.js'

export interface TranslateOptions {
  /** Only these target languages (default: all). */
  languages?: readonly string[]
  /** The provider's name in `translate.providers` (default: `translate.provider`, or the only one). */
  provider?: string
  /** Count what would be sent, send nothing, write nothing. */
  dryRun?: boolean
  /** Send at most this many characters of source text in the run (cached answers cost none). */
  maxChars?: number
  /** Also redraft stale machine drafts (a person's stale translation is never touched). */
  stale?: boolean
  progress?: Progress
  /** Environment variables the provider's key is read from (default: `process.env`). */
  env?: Readonly<Record<string, string | undefined>>
  /** `fetch` for the HTTP providers (default: the global one). */
  fetch?: typeof fetch
}

export interface TranslatedLanguage {
  language: string
  /** Segments to draft (after `--max-chars`: those within the budget). */
  segments: number
  /** Characters of source text to send (cached answers not counted), and an estimate of their tokens. */
  characters: number
  estimatedTokens: number
  /** Segments whose answer the cache had. */
  cached: number
  /** Drafts stored. */
  drafted: number
  /** Drafts rejected (see `rejected`). */
  rejected: number
  /** Segments left for a later run by `--max-chars`. */
  overBudget: number
}

/** A segment left missing, and why. */
export interface RejectedDraft {
  language: string
  namespace: string
  /** The source document, relative to the project root, and the segment's line in it. */
  file: string
  line: number
  key: string
  reason: string
}

export interface TranslateResult {
  provider: string
  model: string
  dryRun: boolean
  languages: TranslatedLanguage[]
  /** Requests (or program runs) made to the provider, and how many of them were retries after a 429/503. */
  requests: number
  retried: number
  rejected: RejectedDraft[]
  /** Whether `--max-chars` left segments undrafted. */
  stoppedAtBudget: boolean
  /** Catalog files written, relative to the project root. */
  written: string[]
}

/** One segment to draft. */
interface Job {
  document: ProjectDocument
  segment: Segment
  sent: EngineText
  unit: ProviderUnit
  cacheKey: string
  answer?: string
  draft?: string
  /** Why the last answer cannot be stored. */
  problem?: string
}

/** The usual estimate for English text: four characters a token. */
const charactersPerToken = 4

export async function translateProject(
  project: Project,
  languages: readonly string[],
  options: TranslateOptions = {}
): Promise<TranslateResult> {
  return new TranslateRun(project, languages, options).run()
}

export class TranslateRun {
  private provider!: Provider
  private queue!: RequestQueue
  private readonly cache: TranslationCache
  private readonly settings: CheckSettings
  private spent = 0
  private readonly result: TranslateResult

  constructor(
    private readonly project: Project,
    private readonly languages: readonly string[],
    private readonly options: TranslateOptions
  ) {
    const {host, root, config} = project
    this.cache = new TranslationCache(host, root)
    this.settings = {
      glossary: normalizeGlossary(readJson(host, root, config.glossary), config.glossary),
      untranslated: new Set(config.untranslated)
    }
    this.result = {
      provider: '',
      model: '',
      dryRun: options.dryRun ?? false,
      languages: [],
      requests: 0,
      retried: 0,
      rejected: [],
      stoppedAtBudget: false,
      written: []
    }
  }

  async run(): Promise<TranslateResult> {
    await this.openProvider()
    const requestsBefore = this.provider.requests ?? 0
    for (const language of this.languages) {
      const jobs = this.plan(language)
      const row = this.budget(language, jobs)
      this.result.languages.push(row)
      if (this.options.dryRun || row.segments === 0) continue
      const within = jobs.slice(0, row.segments)
      await this.send(language, within)
      this.gate(language, within)
      await this.retryAlone(
        language,
        within.filter((job) => job.draft === undefined)
      )
      this.store(language, within, row)
    }
    this.result.requests = (this.provider.requests ?? 0) - requestsBefore
    this.result.retried = this.queue.retried
    return this.result
  }

  /** The provider asked for, from the config (a built-in type's name works without one: `--provider apertium`). */
  private async openProvider(): Promise<void> {
    const {translate} = this.project.config
    const names = Object.keys(translate.providers)
    const name = this.options.provider ?? translate.provider ?? (names.length === 1 ? names[0] : undefined)
    if (!name) {
      throw new InputError(
        names.length === 0
          ? 'no provider: set `translate.providers` in the config (see docs/translate.md), or pass `--provider apertium` for a local APy'
          : `several providers (${names.join(', ')}): pass \`--provider <name>\` or set \`translate.provider\``,
        configFileName
      )
    }
    const settings = translate.providers[name] ?? {type: name}
    try {
      this.provider = await createProvider(name, settings, {
        env: this.options.env ?? process.env,
        root: this.project.root,
        fetch: this.options.fetch ?? fetch
      })
    } catch (error) {
      if (error instanceof ProviderError) throw new InputError(error.message, configFileName)
      throw error
    }
    this.queue = new RequestQueue({
      concurrency: translate.concurrency,
      retries: translate.retries,
      backoff: 1,
      maxWait: 120
    })
    this.result.provider = name
    this.result.model = this.provider.model
  }

  /** The segments of `language` to draft, in document order, each with what is sent for it. */
  private plan(language: string): Job[] {
    const jobs: Job[] = []
    const {glossary} = this.settings
    for (const document of this.project.documents) {
      const {catalog, meta} = readCatalog(this.project, language, document.namespace)
      const segments = document.segmented.segments
      const rows = catalogStatus(segments, catalog, meta)
      const context = this.contextOf(language, titleOf(segments))
      rows.forEach((row, index) => {
        const segment = segments[index]
        if (
          !segment ||
          !hasTranslatableText(segment.text) ||
          !this.wanted(row.status, row.translation, meta.entries[row.key])
        )
          return
        const sent = toEngine(segment.text, glossary.doNotTranslate)
        const unit: ProviderUnit = {
          text: sent.text,
          ...neighbours(segments, index),
          ...(segment.note ? {note: segment.note} : {}),
          ...glossaryOf(segment.text, glossary, language)
        }
        const cacheKey = TranslationCache.key(this.provider.name, this.provider.model, unit, context)
        jobs.push({document, segment, sent, unit, cacheKey, answer: this.cache.get(language, cacheKey)})
      })
      document.releaseSegments?.()
    }
    return jobs
  }

  /** Whether a row is drafted: missing, or (`stale`) a stale machine draft nobody edited. */
  private wanted(status: string, translation: string, recorded: CatalogEntryMeta | undefined): boolean {
    if (status === 'missing') return true
    return (
      Boolean(this.options.stale) &&
      status === 'stale' &&
      recorded?.origin === 'machine' &&
      recorded.translationHash === hashText(translation)
    )
  }

  /** Count the language's work, and stop at the run's `maxChars` (cached answers cost nothing). */
  private budget(language: string, jobs: Job[]): TranslatedLanguage {
    const row: TranslatedLanguage = {
      language,
      segments: 0,
      characters: 0,
      estimatedTokens: 0,
      cached: 0,
      drafted: 0,
      rejected: 0,
      overBudget: 0
    }
    for (const job of jobs) {
      const cost = job.answer === undefined ? job.segment.text.length : 0
      if (this.options.maxChars !== undefined && this.spent + cost > this.options.maxChars) {
        row.overBudget = jobs.length - row.segments
        this.result.stoppedAtBudget = true
        break
      }
      this.spent += cost
      row.segments++
      row.characters += cost
      if (cost === 0) row.cached++
    }
    row.estimatedTokens = Math.ceil(row.characters / charactersPerToken)
    return row
  }

  private contextOf(language: string, title: string | undefined): Omit<BatchContext, 'signal'> {
    const {instructions} = this.project.config.translate
    const said = instructions[language] ?? instructions[language.split('-')[0]!] ?? instructions['*']
    return {
      sourceLanguage: this.project.sourceLanguage,
      targetLanguage: language,
      ...(title ? {title} : {}),
      ...(said ? {instructions: said} : {})
    }
  }

  /** Send every job the cache has no answer for, a document's segments batched together, in parallel up to the limit. */
  private async send(language: string, jobs: Job[]): Promise<void> {
    const {batchCharacters, batchSegments} = this.project.config.translate
    const uncached = jobs.filter((job) => job.answer === undefined)
    const byDocument = new Map<ProjectDocument, Job[]>()
    for (const job of uncached) byDocument.set(job.document, [...(byDocument.get(job.document) ?? []), job])
    const batches = [...byDocument.values()].flatMap((group) =>
      batchesOf(group, (job) => job.unit.text.length, batchCharacters, batchSegments)
    )
    let done = jobs.length - uncached.length
    await Promise.all(
      batches.map(async (batch) => {
        await this.request(language, batch)
        done += batch.length
        this.options.progress?.(`translate ${language}`, done, jobs.length)
      })
    )
  }

  /** One request for `batch` (one document's); an answer is cached, a failure is each job's problem. */
  private async request(language: string, batch: Job[]): Promise<void> {
    const context = this.contextOf(language, titleOf(batch[0]!.document.segmented.segments))
    try {
      const texts = await this.queue.run(() =>
        this.provider.translate(
          batch.map(({unit}) => unit),
          context
        )
      )
      if (texts.length !== batch.length)
        throw new ProviderError(`${batch.length} segments were sent, ${texts.length} translations came back`)
      batch.forEach((job, index) => (job.answer = texts[index]))
      this.cache.add(
        language,
        batch.map((job) => [job.cacheKey, job.answer!])
      )
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error
      // A key refused or an endpoint not found: every other request would fail the same way.
      if (error.options.status === 401 || error.options.status === 403 || error.options.status === 404)
        throw new InputError(error.message, configFileName)
      for (const job of batch) job.problem = error.message
    }
  }

  /** Read each answer back into a segment's text, and keep it as the draft if it passes the checks. */
  private gate(language: string, jobs: Job[]): void {
    for (const job of jobs) {
      job.draft = undefined
      if (job.answer === undefined) continue
      const read = fromEngine(job.answer, job.sent, job.segment.text)
      if ('problem' in read) {
        job.problem = `tags: ${read.problem}`
        continue
      }
      const {sourceLanguage, config} = this.project
      const problems = gateProblems({
        language,
        sourceLanguage,
        namespace: job.document.namespace,
        segment: job.segment,
        translation: read.text,
        settings: this.settings,
        severities: config.checks
      })
      if (problems.length === 0) job.draft = read.text
      else job.problem = problems[0]
    }
  }

  /** Send each rejected segment once more, alone, with its problem named (an LLM is told). */
  private async retryAlone(language: string, failed: Job[]): Promise<void> {
    for (const job of failed) {
      job.unit = {...job.unit, problem: job.problem}
      job.cacheKey = TranslationCache.key(
        this.provider.name,
        this.provider.model,
        job.unit,
        this.contextOf(language, titleOf(job.document.segmented.segments))
      )
      job.answer = this.cache.get(language, job.cacheKey)
    }
    await Promise.all(failed.filter((job) => job.answer === undefined).map((job) => this.request(language, [job])))
    this.gate(language, failed)
  }

  /** Check each document's page with its drafts, and write the catalogs of the language in one batch. */
  private store(language: string, jobs: Job[], row: TranslatedLanguage): void {
    const byDocument = new Map<ProjectDocument, Job[]>()
    for (const job of jobs) byDocument.set(job.document, [...(byDocument.get(job.document) ?? []), job])
    const batch = new WriteBatch(this.project.host, this.project.root)
    within(batch, () => {
      for (const [document, documentJobs] of byDocument) this.storeDocument(batch, language, document, documentJobs)
      const {written} = batch.commit()
      this.result.written.push(...written.map((file) => path.relative(this.project.root, file)))
    })
    for (const job of jobs) {
      if (job.draft !== undefined) row.drafted++
      else {
        row.rejected++
        const {document, segment} = job
        this.result.rejected.push({
          language,
          namespace: document.namespace,
          file: document.file,
          line: segment.line,
          key: segment.key,
          reason: job.problem ?? 'no answer'
        })
      }
    }
  }

  private storeDocument(batch: WriteBatch, language: string, document: ProjectDocument, jobs: Job[]): void {
    const read = readCatalog(this.project, language, document.namespace)
    this.checkPage(
      language,
      document,
      read,
      jobs.filter((job) => job.draft !== undefined)
    )
    const drafted = jobs.filter((job) => job.draft !== undefined)
    if (drafted.length === 0) return
    const catalog: Catalog = {...read.catalog}
    const meta: CatalogMeta = {version: 1, entries: {...read.meta.entries}}
    for (const job of drafted) {
      catalog[job.segment.key] = job.draft!
      meta.entries[job.segment.key] = this.stamp(job.segment.text, job.draft!)
    }
    const paths = catalogPaths(language, document.namespace)
    const locales = path.join(this.project.root, this.project.config.localesDir)
    batch.write(path.join(locales, paths.catalog), serializeCatalog(catalog), {readBefore: {text: read.texts.catalog}})
    batch.write(path.join(locales, paths.meta), serializeMeta(meta), {readBefore: {text: read.texts.meta}})
  }

  /** The meta record of a machine draft: made from `source`, by this provider and model. */
  private stamp(source: string, translation: string): CatalogEntryMeta {
    return {
      sourceHash: hashText(source),
      source,
      translationHash: hashText(translation),
      origin: 'machine',
      provider: this.provider.name,
      model: this.provider.model
    }
  }

  /**
   * The page with the drafts must be as valid as without them: it localizes with every draft used
   * (none falls back), its front matter parses, and its structure is the source's. A draft that
   * breaks it is rejected (its `draft` cleared, the reason its `problem`).
   */
  private checkPage(
    language: string,
    document: ProjectDocument,
    read: ReturnType<typeof readCatalog>,
    drafted: Job[]
  ): void {
    if (drafted.length === 0) return
    const {dialect} = this.project.config
    const parser = dialectParser(dialect, {mdx: isMdxDocument(dialect, document.file)})
    const problemsWith = (
      jobs: readonly Job[]
    ): {error?: string; fallbacks: Map<string, string>; structure: number} => {
      const catalog: Catalog = {...read.catalog}
      const meta: CatalogMeta = {version: 1, entries: {...read.meta.entries}}
      for (const job of jobs) {
        catalog[job.segment.key] = job.draft!
        meta.entries[job.segment.key] = this.stamp(job.segment.text, job.draft!)
      }
      try {
        const {localized, spliced} = localizeEntry(this.project, document, language, {catalog, meta})
        const page = {source: document.segmented.source, localized: localized.markdown, spliced, parser}
        const found = runChecks({
          language,
          sourceLanguage: this.project.sourceLanguage,
          namespace: document.namespace,
          entries: [],
          document: page,
          settings: this.settings,
          checks: [structure, validPage]
        })
        return {fallbacks: new Map(localized.fallbacks.map(({key, reason}) => [key, reason])), structure: found.length}
      } catch (error) {
        if (!(error instanceof InputError)) throw error
        return {error: error.message, fallbacks: new Map(), structure: 0}
      }
    }
    const before = problemsWith([])
    const reject = (job: Job, reason: string) => {
      job.draft = undefined
      job.problem = reason
    }
    let withDrafts = problemsWith(drafted)
    if (
      withDrafts.error === undefined &&
      withDrafts.structure <= before.structure &&
      withDrafts.fallbacks.size <= before.fallbacks.size
    )
      return
    // Something broke the page: judge each draft alone against the page without drafts.
    for (const job of drafted) {
      const alone = problemsWith([job])
      if (alone.error !== undefined && before.error === undefined) reject(job, `page: ${alone.error}`)
      else if (alone.fallbacks.has(job.segment.key))
        reject(job, `page: build could not use it (${alone.fallbacks.get(job.segment.key)})`)
      else if (alone.structure > before.structure)
        reject(
          job,
          'page: the page would not parse as its generator reads it, or its structure would differ from the source’s'
        )
    }
    withDrafts = problemsWith(drafted.filter((job) => job.draft !== undefined))
    // Drafts fine alone but not together: none of them is stored.
    if (withDrafts.error !== undefined && before.error === undefined)
      for (const job of drafted) if (job.draft !== undefined) reject(job, `page: ${withDrafts.error}`)
  }
}

/** A segment's text without its tags, for context. */
const plain = (text: string) => text.replace(/<\/?\d+\/?>/g, '').trim()

/** The document's title: its front-matter title, else its first heading. */
function titleOf(segments: readonly Segment[]): string | undefined {
  const title =
    segments.find(({kind, field}) => kind === 'frontMatter' && field === 'title') ??
    segments.find(({kind}) => kind === 'heading')
  return title && plain(title.text)
}

function neighbours(segments: readonly Segment[], index: number): Pick<ProviderUnit, 'before' | 'after'> {
  const before = segments[index - 1]
  const after = segments[index + 1]
  return {...(before ? {before: plain(before.text)} : {}), ...(after ? {after: plain(after.text)} : {})}
}

/** The glossary entries whose term occurs in `text`, with the rendering `language` requires. */
function glossaryOf(text: string, glossary: Glossary, language: string): Pick<ProviderUnit, 'glossary'> {
  const found: Array<{term: string; rendering: string}> = []
  for (const [term, renderings] of Object.entries(glossary.terms)) {
    const rendering = renderings[language] ?? renderings[language.split('-')[0]!]
    if (rendering === undefined || !text.includes(term)) continue
    found.push({term, rendering: Array.isArray(rendering) ? rendering[0]! : rendering})
  }
  return found.length > 0 ? {glossary: found} : {}
}
