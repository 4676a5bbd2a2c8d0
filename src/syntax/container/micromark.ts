/**
 * syntax/container/micromark: the tokenizer of markdown-it-container's syntax, the containers
 * VitePress (and Docusaurus's `:::warning Title` form) write:
 *
 * ```markdown
 * ::: tip Keep it short
 * Content, parsed as markdown.
 * :::
 * ```
 *
 * Written here because no micromark extension for this syntax exists: remark-directive's
 * `:::name[label]` refuses a title after the name, and the remark plugins that do read it
 * (remark-flexible-containers, @rspress/plugin-container-syntax) rewrite parsed paragraphs, so the
 * fence lines have no place in the source and a container cannot hold a blank line or a list.
 * Modeled on micromark-extension-directive's container construct: the content is a document
 * chunk, so anything markdown can hold goes inside, nested containers included (an outer fence
 * with more colons, `:::: details`, as in markdown-it).
 */
import {factorySpace} from 'micromark-factory-space'
import {markdownLineEnding, markdownSpace} from 'micromark-util-character'
import {codes, types} from 'micromark-util-symbol'
import {spendParseStep} from '../budget.js'
import type {Code, Construct, Effects, Extension, State, Token, TokenizeContext} from 'micromark-util-types'

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    markdownItContainer: 'markdownItContainer'
    markdownItContainerFence: 'markdownItContainerFence'
    markdownItContainerSequence: 'markdownItContainerSequence'
    markdownItContainerName: 'markdownItContainerName'
    markdownItContainerTitle: 'markdownItContainerTitle'
    markdownItContainerContent: 'markdownItContainerContent'
  }
}

export interface ContainerSyntaxOptions {
  /** The container names the site knows (`tip`, `details`, `code-group`…): any other name is a paragraph, as in markdown-it-container. */
  names: readonly string[]
}

