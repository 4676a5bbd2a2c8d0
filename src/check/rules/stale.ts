import type {Check} from '../types.js'

/** A translation made for an older source text. */
export const stale: Check = {
  meta: {
    id: 'stale',
    severity: 'warning',
    description: 'A translation was made for an older version of its source segment.',
    docs: 'The source segment changed after the translation was written (its recorded source hash differs). The old source text is shown so a reviewer can update the translation; editing the translation marks it current at once (the next `extract` that syncs the catalog records it against the source text the reviewer saw).',
    appliesTo: ['stale'],
    messages: {stale: 'made for an older source text: "{{previous}}"'}
  },
  scope: 'entry',
  check: ({entry}) => [{messageId: 'stale', data: {previous: entry.previousSource ?? ''}}]
}
