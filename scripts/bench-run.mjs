/**
 * Run one md-l10n command (or the bare remark floor) in this process and print its wall time and
 * peak memory as JSON. `scripts/bench.mjs` starts one of these per measurement.
 *
 *   node scripts/bench-run.mjs cli <args…>
 *   node scripts/bench-run.mjs floor <folder>
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'

const [mode, ...rest] = process.argv.slice(2)
const started = performance.now()
let result = {}
if (mode === 'cli') {
  const {main} = await import('../lib/cli/main.js')
  const quiet = {out() {}, err() {}, isTTY: false}
  result.code = await main(rest, quiet)
} else if (mode === 'floor') {
  // The floor: the same parser md-l10n uses (unified + remark-parse + GFM + math), nothing else.
  const {unified} = await import('unified')
  const {default: remarkParse} = await import('remark-parse')
  const {default: remarkGfm} = await import('remark-gfm')
  const {default: remarkMath} = await import('remark-math')
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath, {singleDollarTextMath: false})
  const folder = rest[0]
  let nodes = 0
  for (const file of readdirSync(folder, {recursive: true}).map(String).filter((name) => name.endsWith('.md'))) {
    nodes += processor.parse(readFileSync(path.join(folder, file), 'utf8')).children.length
  }
  result.nodes = nodes
}
result.ms = Math.round(performance.now() - started)
result.maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024)
console.log(JSON.stringify(result))