/** The micromark extension: a flow construct on `:`. */
export function containerSyntax(options: ContainerSyntaxOptions): Extension {
  const names = new Set(options.names)
  const construct: Construct = {name: 'markdownItContainer', tokenize: tokenizeContainer, concrete: true}
  return {flow: {[codes.colon]: construct}}

  function tokenizeContainer(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
    const self = this
    const tail = self.events[self.events.length - 1]
    const initialSize = tail && tail[1].type === types.linePrefix ? tail[2].sliceSerialize(tail[1], true).length : 0
    let sizeOpen = 0
    let name = ''
    let previous: Token | undefined

    return start

    function start(code: Code): State | undefined {
      effects.enter('markdownItContainer')
      effects.enter('markdownItContainerFence')
      effects.enter('markdownItContainerSequence')
      return sequenceOpen(code)
    }

    function sequenceOpen(code: Code): State | undefined {
      spendParseStep()
      if (code === codes.colon) {
        effects.consume(code)
        sizeOpen++
        return sequenceOpen
      }
      if (sizeOpen < 3) return nok(code)
      effects.exit('markdownItContainerSequence')
      return factorySpace(effects, nameStart, types.whitespace)(code)
    }

    function nameStart(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code) || markdownSpace(code)) return nok(code)
      effects.enter('markdownItContainerName')
      return nameInside(code)
    }

    function nameInside(code: Code): State | undefined {
      spendParseStep()
      // A name is what markdown-it-container compares: the first word of the fence's info.
      if (
        code !== codes.eof &&
        !markdownLineEnding(code) &&
        !markdownSpace(code) &&
        code !== codes.leftSquareBracket &&
        code !== codes.leftCurlyBrace
      ) {
        name += String.fromCharCode(code)
        effects.consume(code)
        return nameInside
      }
      // `:::note[Title]` and `:::note{.x}` are directives, not this syntax.
      if (!names.has(name) || !(code === codes.eof || markdownLineEnding(code) || markdownSpace(code))) return nok(code)
      effects.exit('markdownItContainerName')
      return markdownSpace(code) ? factorySpace(effects, titleStart, types.whitespace)(code) : openAfter(code)
    }

    function titleStart(code: Code): State | undefined {
      if (code === codes.eof || markdownLineEnding(code)) return openAfter(code)
      effects.enter('markdownItContainerTitle')
      effects.enter(types.chunkText, {contentType: 'text'})
      return titleInside(code)
    }

    function titleInside(code: Code): State | undefined {
      spendParseStep()
      if (code === codes.eof || markdownLineEnding(code)) {
        effects.exit(types.chunkText)
        effects.exit('markdownItContainerTitle')
        return openAfter(code)
      }
      effects.consume(code)
      return titleInside
    }

    function openAfter(code: Code): State | undefined {
      effects.exit('markdownItContainerFence')
      if (code === codes.eof) return after(code)
      if (self.interrupt) return ok(code)
      return effects.attempt(nonLazyLine, contentStart, after)(code)
    }

    function contentStart(code: Code): State | undefined {
      if (code === codes.eof) return after(code)
      if (markdownLineEnding(code)) return effects.check(nonLazyLine, emptyContentNonLazyLineAfter, after)(code)
      effects.enter('markdownItContainerContent')
      return lineStart(code)
    }

    function lineStart(code: Code): State | undefined {
      spendParseStep()
      return effects.attempt(
        {tokenize: tokenizeClosingFence, partial: true},
        afterContent,
        initialSize ? factorySpace(effects, chunkStart, types.linePrefix, initialSize + 1) : chunkStart
      )(code)
    }

    function chunkStart(code: Code): State | undefined {
      if (code === codes.eof) return afterContent(code)
      if (markdownLineEnding(code)) return effects.check(nonLazyLine, chunkNonLazyStart, afterContent)(code)
      return chunkNonLazyStart(code)
    }

    function chunkNonLazyStart(code: Code): State | undefined {
      const token = effects.enter(types.chunkDocument, {contentType: 'document', previous})
      if (previous) previous.next = token
      previous = token
      return contentContinue(code)
    }

    function contentContinue(code: Code): State | undefined {
      spendParseStep()
      if (code === codes.eof) {
        const token = effects.exit(types.chunkDocument)
        self.parser.lazy[token.start.line] = false
        return afterContent(code)
      }
      if (markdownLineEnding(code)) return effects.check(nonLazyLine, nonLazyLineAfter, lineAfter)(code)
      effects.consume(code)
      return contentContinue
    }

    function emptyContentNonLazyLineAfter(code: Code): State | undefined {
      effects.enter('markdownItContainerContent')
      return lineStart(code)
    }

    function nonLazyLineAfter(code: Code): State | undefined {
      effects.consume(code)
      const token = effects.exit(types.chunkDocument)
      self.parser.lazy[token.start.line] = false
      return lineStart
    }

    function lineAfter(code: Code): State | undefined {
      const token = effects.exit(types.chunkDocument)
      self.parser.lazy[token.start.line] = false
      return afterContent(code)
    }

    function afterContent(code: Code): State | undefined {
      effects.exit('markdownItContainerContent')
      return after(code)
    }

    function after(code: Code): State | undefined {
      effects.exit('markdownItContainer')
      return ok(code)
    }

    function tokenizeClosingFence(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
      let size = 0
      return factorySpace(
        effects,
        closingPrefixAfter,
        types.linePrefix,
        self.parser.constructs.disable.null?.includes('codeIndented') ? undefined : 4
      )

      function closingPrefixAfter(code: Code): State | undefined {
        effects.enter('markdownItContainerFence')
        effects.enter('markdownItContainerSequence')
        return closingSequence(code)
      }

      function closingSequence(code: Code): State | undefined {
        spendParseStep()
        if (code === codes.colon) {
          effects.consume(code)
          size++
          return closingSequence
        }
        if (size < sizeOpen) return nok(code)
        effects.exit('markdownItContainerSequence')
        return factorySpace(effects, closingSequenceEnd, types.whitespace)(code)
      }

      function closingSequenceEnd(code: Code): State | undefined {
        if (code === codes.eof || markdownLineEnding(code)) {
          effects.exit('markdownItContainerFence')
          return ok(code)
        }
        return nok(code)
      }
    }
  }
}

const nonLazyLine: Construct = {tokenize: tokenizeNonLazyLine, partial: true}

function tokenizeNonLazyLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const self = this
  return start

  function start(code: Code): State | undefined {
    effects.enter(types.lineEnding)
    effects.consume(code)
    effects.exit(types.lineEnding)
    return lineStart
  }

  function lineStart(code: Code): State | undefined {
    return self.parser.lazy[self.now().line] ? nok(code) : ok(code)
  }
}
