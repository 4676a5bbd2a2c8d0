/** The `xliff` package ships no types; the tests use its XLIFF 2.0 reader only. */
declare module 'xliff' {
  const xliff: {
    xliff2js(text: string): Promise<{resources: Record<string, Record<string, {source: unknown; target?: unknown}>>}>
  }
  export default xliff
}
