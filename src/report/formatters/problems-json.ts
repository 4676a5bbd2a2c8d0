/** Problems as JSON: `{problems: [{check, severity, language, namespace, key, message, …}]}`. */
import type {Problem} from '../../types.js'

export function formatProblemsJson(problems: readonly Problem[]): string {
  return JSON.stringify({problems}, null, 2)
}
