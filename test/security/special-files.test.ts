/**
 * Threat: a special file where md-l10n reads a file (a FIFO blocks its reader until a writer
 * comes: forever; a device never ends or has side effects). Defence: the Node host opens every
 * file without blocking and refuses anything but a regular file before reading a byte; the lock
 * file is taken only when it is a regular file.
 */
import {describe, expect, it} from 'vitest'
import {execFileSync} from 'node:child_process'
import {rmSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {runCli} from '../helpers.js'
import {makeWorld, worldTree, type World} from './world.js'

const fifo = (file: string) => execFileSync('mkfifo', [file])
const replaceBy = (world: World, relative: string, make: (file: string) => void) => {
  const file = path.join(world.root, relative)
  rmSync(file, {force: true})
  make(file)
}

const cases: Array<{name: string; plant(world: World): void; command: string[]; stderr: string}> = [
  {
    name: 'a FIFO as a catalog',
    plant: (world) => replaceBy(world, 'locales/fr/index.json', fifo),
    command: ['build'],
    stderr:
      'md-l10n build: locales/fr/index.json: cannot read: is a FIFO (named pipe), not a regular file: md-l10n reads only regular files\n'
  },
  {
    name: 'a FIFO as a source',
    plant: (world) => replaceBy(world, 'source/pipe.md', fifo),
    command: ['build'],
    stderr:
      'md-l10n build: source/pipe.md: cannot read: is a FIFO (named pipe), not a regular file: md-l10n reads only regular files\n'
  },
  {
    name: 'a FIFO as the config',
    plant: (world) => replaceBy(world, 'md-l10n.config.json', fifo),
    command: ['build'],
    stderr:
      'md-l10n build: md-l10n.config.json: cannot read: is a FIFO (named pipe), not a regular file: md-l10n reads only regular files\n'
  },
  {
    name: 'a FIFO as the file to import (`--from`)',
    plant: (world) => fifo(path.join(world.root, 'fr.xlf')),
    command: ['import', '--language', 'fr', '--from', 'fr.xlf'],
    stderr:
      'md-l10n import: fr.xlf: cannot read: is a FIFO (named pipe), not a regular file: md-l10n reads only regular files\n'
  },
  {
    name: 'a device (through a link) as a catalog',
    plant: (world) => replaceBy(world, 'locales/fr/index.json', (file) => symlinkSync('/dev/zero', file)),
    command: ['check'],
    stderr:
      'md-l10n check: locales/fr/index.json: cannot read: is a device, not a regular file: md-l10n reads only regular files\n'
  },
  {
    name: 'a FIFO as the lock file',
    plant: (world) => fifo(path.join(world.root, '.md-l10n.lock')),
    command: ['build'],
    stderr: 'md-l10n build: .md-l10n.lock: is a FIFO (named pipe), not a lock file md-l10n wrote; remove it\n'
  }
]

describe('special files are refused, never read', () => {
  it.each(cases)('$name', async ({plant, command, stderr}) => {
    const world = await makeWorld()
    plant(world)
    const before = worldTree(world)
    const result = await runCli(
      world.root,
      ...command.map((part) => (part === 'fr.xlf' ? path.join(world.root, part) : part))
    )
    expect(result.stderr).toBe(stderr)
    expect(result.code).toBe(2)
    expect(worldTree(world)).toEqual(before)
  })
})
