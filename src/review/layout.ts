/**
 * review/layout: the frame of every review page (landmarks, breadcrumb, the inline style and
 * script) and the pieces the pages share: language names, coverage bars, status badges.
 */
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {contentSecurityPolicy, filterScript, styleSheet} from './assets.js'
import type {Counts} from '../report/coverage.js'
import type {EntryStatus} from '../types.js'

const displayNames = new Intl.DisplayNames(['en'], {type: 'language'})

/** `Arabic (ar)`: the English name of a language with its tag. */
export function languageName(tag: string): string {
  let name: string | undefined
  try {
    name = displayNames.of(tag)
  } catch {
    name = undefined
  }
  return name && name !== tag ? `${name} (${tag})` : tag
}

export interface Crumb {
  label: string
  /** Relative address; the current page has none. */
  href?: string
}

/** A whole page: `<!doctype html>` and `<html lang="en">` (the interface is in English). */
export function page(options: {title: string; crumbs: Crumb[]; main: ElementContent[]; footer?: string}): Root {
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'en'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {httpEquiv: 'Content-Security-Policy', content: contentSecurityPolicy}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', `${options.title} · md-l10n review`),
          h('style', styleSheet)
        ]),
        h('body', [
          h('a.skip', {href: '#main'}, 'Skip to content'),
          h('header', [
            h('p', 'md-l10n review'),
            h('nav', {ariaLabel: 'Breadcrumb'}, [
              h(
                'ol',
                options.crumbs.map((crumb) =>
                  h('li', [
                    crumb.href === undefined
                      ? h('span', {ariaCurrent: 'page'}, crumb.label)
                      : h('a', {href: crumb.href}, crumb.label)
                  ])
                )
              )
            ])
          ]),
          h('main', {id: 'main', tabIndex: -1}, options.main),
          h('footer', [
            h(
              'p',
              options.footer ?? 'Written by md-l10n review: static, nothing is fetched. Keys j and k move between rows.'
            )
          ]),
          h('script', filterScript)
        ])
      ])
    ]
  }
}

/** Translated, stale and missing as one bar; the numbers beside it say the same to everyone. */
export function coverageBar(counts: Counts): ElementContent {
  const share = (part: number) => `${counts.total === 0 ? 0 : Math.round((part / counts.total) * 10000) / 100}%`
  return h('span.bar', {ariaHidden: 'true'}, [
    h('span.translated', {style: `width:${share(counts.translated)}`}),
    h('span.stale', {style: `width:${share(counts.stale)}`}),
    h('span.missing', {style: `width:${share(counts.missing)}`})
  ])
}

/** `69/69 (100%), 0 stale, 0 missing`. */
export function countsText(counts: Counts, unit: string): string {
  return `${counts.translated}/${counts.total} ${unit} (${counts.percent}%), ${counts.stale} stale, ${counts.missing} missing`
}

export function statusBadge(status: EntryStatus): ElementContent {
  return h(`span.status.status-${status}`, status)
}
