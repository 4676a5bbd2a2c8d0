/**
 * assemble/escape: make translated text stay text in markdown.
 *
 * Written by hand because mdast-util-to-markdown's `safe` works on whole trees it serializes
 * itself, while md-l10n splices text between markup it keeps byte for byte. The rules are the
 * constructs CommonMark and GFM could start from prose characters.
 */

export interface EscapeContext {
  /** The text starts a line (block constructs such as `#`, `>`, `-`, `1.` could start there). */
  lineStart: boolean
  /** The text is in a GFM table cell (`|` ends a cell). */
  table?: boolean
  /** Braces start syntax (MDX expressions, `{{ }}` template tags): they are escaped. */
  braces?: boolean
  /** A colon before a letter starts a text directive (`:abbr`): it is escaped. */
  colons?: boolean
}

/** Escape inline syntax anywhere in text. */
const inlineSpecials = /[\\`*_[\]<~]|&(?=#?[a-z0-9]+;)|\$(?=\$)/gi

/** Escape text for an inline position; newlines are continued with `linePrefix`. */
export function escapeText(text: string, context: EscapeContext, linePrefix = ''): string {
  const lines = text.split(/\r?\n/)
  return lines
    .map((line, index) => {
      let escaped = line.replace(inlineSpecials, (character) => `\\${character}`)
      if (context.table) escaped = escaped.replace(/\|/g, '\\|')
      if (context.braces) escaped = escaped.replace(/[{}]/g, '\\$&')
      if (context.colons) escaped = escaped.replace(/:(?=\p{L})/gu, '\\:')
      if (index > 0 || context.lineStart) {
        escaped = escaped.replace(/^[ \t]+/, '')
        // `:::` would open a container or directive.
        escaped = escaped.replace(/^([#>+=-]|:(?=::))/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
      }
      if (index < lines.length - 1) escaped = escaped.replace(/[ \t]+$/, '')
      return escaped
    })
    .join(`\n${linePrefix}`)
}

/** Escape text for an image's alt (inside `![…]`). */
export function escapeAlt(text: string): string {
  return text.replace(/[\\[\]`*_<]|\r?\n/g, (character) => (character.includes('\n') ? ' ' : `\\${character}`))
}

/** Escape text for a title delimited by `quote` (`"`, `'` or `)`). */
export function escapeTitle(text: string, quote: string): string {
  const specials = quote === ')' ? /[\\()]/g : new RegExp(`[\\\\${quote}]`, 'g')
  return text.replace(specials, (character) => `\\${character}`).replace(/\r?\n/g, ' ')
}

/**
 * Escape text for raw HTML (the text of an element in an HTML block): HTML reads character
 * references, not markdown's backslashes. Line breaks become spaces, so no blank line can end the
 * block; with `braces`, `{` and `}` are references so no template tag (`{{ }}`) starts.
 */
export function escapeHtmlText(text: string, braces = false): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/[ \t]*\r?\n\s*/g, ' ')
  return braces ? escaped.replace(/[{}]/g, (brace) => (brace === '{' ? '&#123;' : '&#125;')) : escaped
}

/** Escape text for a quoted HTML attribute value: every `&`, `<` and the quote become character references. */
export function escapeHtmlAttribute(text: string, quote: string): string {
  return escapeHtmlText(text).replace(quote === "'" ? /'/g : /"/g, quote === "'" ? '&#39;' : '&quot;')
}

/** Escape text for a quoted JSX attribute value: JSX strings have no backslash escapes, only character references. */
export function escapeAttribute(text: string, quote: string): string {
  return text.replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;').replace(quote === "'" ? /'/g : /"/g, quote === "'" ? '&#39;' : '&quot;').replace(/\r?\n/g, ' ')
}
