/**
 * sites/values: reading a generator config's data (parsed from JS, TOML or YAML) defensively:
 * a value of the wrong kind counts as not given.
 */

export type Data = Record<string, unknown>

export function asRecord(value: unknown): Data | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Data) : undefined
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined
}

/** `a/b/../c` and `./a` as `a/c`, `a`; `.` and `''` as `''` (the project root). */
export function joinPath(...parts: Array<string | undefined>): string {
  const out: string[] = []
  for (const part of parts
    .filter((part): part is string => part !== undefined)
    .join('/')
    .split(/[\\/]+/)) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out.at(-1) !== '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}

/** `template` with a folder in front (`''` for the root). */
export function under(folder: string, template: string): string {
  return folder === '' ? template : `${folder}/${template}`
}
