/**
 * segment/handlers: one handler per translatable mdast node type, gathered in a plain map
 * (after mdast-util-to-markdown's `lib/handle/index.js`). Adding a node type is one file and one line.
 * Node types not listed here (code, html, math, yaml, thematic breaks) never reach a translator.
 */
import type {Handler} from '../context.js'
import {heading} from './heading.js'
import {paragraph} from './paragraph.js'
import {tableCell} from './table-cell.js'
import {image} from './image.js'
import {link} from './title.js'

export const handlers: Record<string, Handler> = {
  heading: heading as Handler,
  paragraph: paragraph as Handler,
  tableCell: tableCell as Handler,
  image: image as Handler,
  imageReference: image as Handler,
  link: link as Handler,
  definition: link as Handler
}
