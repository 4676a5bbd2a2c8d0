/**
 * check/util/memo: what a document check computes from the source, kept while the same source is
 * checked in every language (computed once, not once per language).
 */
export function forLastSource<T>(compute: (source: string) => T): (source: string) => T {
  let last: {source: string; value: T} | undefined
  return (source) => {
    if (last?.source !== source) last = {source, value: compute(source)}
    return last.value
  }
}
