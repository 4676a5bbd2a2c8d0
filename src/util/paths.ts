/** util/paths: how md-l10n names a file in results and messages. */
import path from 'node:path'

/** `file` relative to `root`, with `/` separators on every platform (how results name files). */
export function toPosixRelative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

/** `file` as messages name it: relative to `root` when inside it, else as given. */
export function displayPath(root: string, file: string): string {
  const inside = path.relative(root, file)
  return inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? toPosixRelative(root, file) : file
}
