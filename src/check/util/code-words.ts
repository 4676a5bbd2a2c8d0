/**
 * check/util/code-words: the words a project writes in its code (fenced blocks and inline code),
 * lower-cased. A segment whose words all appear there (`Yarn` beside `yarn add`, `Markdoc` beside
 * `@astrojs/markdoc`) names a tool, not prose: staying the same is no evidence of a missed
 * translation. Found with a scan, not a parse: the words only need to be found, not placed.
 */
const fence = /^ {0,3}(`{3,}|~{3,})[^\n]*\n([\s\S]*?)^ {0,3}\1[`~]*[ \t]*$/gm
const inlineCode = /(`+)([^`\n][\s\S]*?[^`\n]|[^`\n])\1(?!`)/g
const word = /[\p{L}\p{N}][\p{L}\p{N}_-]*/gu

/** Add the words of `markdown`'s code to `into`. */
export function collectCodeWords(markdown: string, into: Set<string>): Set<string> {
  const add = (code: string) => {
    for (const [token] of code.matchAll(word)) into.add(token.toLowerCase())
  }
  for (const match of markdown.matchAll(fence)) add(match[2] ?? '')
  for (const match of markdown.replace(fence, '').matchAll(inlineCode)) add(match[2] ?? '')
  return into
}

/** Whether every word of `text` is one of `codeWords`. */
export function onlyCodeWords(text: string, codeWords: ReadonlySet<string>): boolean {
  const tokens = [...text.matchAll(word)].map(([token]) => token.toLowerCase())
  return tokens.length > 0 && tokens.every((token) => codeWords.has(token))
}
