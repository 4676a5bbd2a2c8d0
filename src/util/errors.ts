/**
 * An error in what the user gave md-l10n (a file, a flag, a config value).
 * The CLI prints it as one line `file:line: message` and exits with code 2.
 */
export class InputError extends Error {
  readonly file?: string
  readonly line?: number

  constructor(message: string, file?: string, line?: number) {
    super(message)
    this.name = 'InputError'
    this.file = file
    this.line = line
  }

  /** `file:line: message`, the one line the CLI prints. */
  toString(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : ''
    return `${where}${this.message}`
  }
}
