import type {Check} from '../types.js'

/** A translation whose segment is gone. */
export const obsolete: Check = {
  meta: {
    id: 'obsolete',
    severity: 'warning',
    description: 'A translation whose source segment no longer exists (kept until `extract --prune`).',
    docs: 'The segment was removed or rewritten beyond recognition. The translation is kept so nothing is lost; `md-l10n extract --prune` removes it once it is no longer needed.',
    appliesTo: ['obsolete'],
    messages: {obsolete: 'its source segment is gone; `md-l10n extract --prune` removes it'}
  },
  scope: 'entry',
  check: () => [{messageId: 'obsolete'}]
}
