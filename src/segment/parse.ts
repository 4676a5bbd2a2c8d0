/**
 * segment/parse: the one markdown parser md-l10n uses (unified + remark-parse + GFM + math),
 * and front-matter detection (gray-matter for the data, the `yaml` CST for value positions).
 */
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkMath from 'remark-math'
import matter from 'gray-matter'
import {parseDocument, isMap, isScalar} from 'yaml'
import type {Root} from 'mdast'
import {InputError} from '../util/errors.js'

// Single-dollar math is off: prose such as `$ 10 billion … $ 1 billion` must stay text, not become math.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath, {singleDollarTextMath: false})

/** Parse markdown (no front matter) into mdast with positions. */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown)
}

/** A front-matter block found at the top of a document. */
export interface FrontMatterBlock {
  /** Offset of the first `---` and of the end of the closing fence line (line ending included). */
  start: number
  end: number
  /** The YAML between the fences and where it starts. */
  yaml: string
  yamlStart: number
  /** Parsed data. */
  data: Record<string, unknown>
  /** Top-level scalar fields with the range of their value (quotes included) in the document. */
  fields: Map<string, {value: unknown; start: number; end: number}>
}

const fencePattern = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/**
 * Find and read YAML front matter starting at `offset` (after a BOM).
 * gray-matter reads the data (and reports YAML errors); it gives no positions, so the `yaml`
 * package's CST locates each field's value for splicing translations in place.
 */
export function readFrontMatter(document: string, offset: number, file?: string): FrontMatterBlock | undefined {
  const head = document.slice(offset)
  const match = fencePattern.exec(head)
  if (!match) return undefined
  const yaml = match[1] ?? ''
  const yamlStart = offset + head.indexOf('\n') + 1
  let data: Record<string, unknown>
  try {
    // An options object turns off gray-matter's global cache (it would keep every document alive).
    data = matter(head, {}).data as Record<string, unknown>
  } catch (error) {
    const mark = (error as {mark?: {line?: number}}).mark
    const line = typeof mark?.line === 'number' ? mark.line + 2 : undefined
    throw new InputError(`malformed YAML front matter: ${firstLine((error as Error).message)}`, file, line)
  }
  const fields = new Map<string, {value: unknown; start: number; end: number}>()
  const parsed = parseDocument(yaml, {keepSourceTokens: false})
  if (isMap(parsed.contents)) {
    for (const pair of parsed.contents.items) {
      if (isScalar(pair.key) && isScalar(pair.value) && pair.value.range) {
        fields.set(String(pair.key.value), {
          value: pair.value.value,
          start: yamlStart + pair.value.range[0],
          end: yamlStart + pair.value.range[1]
        })
      }
    }
  }
  return {start: offset, end: offset + match[0].length, yaml, yamlStart, data, fields}
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}
