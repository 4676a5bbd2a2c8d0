/**
 * segment/handlers: one handler per translatable mdast node type, gathered in a plain map
 * (after mdast-util-to-markdown's `lib/handle/index.js`). Adding a node type is one file and one line.
 * Node types not listed here (code, math, yaml, thematic breaks, MDX ESM and expressions)
 * never reach a translator.
 */
import type {Handler} from '../context.js'
import {heading} from './heading.js'
import {paragraph} from './paragraph.js'
import {tableCell} from './table-cell.js'
import {image} from './image.js'
import {link} from './title.js'
import {jsxElement} from './jsx.js'
import {container} from './container.js'
import {leafDirective} from './directive.js'
import {html} from './html.js'

export const handlers: Record<string, Handler> = {
  heading: heading as Handler,
  paragraph: paragraph as Handler,
  tableCell: tableCell as Handler,
  image: image as Handler,
  imageReference: image as Handler,
  link: link as Handler,
  definition: link as Handler,
  mdxJsxFlowElement: jsxElement as Handler,
  mdxJsxTextElement: jsxElement as Handler,
  markdownItContainer: container,
  containerDirective: container,
  leafDirective: leafDirective as Handler,
  html: html as Handler
}
