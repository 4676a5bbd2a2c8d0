/**
 * syntax/container/mdast: markdown-it containers as mdast, from and to markdown (the mdast-util
 * layer, after mdast-util-directive). A container is a `markdownItContainer` node with its
 * `name`; its title, when the fence has one, is its first child, a paragraph marked
 * `data.containerTitle` (as remark-directive marks a label `data.directiveLabel`).
 */
import type {BlockContent, DefinitionContent, Paragraph, Parent} from 'mdast'
import type {CompileContext, Extension as FromMarkdownExtension, Token} from 'mdast-util-from-markdown'
import type {Options as ToMarkdownExtension, State, Info} from 'mdast-util-to-markdown'

/**
 * A markdown-it container.
 *
 * ```markdown
 * ::: tip Keep it short
 * Content.
 * :::
 * ```
 */
export interface MarkdownItContainer extends Parent {
  type: 'markdownItContainer'
  /** The name after the fence: `tip`, `details`, `code-group`. */
  name: string
  /** Colons of the opening fence (an outer container has more: `:::: details`). */
  fenceSize?: number
  children: Array<BlockContent | DefinitionContent>
}

declare module 'mdast' {
  interface BlockContentMap {
    markdownItContainer: MarkdownItContainer
  }
  interface RootContentMap {
    markdownItContainer: MarkdownItContainer
  }
  interface ParagraphData {
    /** The paragraph is a container's title (`::: tip Title`), not content. */
    containerTitle?: boolean
  }
}

export function containerFromMarkdown(): FromMarkdownExtension {
  return {
    enter: {
      markdownItContainer(this: CompileContext, token: Token) {
        this.enter({type: 'markdownItContainer', name: '', children: []}, token)
      },
      markdownItContainerTitle(this: CompileContext, token: Token) {
        this.enter({type: 'paragraph', data: {containerTitle: true}, children: []} satisfies Paragraph, token)
      }
    },
    exit: {
      markdownItContainer(this: CompileContext, token: Token) {
        this.exit(token)
      },
      markdownItContainerSequence(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1] as MarkdownItContainer
        node.fenceSize ??= this.sliceSerialize(token).length
      },
      markdownItContainerName(this: CompileContext, token: Token) {
        const node = this.stack[this.stack.length - 1] as MarkdownItContainer
        node.name = this.sliceSerialize(token)
      },
      markdownItContainerTitle(this: CompileContext, token: Token) {
        this.exit(token)
      }
    }
  }
}

export function containerToMarkdown(): ToMarkdownExtension {
  return {
    handlers: {
      markdownItContainer(node: MarkdownItContainer, _parent: unknown, state: State, info: Info): string {
        const fence = ':'.repeat(Math.max(3, node.fenceSize ?? 3))
        const [first, ...rest] = node.children
        const title = first?.type === 'paragraph' && first.data?.containerTitle ? first : undefined
        const exit = state.enter('paragraph')
        const titleText = title ? ` ${state.containerPhrasing(title, {...info, before: ' ', after: '\n'})}` : ''
        exit()
        const content = state.containerFlow(
          {type: 'root', children: (title ? rest : node.children) as BlockContent[]},
          info
        )
        return `${fence} ${node.name}${titleText}\n${content ? `${content}\n` : ''}${fence}`
      }
    } as ToMarkdownExtension['handlers']
  }
}
