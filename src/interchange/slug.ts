/**
 * interchange/slug: the ids a generator gives the source's headings, which a translated heading's
 * explicit id (`## Titre {#install}`) names. github-slugger (GitHub's, VitePress's and Astro's
 * rule) for now: this is the one place to point at each dialect's own slug function once the
 * dialects have one.
 */
import GithubSlugger from 'github-slugger'

/** A slugger for one document: each call slugs the next heading's text (repeats get `-1`, `-2`). */
export function headingSlugger(): (text: string) => string {
  const slugger = new GithubSlugger()
  return (text) => slugger.slug(text)
}
