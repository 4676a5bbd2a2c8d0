/**
 * An error in what the user gave md-l10n (a file, a flag, a config value).
 * The CLI prints it as one line `file:line:column: message` and exits with code 2.
 */
export class InputError extends Error {
  readonly file?: string
  readonly line?: number
  readonly column?: number

  constructor(message: string, file?: string, line?: number, column?: number) {
    super(message)
    this.name = 'InputError'
    this.file = file
    this.line = line
    this.column = column
  }

  /** `file:line:column: message`, the one line the CLI prints. */
  toString(): string {
    const where = this.file
      ? `${this.file}${this.line ? `:${this.line}${this.column ? `:${this.column}` : ''}` : ''}: `
      : ''
    return `${where}${this.message}`
  }
}

/** A file system error a user can act on (missing, permissions, disk full), as opposed to a bug. */
export function isFileSystemError(error: unknown): error is Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return (
    typeof code === 'string' &&
    [
      'ENOENT',
      'EACCES',
      'EPERM',
      'EISDIR',
      'ENOTDIR',
      'EROFS',
      'ENOSPC',
      'EDQUOT',
      'EFBIG',
      'EEXIST',
      'EMFILE',
      'ENFILE',
      'EBUSY',
      'ELOOP',
      'ENAMETOOLONG',
      'EIO'
    ].includes(code)
  )
}
