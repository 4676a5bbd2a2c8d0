/**
 * node/heap-growth: how far the md-l10n command lets a heap grow past what its last full
 * collection kept.
 *
 * Under its default limit (a quarter of the machine's memory, up to 4 GiB) V8 lets a heap grow up
 * to four times what a full collection kept before it collects again, so a run's peak memory is
 * that multiple of its live set, not its data. The command sets the factor to 1.3, the one V8
 * itself uses when it saves memory, for every heap of the process (V8's flags are the process's,
 * its worker threads included): a few more full collections of a small heap, and a peak that
 * follows what the run holds (docs/performance.md). V8 reads the flag at each collection, so
 * setting it once the process runs takes effect.
 *
 * A process started with its own `--heap-growing-percent` (also in `NODE_OPTIONS`) keeps it, and
 * `--heap-growing-percent=0` gives V8 back its own sizing. The library never sets it: a program
 * that imports md-l10n owns its heap.
 */
import {setFlagsFromString} from 'node:v8'

/** The command's growth past a full collection's live set: 30 %, a factor of 1.3. */
export const heapGrowingPercent = 30

const growthFlag = /^--heap[-_]growing[-_]percent(?:=|$)/

/** The V8 flag the command sets, or nothing when the process was started with its own. */
export function heapGrowthFlag(execArgv: readonly string[], nodeOptions = ''): string | undefined {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((flag) => growthFlag.test(flag))
  return given ? undefined : `--heap-growing-percent=${heapGrowingPercent}`
}

/** Bound the growth of this process's heaps, unless it was started with a growth of its own. */
export function boundHeapGrowth(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions = process.env.NODE_OPTIONS
): void {
  const flag = heapGrowthFlag(execArgv, nodeOptions)
  if (flag) setFlagsFromString(flag)
}
