/**
 * cli/command: what a command is. Each command is one file under `commands/`, gathered in the map
 * of `commands/index`: its options (with what they do) and how its result is printed. The work is
 * the project API's; a command returns its exit code.
 */
import type {NodeProjectApi} from '../node/open.js'
import type {Output} from './io.js'

export interface OptionSpec {
  type: 'string' | 'boolean'
  multiple?: boolean
  /** What the value looks like in help: `<tag>`. */
  value?: string
  /** The values a string option accepts. */
  choices?: readonly string[]
  description: string
}

export interface CommandSpec {
  summary: string
  options: Record<string, OptionSpec>
  run(project: NodeProjectApi, values: Record<string, unknown>, output: Output): Promise<number>
}
