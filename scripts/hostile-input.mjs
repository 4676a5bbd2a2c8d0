/**
 * Hostile input (issue 31, "linear time on hostile input"): for each shape that made the parse
 * grow with the square of its size, the issue's own input (refused by a limit before parsing, in
 * time linear in its size) and documents of 1, 2, 4 and 8 copies of the largest block the limits
 * accept: segmentation time should double with the size. Run after `npx tsc`:
 *
 *   node scripts/hostile-input.mjs [--dialect vitepress]
 *
 * Prints one row per document: its shape, size, milliseconds (median of 3) and ms per KB.
 */
import {segmentDocument} from '../lib/segment/index.js'
import {limits} from '../lib/segment/limits.js'

const dialect = process.argv.includes('--dialect') ? process.argv[process.argv.indexOf('--dialect') + 1] : 'vitepress'
const under = limits.nesting - 10

/** Containers nested as markdown-it nests them: each outer fence longer than the one inside. */
const nestedContainers = (depth) =>
  Array.from({length: depth}, (_, level) => `${':'.repeat(3 + depth - level)} tip\n`).join('') +
  'x\n' +
  Array.from({length: depth}, (_, level) => `${':'.repeat(4 + level)}\n`).join('')

const shapes = {
  'list markers on one line': {issue: '- '.repeat(3200) + 'x\n', block: '- '.repeat(under) + 'x\n'},
  '[ⁿ x ]ⁿ': {
    issue: '['.repeat(25_500) + 'x' + ']'.repeat(25_500) + '\n',
    block: '['.repeat(under) + 'x' + ']'.repeat(under) + '\n'
  },
  '[a]( repeated': {issue: '[a]('.repeat(51_200) + '\n', block: '[a]('.repeat(under) + '\n'},
  'nested ::: containers': {issue: '::: tip\n'.repeat(10_000) + ':::\n'.repeat(10_000), block: nestedContainers(under)},
  'table rows': {
    issue: '| a | b |\n| - | - |\n' + '| x | y |\n'.repeat(50_000),
    block: '| a | b |\n| - | - |\n' + '| x | y |\n'.repeat(1000)
  },
  '{{ without a closer': {issue: 'a ' + '{{ '.repeat(50_000) + '\n', block: 'a ' + '{{ '.repeat(5000) + '\n'}
}

function time(markdown) {
  const runs = []
  let outcome = 'parsed'
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    try {
      segmentDocument(markdown, {dialect, file: 'hostile.md'})
    } catch (error) {
      outcome = `refused: ${String(error.message).slice(0, 60)}`
    }
    runs.push(performance.now() - started)
  }
  return {ms: runs.sort((a, b) => a - b)[1], outcome}
}

segmentDocument('warm *up*\n', {dialect})
console.log(['shape', 'document', 'KB', 'ms', 'ms/KB', 'outcome'].join('\t'))
for (const [name, {issue, block}] of Object.entries(shapes)) {
  const rows = [
    ['issue input', issue],
    ...[1, 2, 4, 8].map((copies) => [`${copies} × accepted block`, Array(copies).fill(block).join('\n')])
  ]
  for (const [label, markdown] of rows) {
    const {ms, outcome} = time(markdown)
    const kb = markdown.length / 1024
    console.log([name, label, kb.toFixed(1), ms.toFixed(1), (ms / kb).toFixed(2), outcome].join('\t'))
  }
}
