import type {Check, Report} from '../types.js'
import {parseMarkdown, readFrontMatter} from '../../segment/parse.js'
import {blankHeadingAttributes} from '../../segment/heading-ids.js'
import {InputError} from '../../util/errors.js'

/** The reason and line of a parser's error (a VFileMessage from MDX, an InputError from front matter). */
function failure(error: unknown): Report['data'] {
  const message = error as {reason?: string; message?: string; line?: number}
  const reason = (message.reason ?? message.message ?? String(error)).split('\n')[0]!
  return {reason, line: message.line ?? 0}
}

/** The localized page is one its generator can read: front matter, then the body with the page's parser. */
export const validPage: Check = {
  meta: {
    id: 'valid-page',
    severity: 'error',
    description:
      "Each localized page parses as its generator reads it: front matter as YAML or TOML, the body with the page's parser (MDX for MDX pages).",
    docs: 'What a site generator rejects, `check` rejects first: a localized page whose front matter no longer parses, or an MDX page whose body the MDX parser refuses (an unbalanced `{`, a tag that does not close), fails here with the line. `build` falls back to the source text for a translation that would make the page invalid (reported as a warning, every other page written); this check reports that translation as an error with the reason, so it is fixed before the page is published half in the source language.',
    messages: {
      frontMatter: 'the front matter does not parse: {{reason}}',
      body: 'the page does not parse (line {{line}}): {{reason}}',
      fellBack: 'build uses the source text: {{reason}}'
    }
  },
  scope: 'document',
  check({localized, parser, invalid}) {
    if (invalid && invalid.length > 0)
      return invalid.map(({key, reason}) => ({messageId: 'fellBack', data: {key, reason}}))
    const bom = localized.startsWith('\uFEFF') ? 1 : 0
    let end = bom
    try {
      end = readFrontMatter(localized, bom)?.end ?? bom
    } catch (error) {
      if (error instanceof InputError) return [{messageId: 'frontMatter', data: failure(error)}]
      throw error
    }
    if (!parser) return []
    const body = localized.slice(0, end).replace(/[^\r\n]/g, ' ') + localized.slice(end)
    try {
      parseMarkdown(blankHeadingAttributes(body), parser)
    } catch (error) {
      if (error instanceof RangeError) throw error
      return [{messageId: 'body', data: failure(error)}]
    }
    return []
  }
}
