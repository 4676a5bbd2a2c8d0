import type {Check} from '../types.js'

/** A segment with no translation. */
export const missing: Check = {
  meta: {
    id: 'missing',
    severity: 'warning',
    description: 'A source segment has no translation yet.',
    docs: 'Reported for every key whose translation is empty or absent. The document falls back to the source text there. Coverage (`md-l10n coverage --min`) is the gate for how much may be missing; this check lists where.',
    appliesTo: ['missing'],
    messages: {missing: 'not translated yet'}
  },
  scope: 'entry',
  check: () => [{messageId: 'missing'}]
}
