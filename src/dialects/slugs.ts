/**
 * dialects/slugs: each generator's id for a heading without an explicit one, with its numbering
 * of duplicates, so `headingIds: "pin"` writes the id the source page has on the site. A slugger
 * is made per document (ids are unique per page).
 */
import GithubSlugger from 'github-slugger'
import {slugify as mditVueSlugify} from '@mdit-vue/shared'

/** Heading text → id, duplicates of one page numbered as the generator numbers them. */
export type Slugger = (text: string) => string

/** github-slugger: GitHub, Docusaurus, Astro/Starlight. */
export function githubSlugger(): Slugger {
  const slugger = new GithubSlugger()
  return (text) => slugger.slug(text)
}

/**
 * VitePress: `slugify` of @mdit-vue/shared (VitePress's default `markdown.anchor.slugify`), made
 * unique by @mdit/plugin-anchor as markdown-it-anchor does (`id`, `id-1`, `id-2`).
 */
export function vitepressSlugger(): Slugger {
  return unique(mditVueSlugify, 1)
}

/**
 * Hugo (Goldmark, `markup.goldmark.parser.autoHeadingIDType`): `github` (the default) keeps
 * letters, digits and `_` lower-cased and turns spaces and `-` into `-`; `github-ascii` does so
 * after removing accents, keeping ASCII only; `blackfriday` joins runs of letters and digits with
 * one `-`. Duplicates get `-1`, `-2`. By hand: Hugo is Go, no package carries its `anchorize`
 * (markup/goldmark/autoid.go, and blackfriday's SanitizedAnchorName for `blackfriday`).
 */
export function hugoSlugger(type: 'github' | 'github-ascii' | 'blackfriday' = 'github'): Slugger {
  return unique((text) => {
    if (type === 'blackfriday') {
      return (
        text
          .match(/[\p{L}\p{N}]+/gu)
          ?.join('-')
          .toLowerCase() ?? ''
      )
    }
    const source = type === 'github-ascii' ? text.normalize('NFKD').replace(/\p{M}/gu, '') : text
    let id = ''
    for (const character of source.trim()) {
      if (type === 'github-ascii' && character.length > 1) continue
      if (type === 'github-ascii' && character.codePointAt(0)! > 0x7f) continue
      if (character === '-' || character === ' ') id += '-'
      else if (character === '_' || /[\p{L}\p{Nd}]/u.test(character)) id += character.toLowerCase()
    }
    return id || 'heading'
  }, 1)
}

/**
 * Jekyll (kramdown with its default `input: GFM`): kramdown-parser-gfm's `generate_gfm_header_id`:
 * lower case, every character but word characters, `-` and spaces removed, spaces and tabs to
 * `-`, duplicates `-1`, `-2`. By hand: kramdown is Ruby.
 */
export function jekyllSlugger(): Slugger {
  return unique(
    (text) =>
      text
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu, '')
        .replace(/[ \t]/g, '-'),
    1
  )
}

/**
 * mdBook (`normalize_id`): letters, digits, `_` and `-` kept (ASCII letters lower-cased), blanks
 * to `-`, the rest dropped; duplicates `-1`, `-2`. By hand: mdBook is Rust.
 */
export function mdbookSlugger(): Slugger {
  return unique((text) => {
    let id = ''
    for (const character of text.trim()) {
      if (/[\p{L}\p{N}_-]/u.test(character)) id += /[A-Z]/.test(character) ? character.toLowerCase() : character
      else if (/\s/u.test(character)) id += '-'
    }
    return id
  }, 1)
}

/** A slug made unique on its page: the first as it is, the next `slug-<from>`, `slug-<from + 1>`, … */
function unique(slug: (text: string) => string, from: number): Slugger {
  const seen = new Set<string>()
  return (text) => {
    const base = slug(text)
    let id = base
    for (let index = from; seen.has(id); index++) id = `${base}-${index}`
    seen.add(id)
    return id
  }
}
