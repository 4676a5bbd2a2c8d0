/**
 * pseudo: pseudo-localization (`qps-ploc`): accented letters, about 30% longer, bracketed, with
 * every tag, interpolation and nesting kept, to see what a pipeline breaks before real
 * translations exist.
 */

const accents: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][index]!
  ])
)

/** Tags, i18next interpolations (`{{x}}`), nesting (`$t(…)`) and URLs stay exactly as they are. */
const protectedPattern = /(<\/?\d+\/?>|\{\{[^}]*\}\}|\$t\([^)]*\)|\b(?:https?:\/\/|www\.)\S+)/g

/** The pseudo-locale tag md-l10n uses by default. */
export const pseudoLocale = 'qps-ploc'

/** Pseudo-localize one segment's text. */
export function pseudoLocalize(text: string): string {
  const parts = text.split(protectedPattern)
  let letters = 0
  const accented = parts
    .map((part, index) => {
      if (index % 2 === 1) return part
      return part.replace(/[A-Za-z]/g, (letter) => {
        letters++
        return accents[letter] ?? letter
      })
    })
    .join('')
  // About 30% longer than the letters it has, as translations from English often are.
  const padding = '·'.repeat(Math.max(1, Math.round(letters * 0.3) - 2))
  return `[${accented} ${padding}]`
}
