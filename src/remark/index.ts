/**
 * remark: md-l10n as a unified plugin. `unified().use(remarkParse).use(remarkGfm).use(remarkL10n)`
 * segments each file with the caller's own parser and syntax extensions and puts the result on
 * `file.data.l10n`; with `translations`, the plugin's compiler writes the localized document,
 * byte for byte the source outside the segments (so with no translation it is the source).
 */
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {segmentTree, type SegmentOptions, type SegmentResult} from '../segment/index.js'
import {catalogStatus} from '../catalog/status.js'
import {isUsable, type StalePolicy} from '../catalog/stamp.js'
import {localizeDocument, type LocalizedDocument} from '../assemble/localize.js'
import {assembleDocument} from '../assemble/index.js'
import type {Catalog, CatalogMeta} from '../types.js'

export interface RemarkL10nOptions
  extends Pick<SegmentOptions, 'frontMatterFields' | 'previousKeys' | 'reservedKeys' | 'handlers' | 'proseAttributes'> {
  /** A catalog (key → translation) to compile the localized document from. */
  translations?: Catalog
  /** What the translations were made from (`<namespace>.meta.json`), so stale ones are known. */
  meta?: CatalogMeta
  /**
   * The language of `translations`: the document gets its `lang`, `dir: rtl` when right to left,
   * `sourceVersion` and `outdated` in its front matter, as `build` writes them. Without it, the
   * translations are spliced in and nothing else changes.
   */
  language?: string
  /** The language of the source (default: its front matter's `lang`, else `und`). */
  sourceLanguage?: string
  /** Use stale translations (default) or the source text for them. */
  staleTranslations?: StalePolicy
}

/** What the plugin puts on `file.data.l10n`. */
export interface L10nData {
  /** The segments, with keys (`file.data.l10n.segments`) and the rest of the segmented document. */
  segments: SegmentResult['segments']
  document: SegmentResult
  /** After compiling with `translations`: the localized document, its counts and fallbacks. */
  localized?: LocalizedDocument
}

declare module 'vfile' {
  interface DataMap {
    l10n: L10nData
  }
}

export default function remarkL10n(this: Processor, options: RemarkL10nOptions = {}) {
  const parser = this
  if (options.translations) {
    // A compiler of its own: remark-stringify would reformat everything outside the segments.
    this.compiler = (_tree: unknown, file: VFile): string => {
      const data = file.data.l10n
      if (!data) throw new Error('remarkL10n: the file was not transformed (run `process`, not `stringify` alone)')
      const rows = catalogStatus(data.segments, options.translations!, options.meta ?? {version: 1, entries: {}})
      if (options.language === undefined) {
        const usable = new Map(
          rows
            .filter(({status}) => isUsable(status, options.staleTranslations))
            .map(({key, translation}) => [key, translation])
        )
        return assembleDocument(data.document, (segment) => usable.get(segment.key)).markdown
      }
      const sourceLanguage =
        options.sourceLanguage ?? String(data.document.frontMatter?.fields.get('lang')?.value ?? 'und')
      data.localized = localizeDocument(data.document, rows, {
        language: options.language,
        sourceLanguage,
        staleTranslations: options.staleTranslations
      })
      return data.localized.markdown
    }
  }
  return (tree: Root, file: VFile): void => {
    // `new VFile('')` has no value at all.
    const document = segmentTree(
      file.value === undefined ? '' : String(file.value),
      tree,
      parser as unknown as Processor<Root>,
      {...options, file: file.path}
    )
    file.data.l10n = {segments: document.segments, document}
  }
}

export {remarkL10n}
