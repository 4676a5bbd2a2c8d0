/**
 * Real processes killed with SIGKILL, and runs at once: catalogs stay valid and whole (old or new
 * version), and no temporary file outlives the next run. Every kill point, one by one, is
 * test/project/kill-points; these check that a real kill behaves as that model says.
 */
import {describe, expect, it} from 'vitest'
import {spawn, spawnSync} from 'node:child_process'
import {existsSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {copyProject, projectRoot} from '../helpers.js'

const bin = path.join(projectRoot, 'lib/cli/bin.js')

/** A copy of the project whose source changed, so that extract rewrites every catalog. */
function editedProject(): string {
  const root = copyProject('md-l10n-kill-')
  const source = path.join(root, 'source/openai-palace-drama.md')
  const text = readFileSync(source, 'utf8')
  writeFileSync(
    source,
    text.replace('Sumber asli:', 'Sumber aslinya:').replace('01\n', '01\n\nParagraf baru di bagian pertama.\n')
  )
  return root
}

function catalogs(root: string): Map<string, string> {
  const files = new Map<string, string>()
  if (!existsSync(path.join(root, 'locales'))) return files
  for (const entry of readdirSync(path.join(root, 'locales'), {recursive: true, withFileTypes: true})) {
    if (entry.isFile())
      files.set(
        path.relative(root, path.join(entry.parentPath, entry.name)),
        readFileSync(path.join(entry.parentPath, entry.name), 'utf8')
      )
  }
  return files
}

/** Start an extract in `root` and SIGKILL it after `ms`, unless it finished first. */
async function killExtractAfter(root: string, ms: number): Promise<void> {
  const child = spawn(process.execPath, [bin, 'extract', '--cwd', root], {stdio: 'ignore'})
  // Listened for from the start: on a fast machine the run can end before the kill, and an exit
  // listened for only after it would never come.
  const exited = new Promise((resolve) => child.on('exit', resolve))
  await Promise.race([new Promise((resolve) => setTimeout(resolve, ms)), exited])
  child.kill('SIGKILL')
  await exited
}

function extractStatus(root: string): number | null {
  const run = spawnSync(process.execPath, [bin, 'extract', '--cwd', root], {encoding: 'utf8'})
  if (run.status !== 0) console.error(`extract in ${root} exited ${run.status}:\n${run.stderr}`)
  return run.status
}

function temporaryFiles(root: string): string[] {
  return readdirSync(root, {recursive: true})
    .map(String)
    .filter((file) => /\.tmp-\d+-|\.md-l10n-journal|\.md-l10n-cache\/journal|\.md-l10n\.lock/.test(file))
}

describe.runIf(readdirSync(path.join(projectRoot, 'lib')).length > 0)('runs that die or overlap', () => {
  it('leave every catalog valid and either old or new after SIGKILL at any moment', async () => {
    const expected = editedProject()
    expect(extractStatus(expected)).toBe(0)
    const newVersion = catalogs(expected)
    const oldVersion = catalogs(editedProject())
    for (let attempt = 0; attempt < 5; attempt++) {
      const root = editedProject()
      await killExtractAfter(root, 60 + attempt * 90)
      for (const [file, content] of catalogs(root)) {
        if (/\.tmp-/.test(file)) continue
        expect(() => JSON.parse(content), file).not.toThrow()
        expect([oldVersion.get(file), newVersion.get(file)], file).toContain(content)
      }
      // The next run finishes the work and clears what the killed one left.
      expect(extractStatus(root)).toBe(0)
      expect(temporaryFiles(root)).toEqual([])
      expect(catalogs(root)).toEqual(newVersion)
    }
  })

  it('leave no half-written new catalog after a killed first run, once the next run has recovered', async () => {
    const fresh = () => {
      const root = copyProject('md-l10n-kill-')
      rmSync(path.join(root, 'locales'), {recursive: true})
      return root
    }
    const expected = fresh()
    expect(extractStatus(expected)).toBe(0)
    const newVersion = catalogs(expected)
    for (let attempt = 0; attempt < 4; attempt++) {
      const root = fresh()
      await killExtractAfter(root, 80 + attempt * 90)
      // A new file not yet whole is listed in the journal the next run recovers from.
      const journal = path.join(root, '.md-l10n-cache/journal')
      const listed = existsSync(journal)
        ? readFileSync(journal, 'utf8')
            .split('\n')
            .slice(1)
            .map((line) => line.slice(2))
        : []
      for (const [file, content] of catalogs(root))
        if (!listed.includes(file)) expect(content, file).toBe(newVersion.get(file))
      expect(extractStatus(root)).toBe(0)
      expect(existsSync(journal)).toBe(false)
      expect(catalogs(root)).toEqual(newVersion)
    }
  })

  it('two extracts at once do not corrupt catalogs', async () => {
    const expected = editedProject()
    spawnSync(process.execPath, [bin, 'extract', '--cwd', expected])
    const root = editedProject()
    const runs = [0, 1].map(
      () =>
        new Promise<number | null>((resolve) =>
          spawn(process.execPath, [bin, 'extract', '--cwd', root], {stdio: 'ignore'}).on('exit', resolve)
        )
    )
    expect(await Promise.all(runs)).toEqual([0, 0])
    expect(catalogs(root)).toEqual(catalogs(expected))
    expect(temporaryFiles(root)).toEqual([])
  })
})
