/**
 * assemble/link-urls: the URL written in a link's or image's markup, and the markup with the
 * language's own URL in its place (a page a translator localized, kept by `import --from`).
 * By hand rather than by a parser: the markup is one token's source, already known to be a link.
 */
/** The URL of a link's or image's markup (`](url "title")`, `![alt](url)`, `<https://…>`), or `undefined` (a reference, HTML…). */
export function markupUrl(markup: {atom: string} | {open: string; close: string}): string | undefined {
  if ('atom' in markup) {
    const autolink = /^<([a-z][a-z\d+.-]*:[^>\s]*)>$/i.exec(markup.atom)
    if (autolink) return autolink[1]
    if (!/^!?\[/.test(markup.atom)) return undefined
    return destination(markup.atom, markup.atom.lastIndexOf('](') + 1)?.url
  }
  return markup.open === '[' ? destination(markup.close, 1)?.url : undefined
}

/** Markup (an atom, or a container's closing markup) with its URL replaced by the language's own for it, if `urls` has one. */
export function withLanguageUrl(markup: string, container: boolean, urls: Readonly<Record<string, string>>): string {
  const autolink = container ? null : /^<([a-z][a-z\d+.-]*:[^>\s]*)>$/i.exec(markup)
  if (autolink) return Object.hasOwn(urls, autolink[1]!) ? `<${urls[autolink[1]!]}>` : markup
  const found = container
    ? markup.startsWith('](')
      ? destination(markup, 1)
      : undefined
    : /^!?\[/.test(markup)
      ? destination(markup, markup.lastIndexOf('](') + 1)
      : undefined
  if (!found || !Object.hasOwn(urls, found.url)) return markup
  return markup.slice(0, found.start) + urls[found.url] + markup.slice(found.end)
}

/** The destination of `(url "title")` or `(<url>)` at `at`: the URL and where it is written. */
function destination(text: string, at: number): {url: string; start: number; end: number} | undefined {
  const match = /^\(\s*(?:<([^>\n]*)>|([^\s)]+(?:\([^\s)]*\)[^\s)]*)*))/.exec(text.slice(at))
  if (!match) return undefined
  const url = match[1] ?? match[2]!
  const start = at + match[0].length - url.length - (match[1] === undefined ? 0 : 1)
  return {url, start, end: start + url.length}
}
