import type {Check} from '../types.js'
import {documentShape, shapeDifference} from '../structure.js'
import {forLastSourceOf} from '../util/memo.js'

/** The source's shape, parsed once for all its languages. */
const sourceShape = forLastSourceOf(documentShape)

/** The localized document has the source's structure. */
export const structure: Check = {
  meta: {
    id: 'structure',
    severity: 'error',
    description:
      'Each reassembled localized document has the same block structure, link targets, images and code as its source.',
    docs: 'Guards the builder itself: both documents are parsed with the pipeline build reads them with (MDX for MDX pages) and compared node by node, ignoring text, alt text and titles (inline code, links and emphasis may change places within a sentence, as the translation’s word order needs, but none may be added, dropped or retargeted); raw HTML is compared by its elements, comments, code and the attributes that are never prose (`src`, `href`, `class`, `id`, `style`, `data-*`, `on*`), its text and other attribute values left out. Any difference (a list that became a paragraph, a changed URL, code that moved) is reported with the path to the first differing node. URLs the project rewrites on purpose (`links`, `headingIds: "translate"`) are compared before the rewrite.',
    messages: {differs: 'the localized document differs from the source: {{difference}}'}
  },
  scope: 'document',
  check({source, localized, spliced, parser}) {
    const difference = shapeDifference(sourceShape(source, parser), documentShape(spliced ?? localized, parser))
    return difference ? [{messageId: 'differs', data: {difference}}] : []
  }
}
