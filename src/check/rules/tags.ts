import {translated, type Check, type Report} from '../types.js'
import {listTags, parseTags, TagSyntaxError} from '../../segment/tags.js'

/** The numbered tags of the source, each exactly once, properly nested. */
export const tags: Check = {
  meta: {
    id: 'tags',
    severity: 'error',
    description: 'The translation keeps every numbered tag of its source exactly once, properly nested.',
    docs: 'Inline markup travels as numbered tags: `<1>bold</1>` for containers (emphasis, links), `<2/>` for atoms (code, images, breaks). Tags may move and change order, but each must appear once, containers must stay containers, and nesting must be well formed. A translation that breaks its tags is not used by `build` (the source text is used instead).',
    appliesTo: translated,
    messages: {
      syntax: 'tags are malformed: {{reason}}',
      missingTag: 'tag `{{tag}}` of the source is missing',
      extraTag: 'tag `{{tag}}` is not in the source',
      duplicate: 'tag `{{tag}}` is used {{count}} times',
      kind: 'tag `{{tag}}` must be {{expected}}'
    }
  },
  scope: 'entry',
  check({entry}) {
    let translationTags
    try {
      translationTags = listTags(parseTags(entry.translation))
    } catch (error) {
      if (!(error instanceof TagSyntaxError)) throw error
      return [{messageId: 'syntax', data: {reason: error.message}}]
    }
    let sourceTags
    try {
      sourceTags = listTags(parseTags(entry.source))
    } catch {
      return []
    }
    const reports: Report[] = []
    const show = (id: number, type: string) => (type === 'atom' ? `<${id}/>` : `<${id}>`)
    for (const tag of sourceTags) {
      const uses = translationTags.filter(({id}) => id === tag.id)
      if (uses.length === 0) reports.push({messageId: 'missingTag', data: {tag: show(tag.id, tag.type)}})
      else if (uses.length > 1)
        reports.push({messageId: 'duplicate', data: {tag: show(tag.id, tag.type), count: uses.length}})
      else if (uses[0]!.type !== tag.type) {
        reports.push({
          messageId: 'kind',
          data: {
            tag: show(tag.id, tag.type),
            expected: tag.type === 'atom' ? 'self-closing `<n/>`' : 'an opening and closing pair `<n>…</n>`'
          }
        })
      }
    }
    for (const tag of translationTags) {
      if (!sourceTags.some(({id}) => id === tag.id))
        reports.push({messageId: 'extraTag', data: {tag: show(tag.id, tag.type)}})
    }
    return reports
  }
}
