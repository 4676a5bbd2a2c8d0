/**
 * check/structure: the shape of a markdown document that a translation must not change: block and
 * inline node types, nesting, list and heading attributes, link and image targets, code and HTML
 * elements. Text, alt text, titles and HTML's text and prose attributes are left out: they are what
 * translation changes.
 */
import type {Nodes} from 'mdast'
import {parseMarkdown, readFrontMatter, type MarkdownParser} from '../segment/parse.js'
import {blankHeadingAttributes} from '../segment/heading-ids.js'
import {htmlShape} from '../segment/html.js'

/** A node of the shape tree. */
export interface ShapeNode {
  type: string
  /** Attributes that must survive translation (url, depth, code value, …). */
  attributes?: Record<string, unknown>
  children?: ShapeNode[]
}

// `referenceType` is left out: a translated `[FAQ][]` is written `[Questions][FAQ]`, the same link.
const keptAttributes = [
  'depth',
  'ordered',
  'start',
  'checked',
  'spread',
  'url',
  'lang',
  'meta',
  'identifier',
  'align'
] as const
const keptValues = new Set(['code', 'inlineCode', 'html', 'math', 'inlineMath'])
/**
 * Nodes whose children are a sentence's inline content. A translation may order inline code, links
 * and emphasis as its grammar needs (a Japanese sentence puts the code before the verb), so their
 * children are compared as a set: what must survive is every atom and container with its target.
 */
const phrasingParents = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'mdxJsxTextElement'
])

function shape(node: Nodes): ShapeNode | undefined {
  if (node.type === 'text') return undefined
  const attributes: Record<string, unknown> = {}
  for (const name of keptAttributes) {
    const value = (node as unknown as Record<string, unknown>)[name]
    if (value !== undefined && value !== null) attributes[name] = value
  }
  // Raw HTML keeps its elements and code; its text and prose attributes are translated.
  if (node.type === 'html') attributes.value = htmlShape(node.value)
  else if (keptValues.has(node.type)) attributes.value = (node as {value: string}).value
  const result: ShapeNode = {type: node.type}
  if (Object.keys(attributes).length > 0) result.attributes = attributes
  if ('children' in node) {
    const children = (node.children as Nodes[]).map(shape).filter((child): child is ShapeNode => child !== undefined)
    if (phrasingParents.has(node.type)) sortCanonically(children)
    if (children.length > 0) result.children = children
  }
  return result
}

function sortCanonically(children: ShapeNode[]): void {
  const keyed = children.map((child) => [JSON.stringify(child), child] as const)
  keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  keyed.forEach(([, child], index) => (children[index] = child))
}

/** The shape of a markdown document (its front matter skipped), parsed with `parser` (default: GFM). */
export function documentShape(markdown: string, parser?: MarkdownParser): ShapeNode {
  const bom = markdown.startsWith('\uFEFF') ? 1 : 0
  let end = bom
  try {
    end = readFrontMatter(markdown, bom)?.end ?? bom
  } catch {
    // Malformed front matter is the front-matter checks' business; parse the rest as it stands.
  }
  const body = markdown.slice(0, end).replace(/[^\r\n]/g, ' ') + markdown.slice(end)
  return shape(parseMarkdown(parser ? blankHeadingAttributes(body) : body, parser))!
}

/** Where two shapes first differ, as a path and a description; `undefined` when equal. */
export function shapeDifference(expected: ShapeNode, actual: ShapeNode, path = 'root'): string | undefined {
  if (expected.type !== actual.type) return `${path}: expected ${expected.type}, found ${actual.type}`
  const expectedAttributes = JSON.stringify(expected.attributes ?? {})
  const actualAttributes = JSON.stringify(actual.attributes ?? {})
  if (expectedAttributes !== actualAttributes)
    return `${path} (${expected.type}): expected ${expectedAttributes}, found ${actualAttributes}`
  const expectedChildren = expected.children ?? []
  const actualChildren = actual.children ?? []
  if (phrasingParents.has(expected.type))
    return inlineDifference(expectedChildren, actualChildren, `${path} (${expected.type})`)
  for (let index = 0; index < Math.max(expectedChildren.length, actualChildren.length); index++) {
    const a = expectedChildren[index]
    const b = actualChildren[index]
    if (!a || !b)
      return `${path} (${expected.type}): expected ${expectedChildren.length} children, found ${actualChildren.length}`
    const difference = shapeDifference(a, b, `${path}/${index}`)
    if (difference) return difference
  }
  return undefined
}

/** Inline content compared as a multiset: the first atom or container missing, else the first added. */
function inlineDifference(
  expected: readonly ShapeNode[],
  actual: readonly ShapeNode[],
  path: string
): string | undefined {
  const left = new Map<string, number>()
  for (const child of actual) left.set(JSON.stringify(child), (left.get(JSON.stringify(child)) ?? 0) + 1)
  for (const child of expected) {
    const key = JSON.stringify(child)
    const count = left.get(key) ?? 0
    if (count === 0) return `${path}: ${describe(child)} is missing`
    left.set(key, count - 1)
  }
  const added = actual.find((child) => (left.get(JSON.stringify(child)) ?? 0) > 0)
  return added ? `${path}: ${describe(added)} was added` : undefined
}

function describe(node: ShapeNode): string {
  return node.attributes ? `${node.type} ${JSON.stringify(node.attributes)}` : node.type
}
