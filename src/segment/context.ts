/**
 * segment/context: what every node handler receives.
 */
import type {Heading, Nodes, Parents} from 'mdast'
import type {HeadingAnchor, Segment} from '../types.js'
import type {LineIndex} from './build.js'

export interface HandlerContext {
  /** The whole document string (offsets of nodes point into it). */
  source: string
  lines: LineIndex
  /** The node's parent, for handlers whose kind depends on it (a paragraph in a list item). */
  parent: Parents | undefined
  /** JSX attributes whose values are prose (`title`, `alt`, `label`…). */
  proseAttributes?: ReadonlySet<string>
  /** The ids of the document's headings. */
  headingAnchors?: ReadonlyMap<Heading, HeadingAnchor>
  /** File name for error messages. */
  file?: string
}

/** A handler turns one mdast node into zero or more segments (without keys). */
export type Handler = (node: Nodes, context: HandlerContext) => Segment[]
