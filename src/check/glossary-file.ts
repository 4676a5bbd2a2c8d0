/**
 * check/glossary-file: the project glossary (`l10n/glossary.json`): source terms with the rendering
 * each language must use, and terms that stay as they are in every language without a rendering.
 *
 * ```json
 * {
 *   "terms": {"Sam Altman": {"ru": "Сэм Альтман", "ja": "サム・アルトマン"}},
 *   "doNotTranslate": ["OpenAI", "Gate"]
 * }
 * ```
 * A rendering may be a list of accepted forms.
 */
import {InputError} from '../util/errors.js'

export interface Glossary {
  terms: Record<string, Record<string, string | string[]>>
  doNotTranslate: string[]
}

export const emptyGlossary: Glossary = {terms: {}, doNotTranslate: []}

/** Validate a parsed glossary file. */
export function normalizeGlossary(input: unknown, file: string): Glossary {
  if (input === undefined) return emptyGlossary
  const raw = input as Partial<Glossary>
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError('expected a JSON object with `terms` and `doNotTranslate`', file)
  const terms = raw.terms ?? {}
  const doNotTranslate = raw.doNotTranslate ?? []
  if (!Array.isArray(doNotTranslate) || !doNotTranslate.every((term) => typeof term === 'string')) {
    throw new InputError('`doNotTranslate` must be an array of terms', file)
  }
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms))
    throw new InputError('`terms` must be an object of term → {language: rendering}', file)
  for (const [term, renderings] of Object.entries(terms)) {
    const valid =
      typeof renderings === 'object' &&
      renderings !== null &&
      Object.values(renderings).every(
        (value) =>
          typeof value === 'string' || (Array.isArray(value) && value.every((form) => typeof form === 'string'))
      )
    if (!valid)
      throw new InputError(
        `\`terms.${term}\` must map language tags to a rendering or a list of accepted renderings`,
        file
      )
  }
  return {terms: terms as Glossary['terms'], doNotTranslate}
}
