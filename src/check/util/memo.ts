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

/** The same, for a computation that also depends on an object (a parser): kept per object. */
export function forLastSourceOf<K extends object, T>(
  compute: (source: string, by: K | undefined) => T
): (source: string, by?: K) => T {
  const byObject = new WeakMap<K, (source: string) => T>()
  const plain = forLastSource((source) => compute(source, undefined))
  return (source, by) => {
    if (!by) return plain(source)
    let memo = byObject.get(by)
    if (!memo) byObject.set(by, (memo = forLastSource((text) => compute(text, by))))
    return memo(source)
  }
}
