/**
 * interchange/urls: when a link of a human translation leads where the source's link leads.
 *
 * A translated page writes its links in its own language's forms: `/fr/guides/x/` where the source
 * writes `/guides/x/` (the site's locale prefix), or `/fr/` where the project's `links` mapping
 * turns `/en/` into `/{lang}/`. Both are the site's business: the source's URL, mapped as `build`
 * maps it, then both without the locale prefix, are the same target (`same`). A translator may
 * also have linked the localized version of an external page (MDN's `/fr/docs/…` for
 * `/en-US/docs/…`, `fr.wikipedia.org`): the same page (`samePage`) but another URL, kept as the
 * language's own URL for that link.
 */
import type {LinkRewrite} from '../assemble/links.js'
export {markupUrl as codeUrl} from '../assemble/link-urls.js'

export interface UrlForms {
  /** A source URL as the translation is compared with it: mapped by `links`, without a locale prefix. */
  source(url: string): string
  /** A translated page's URL, without a locale prefix. */
  translation(url: string): string
  /**
   * The page whatever its language, from a URL in one of the forms above: language segments of its
   * host and path, language queries and index names dropped.
   */
  page(url: string): string
}

export interface UrlFormOptions {
  language: string
  sourceLanguage: string
  /** The project's `links` mapping. */
  links?: readonly LinkRewrite[]
  /** Other locale prefixes the site uses for the language (the imported folder's name: `zh`, `pt-br`). */
  prefixes?: readonly string[]
}

/** Written by hand: a language tag as a URL segment, in the forms sites write it (`pt-BR`, `pt-br`, `pt_BR`, `pt`). */
function tagForms(tag: string): string[] {
  const lower = tag.toLowerCase()
  return [...new Set([lower, lower.replace(/-/g, '_'), lower.split('-')[0]!])]
}

export function urlForms(options: UrlFormOptions): UrlForms {
  const own = new Set([
    ...tagForms(options.language),
    ...(options.prefixes ?? []).map((prefix) => prefix.toLowerCase())
  ])
  const any = new Set([...own, ...tagForms(options.sourceLanguage)])
  const stripPrefix = (url: string) => {
    const match = /^\/([^/?#]+)(?=[/?#]|$)/.exec(url)
    return match && own.has(match[1]!.toLowerCase()) ? url.slice(match[0].length) || '/' : url
  }
  const mapped = (url: string) => {
    const rewrite = options.links?.find(({from}) => url.startsWith(from))
    return rewrite ? rewrite.to.replaceAll('{lang}', options.language) + url.slice(rewrite.from.length) : url
  }
  const isLanguage = (segment: string) => {
    const lower = segment.toLowerCase().replace(/_/g, '-')
    return (
      any.has(lower) ||
      any.has(lower.replace(/-/g, '_')) ||
      [...any].some(
        (form) => /^[a-z]{2,3}$/.test(form) && lower.startsWith(`${form}-`) && lower.length <= form.length + 5
      )
    )
  }
  return {
    source: (url) => stripPrefix(mapped(url)),
    translation: (url) => stripPrefix(url),
    page(url) {
      const [, scheme = '', rest = ''] = /^([a-z][a-z\d+.-]*:\/\/)?([\s\S]*)$/i.exec(url)!
      const hash = rest.indexOf('#')
      const [beforeHash, fragment] = hash === -1 ? [rest, ''] : [rest.slice(0, hash), rest.slice(hash)]
      const [pathPart = '', query = ''] = beforeHash.split('?')
      const parts = pathPart.split('/')
      const host =
        scheme === ''
          ? []
          : parts
              .shift()!
              .toLowerCase()
              .replace(/^www\./, '')
              .split('.')
              .filter((label) => !isLanguage(label))
      const kept = parts
        .filter((segment) => !isLanguage(segment))
        .join('/')
        .replace(/(?:\/|\/?index\.html?|\.html?)$/i, '')
      const params = query.split('&').filter((param) => param !== '' && !/^(?:hl|lang|language|locale)=/i.test(param))
      return `${host.join('.')}/${kept}${params.length > 0 ? `?${params.join('&')}` : ''}${fragment}`
    }
  }
}
