/**
 * project/confine: the host every run writes through. It refuses a change (a write, a removal, a
 * rename, a new folder) to a path whose real location, symbolic links resolved, is outside the
 * project, or is inside the source or locales folder when the path as written is not (a
 * `dist/docs/fr` that links to `locales/fr`). A repository's links are not md-l10n's to follow:
 * whoever can add a file to it (a translator's pull request) can add a link.
 *
 * Links are resolved once per folder (a run writes many files into few folders). The last part of
 * a path is not followed where the change does not follow it either: a new file is created with
 * `O_EXCL` (an existing link fails it), a replacement is renamed over the link, a removal removes
 * the link. Only a write into an existing file or an append follows it, and is checked in full.
 */
import path from 'node:path'
import type {DeferredWriter, Host} from './host.js'
import type {Config} from '../config/defaults.js'
import {InputError} from '../util/errors.js'

/** A host whose changes are confined to a project; `protect` adds the folders other paths may not reach. */
export interface ConfinedHost extends Host {
  protect(config: Pick<Config, 'sourceDir' | 'localesDir'>): void
}

interface Zone {
  setting: string
  folder: string
  lexical: string
  real: string
}

const within = (file: string, folder: string) =>
  file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep)

/** `host`, with every change checked against `root` (and the folders `protect` names). */
export function confineHost(host: Host, root: string): ConfinedHost {
  const base = path.resolve(root)
  const realFolders = new Map<string, string>()
  /** Where a folder really is: its deepest existing ancestor resolved, the rest as written. */
  const realFolder = (folder: string): string => {
    let real = realFolders.get(folder)
    if (real !== undefined) return real
    const found = host.realPath!(folder)
    const parent = path.dirname(folder)
    real = found ?? (parent === folder ? folder : path.join(realFolder(parent), path.basename(folder)))
    realFolders.set(folder, real)
    return real
  }
  const realRoot = host.realPath ? realFolder(base) : base
  let zones: Zone[] = []

  const refuse = (file: string, verb: string, why: string): never => {
    const relative = path.relative(base, file).split(path.sep).join('/') || '.'
    throw new InputError(`refusing to ${verb}: ${why}`, relative)
  }
  /** Check a change to `file`; `follows`: the change follows a link at the path's last part. */
  const allowed = new Set<string>()
  const check = (file: string, verb: string, follows = false): void => {
    const lexical = path.resolve(file)
    if (allowed.has(lexical)) return
    if (!within(lexical, base) || lexical === base) refuse(lexical, verb, 'it is outside the project')
    if (!host.realPath) return
    let real = path.join(realFolder(path.dirname(lexical)), path.basename(lexical))
    if (follows) real = host.realPath(lexical) ?? real
    if (!within(real, realRoot) || real === realRoot)
      refuse(lexical, verb, `a symbolic link on its path leads outside the project (to ${real})`)
    for (const zone of zones) {
      if (within(real, zone.real) && !within(lexical, zone.lexical)) {
        refuse(
          lexical,
          verb,
          `a symbolic link on its path leads into the ${zone.setting} folder \`${zone.folder}/\` (to ${real})`
        )
      }
    }
  }

  const confined: ConfinedHost = {
    read: (file) => host.read(file),
    stamp: (file) => host.stamp(file),
    exists: (file) => host.exists(file),
    list: (folder) => host.list(folder),
    makeFolder(folder) {
      if (path.resolve(folder) !== base) check(folder, 'make this folder')
      host.makeFolder(folder)
    },
    write(file, content, options) {
      check(file, 'write it', !options?.create)
      return host.write(file, content, options)
    },
    append(file, text) {
      check(file, 'write it', true)
      host.append(file, text)
    },
    rename(from, to) {
      check(from, 'rename it')
      check(to, 'write it')
      host.rename(from, to)
    },
    remove(file) {
      check(file, 'remove it')
      host.remove(file)
    },
    removeFolder(folder) {
      check(folder, 'remove it')
      host.removeFolder(folder)
    },
    protect(config) {
      zones = (['sourceDir', 'localesDir'] as const).map((setting) => {
        const lexical = path.resolve(base, config[setting])
        return {
          setting: `\`${setting}\``,
          folder: config[setting],
          lexical,
          real: host.realPath ? realFolder(lexical) : lexical
        }
      })
    }
  }
  confined.allow = (file) => {
    const lexical = path.resolve(file)
    allowed.add(lexical)
    allowed.add(`${lexical}.tmp-md-l10n`)
  }
  confined.checkChange = (file, removal) => check(file, removal ? 'remove it' : 'write it')
  if (host.lock) confined.lock = (folder) => host.lock!(folder)
  if (host.realPath) confined.realPath = (file) => host.realPath!(file)
  if (host.identity) confined.identity = (folder) => host.identity!(folder)
  if (host.deferredWriter) {
    confined.deferredWriter = (): DeferredWriter | undefined => {
      const writer = host.deferredWriter!()
      if (!writer) return undefined
      return {
        create(files, options) {
          for (const [file] of files) check(file, 'write it')
          writer.create(files, options)
        },
        ready: () => writer.ready(),
        settle: () => writer.settle(),
        close: () => writer.close()
      }
    }
  }
  return confined
}
