/**
 * interchange/differences: why the page `build` writes from imported translations differs from
 * the human page outside the translator's text, so a team sees what adopting md-l10n changes in
 * its pages. Code and URLs are not segments: the rebuilt page has the source's (a translated code
 * comment or placeholder, a link the translator pointed elsewhere); its lines are laid out as the
 * source's; and what the alignment left on either side stays as it was.
 */
import type {Nodes} from 'mdast'
import {parseMarkdown} from '../segment/parse.js'

/** Why pages differ, each a fixed sentence so that reports can count them. */
export const differenceReasons = {
  code: 'code blocks: the source’s are written (comments or placeholders the translator translated revert)',
  inlineCode: 'inline code: the source’s is written (a translated command or placeholder reverts)',
  urls: 'link URLs: the source’s are written (a `links` mapping keeps the translator’s locale prefix)',
  wrapping: 'line wrapping: the source’s lines (the text is the same)',
  text: 'other blocks: text left in the source or in the translation, or laid out otherwise'
} as const

interface Inventory {
  code: string[]
  inlineCode: string[]
  urls: string[]
}

function inventory(markdown: string): Inventory {
  const found: Inventory = {code: [], inlineCode: [], urls: []}
  const walk = (node: Nodes) => {
    if (node.type === 'code') found.code.push(node.value)
    else if (node.type === 'inlineCode') found.inlineCode.push(node.value)
    else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') found.urls.push(node.url)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(parseMarkdown(markdown))
  return found
}

/** How many of `human`'s items `rebuilt` lacks (multisets). */
function missing(rebuilt: readonly string[], human: readonly string[]): number {
  const left = new Map<string, number>()
  for (const item of rebuilt) left.set(item, (left.get(item) ?? 0) + 1)
  let count = 0
  for (const item of human) {
    const n = left.get(item) ?? 0
    if (n === 0) count++
    else left.set(item, n - 1)
  }
  return count
}

/** Blocks (runs of lines between blank lines): as written, whitespace collapsed, and also without code and URLs. */
function blocks(markdown: string): Array<{raw: string; folded: string; bare: string}> {
  return markdown
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((raw) => {
      const folded = raw.replace(/\s+/g, ' ').trim()
      return {
        raw: raw.trim(),
        folded,
        bare: folded
          .replace(/`[^`]*`/g, '``')
          .replace(/\]\([^)]*\)/g, ']()')
          .replace(/<[a-z][a-z\d+.-]*:[^>\s]*>/gi, '<>')
      }
    })
    .filter(({raw}) => raw !== '')
}

/** Why `rebuilt` differs from `human`: each reason with how many places; `{}` when they are the same. */
export function pageDifferences(rebuilt: string, human: string): Record<string, number> {
  if (rebuilt === human) return {}
  const result: Record<string, number> = {}
  const add = (reason: string, count: number) => {
    if (count > 0) result[reason] = (result[reason] ?? 0) + count
  }
  let ours: Inventory
  let theirs: Inventory
  try {
    ours = inventory(rebuilt)
    theirs = inventory(human)
  } catch {
    ours = theirs = {code: [], inlineCode: [], urls: []}
  }
  add(differenceReasons.code, missing(ours.code, theirs.code))
  add(differenceReasons.inlineCode, missing(ours.inlineCode, theirs.inlineCode))
  add(differenceReasons.urls, missing(ours.urls, theirs.urls))
  const rebuiltBlocks = blocks(rebuilt)
  const raw = new Set(rebuiltBlocks.map((block) => block.raw))
  const folded = new Set(rebuiltBlocks.map((block) => block.folded))
  const bare = new Set(rebuiltBlocks.map((block) => block.bare))
  let wrapped = 0
  let other = 0
  for (const block of blocks(human)) {
    if (raw.has(block.raw)) continue
    if (folded.has(block.folded)) wrapped++
    // Blocks that differ only in code or URLs are counted above; code blocks too.
    else if (!bare.has(block.bare) && !/^(?:```|~~~| {4}|\t)/.test(block.raw)) other++
  }
  add(differenceReasons.wrapping, wrapped)
  if (Object.keys(result).length === 0 || other > 0) add(differenceReasons.text, Math.max(other, 1))
  return result
}
