/**
 * interchange/slug: the ids a generator gives the source's headings, which a translated heading's
 * explicit id (`## Titre {#install}`) names. The default is github-slugger's (GitHub's and
 * Astro's rule); `import` passes the project dialect's own slugger (`dialects/slugs`).
 */
import {githubSlugger, type Slugger} from '../dialects/slugs.js'

/** A slugger for one document: each call slugs the next heading's text (repeats get `-1`, `-2`). */
export function headingSlugger(): Slugger {
  return githubSlugger()
}
