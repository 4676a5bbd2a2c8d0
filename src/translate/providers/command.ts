/**
 * translate/providers/command: any program. It is run (`command`: the program and its arguments,
 * no shell) in the project folder, reads one JSON batch on stdin,
 * `{"sourceLanguage", "targetLanguage", "title", "instructions", "units": [{"text", …}]}`,
 * and writes `{"translations": ["…"]}` on stdout. Exit code 75 (EX_TEMPFAIL) asks for a retry.
 */
import {spawn} from 'node:child_process'
import type {Provider, ProviderFactory} from '../types.js'
import {ProviderError} from '../types.js'
import {readTranslations} from './prompt.js'

export const createProvider: ProviderFactory = (name, settings, {root}) => {
  const command = settings.command
  if (!Array.isArray(command) || command.length === 0 || !command.every((part) => typeof part === 'string')) {
    throw new ProviderError(
      `the ${name} provider needs \`command\`: the program and its arguments, as an array of strings`
    )
  }
  const timeout = typeof settings.timeout === 'number' ? settings.timeout : 300
  let requests = 0
  const provider: Provider = {
    name,
    model: typeof settings.model === 'string' ? settings.model : command.join(' '),
    get requests() {
      return requests
    },
    async translate(batch, context) {
      requests++
      const {signal, ...shared} = context
      const input = JSON.stringify({...shared, units: batch})
      const output = await run(command as string[], input, root, timeout * 1000, signal, name)
      return readTranslations(output, batch.length, name)
    }
  }
  return provider
}

function run(
  command: string[],
  input: string,
  cwd: string,
  timeout: number,
  signal: AbortSignal | undefined,
  name: string
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, command.slice(1), {cwd, stdio: ['pipe', 'pipe', 'pipe'], timeout, signal})
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', (error) => reject(new ProviderError(`${name}: cannot run \`${command[0]}\`: ${error.message}`)))
    child.on('close', (code, killed) => {
      if (code === 0) return resolve(Buffer.concat(out).toString('utf8'))
      const said = Buffer.concat(err).toString('utf8').trim().split('\n').at(-1) ?? ''
      const why = killed
        ? `stopped by ${killed}${killed === 'SIGTERM' ? ` (over ${timeout / 1000} s?)` : ''}`
        : `exited with ${code}`
      reject(
        new ProviderError(`${name}: \`${command.join(' ')}\` ${why}${said ? `: ${said}` : ''}`, {
          retryable: code === 75
        })
      )
    })
    child.stdin.on('error', () => {
      // The program exited without reading its input: its exit code says why.
    })
    child.stdin.end(input)
  })
}
