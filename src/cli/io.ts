/**
 * cli/io: where commands print. Injected, so tests capture output.
 */
export interface Output {
  out(text: string): void
  err(text: string): void
  /** Whether stdout is a terminal (colours, progress). */
  isTTY: boolean
  /** Report progress of a long step; shown only on a terminal. */
  progress?(label: string, done: number, total: number): void
}

/** A progress line on stderr, redrawn at most every 100 ms, cleared when done. */
function terminalProgress(): Output['progress'] {
  let last = 0
  return (label, done, total) => {
    if (!process.stderr.isTTY || total < 200) return
    const now = Date.now()
    if (done < total && now - last < 100) return
    last = now
    const width = 30
    const filled = Math.round((done / total) * width)
    process.stderr.write(
      done >= total ? '\r\u001B[2K' : `\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}`
    )
  }
}

/** The process's own streams; `bin` installs it (importing this module changes nothing). */
export function processOutput(): Output {
  // A reader that stops early (`md-l10n languages | head -1`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: Boolean(process.stdout.isTTY),
    progress: terminalProgress()
  }
}

/** An Output that collects what is printed. */
export function memoryOutput(): Output & {stdout: string; stderr: string} {
  const output = {
    stdout: '',
    stderr: '',
    isTTY: false,
    out(text: string) {
      output.stdout += text.endsWith('\n') ? text : `${text}\n`
    },
    err(text: string) {
      output.stderr += text.endsWith('\n') ? text : `${text}\n`
    }
  }
  return output
}
