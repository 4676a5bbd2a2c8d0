/**
 * segment/tags: parse the numbered-tag language of segment text (`<1>…</1>`, `<2/>`), i18next's
 * Trans convention. Shared by reassembly (to rebuild markup) and the checks (to compare tags).
 */

/** A parsed translation: text and tags as a tree. */
export type TagNode =
  | {type: 'text'; value: string}
  | {type: 'element'; id: number; children: TagNode[]}
  | {type: 'atom'; id: number}

/** Why a string's tags cannot be read. */
export class TagSyntaxError extends Error {}

const tagPattern = /<(\/?)(\d+)(\/?)>/g

/**
 * Parse tagged text into a tree. Throws `TagSyntaxError` on a closing tag that does not match the
 * open one or a tag left open. Anything that is not a numbered tag (`a < b`, `<br>`) is text.
 */
export function parseTags(text: string): TagNode[] {
  const root: TagNode[] = []
  const stack: Array<{id: number; children: TagNode[]}> = []
  let current = root
  let last = 0
  for (const match of text.matchAll(tagPattern)) {
    const [whole, closing, digits, selfClosing] = match
    const index = match.index
    if (closing && selfClosing) continue
    if (index > last) current.push({type: 'text', value: text.slice(last, index)})
    last = index + whole.length
    const id = Number(digits)
    if (selfClosing) {
      current.push({type: 'atom', id})
    } else if (closing) {
      const open = stack.pop()
      if (!open || open.id !== id) {
        throw new TagSyntaxError(open ? `\`</${id}>\` closes \`<${open.id}>\`` : `\`</${id}>\` has no opening tag`)
      }
      current = stack.length > 0 ? stack.at(-1)!.children : root
    } else {
      const element: TagNode = {type: 'element', id, children: []}
      current.push(element)
      stack.push(element)
      current = element.children
    }
  }
  if (stack.length > 0) throw new TagSyntaxError(`\`<${stack.at(-1)!.id}>\` is never closed`)
  if (last < text.length) root.push({type: 'text', value: text.slice(last)})
  return root
}

/** Every tag id in a tree with how it is used, in document order. */
export function listTags(
  nodes: readonly TagNode[],
  found: Array<{id: number; type: 'element' | 'atom'; parent?: number}> = [],
  parent?: number
) {
  for (const node of nodes) {
    if (node.type === 'text') continue
    found.push({id: node.id, type: node.type, parent})
    if (node.type === 'element') listTags(node.children, found, node.id)
  }
  return found
}

/** The plain text of tagged text, tags removed. */
export function stripTags(text: string): string {
  return text.replace(tagPattern, '')
}
