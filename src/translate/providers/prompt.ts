/**
 * translate/providers/prompt: what an LLM is asked (shared by the chat providers), and how its
 * answer is read. The segments go as JSON and come back as JSON, so the count and order are checked,
 * not guessed from line breaks.
 */
import type {BatchContext, ProviderUnit} from '../types.js'
import {ProviderError} from '../types.js'

const languageName = (tag: string) => new Intl.DisplayNames(['en'], {type: 'language'}).of(tag) ?? tag

/** The system message: the rules of the task. */
export function systemPrompt(context: BatchContext): string {
  const lines = [
    `You translate segments of software documentation from ${languageName(context.sourceLanguage)} (${context.sourceLanguage}) to ${languageName(context.targetLanguage)} (${context.targetLanguage}).`,
    'Each segment may contain XML-like tags: `<g id="N">…</g>` wraps text that is formatted or linked; translate the text inside and keep the tag around the matching words. `<x id="…"/>` stands for code, a URL or a name: keep it exactly, where it belongs in the sentence.',
    'Keep every tag and every number; add no tag, no markdown and no explanation. Use the glossary renderings given for a segment. `before` and `after` are the neighbouring segments, for meaning only: do not translate them.',
    'Answer with one JSON object and nothing else: {"translations": ["…", …]}, one string per segment, in the order given.'
  ]
  if (context.instructions) lines.push(`Instructions for ${context.targetLanguage}: ${context.instructions}`)
  return lines.join('\n')
}

/** The user message: the document's title and the segments with their context. */
export function userPrompt(batch: readonly ProviderUnit[], context: BatchContext): string {
  const segments = batch.map((unit, index) => ({
    id: index + 1,
    text: unit.text,
    ...(unit.before ? {before: unit.before} : {}),
    ...(unit.after ? {after: unit.after} : {}),
    ...(unit.note ? {note: unit.note} : {}),
    ...(unit.glossary?.length ? {glossary: unit.glossary} : {}),
    ...(unit.memory?.length ? {memory: unit.memory} : {}),
    ...(unit.problem ? {problem: `Your last translation was rejected: ${unit.problem}. Fix that.`} : {})
  }))
  return JSON.stringify({document: context.title ?? '', segments}, null, 1)
}

/** The translations in an LLM's answer (a JSON object, possibly in a code fence), one per segment. */
export function readTranslations(answer: string | undefined, count: number, provider: string): string[] {
  const body = (answer ?? '').replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '')
  let parsed: unknown
  try {
    parsed = JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1))
  } catch {
    throw new ProviderError(`${provider}: the answer is not the JSON object asked for: ${body.slice(0, 120)}`)
  }
  const translations = (parsed as {translations?: unknown})?.translations
  if (!Array.isArray(translations) || !translations.every((text) => typeof text === 'string')) {
    throw new ProviderError(`${provider}: the answer has no \`translations\` array of strings`)
  }
  if (translations.length !== count)
    throw new ProviderError(`${provider}: ${count} segments were sent, ${translations.length} translations came back`)
  return translations
}
