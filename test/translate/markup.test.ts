import {describe, expect, it} from 'vitest'
import {fromEngine, toEngine} from '../../src/translate/markup.js'

describe('a segment in the form engines keep', () => {
  it.each([
    ['Run <1/> now.', [], 'Run <x id="1"/> now.', []],
    ['The <1>full <2>guide</2></1> & more', [], 'The <g id="1">full <g id="2">guide</g></g> &amp; more', []],
    ['Use a < b and c > d', [], 'Use a &lt; b and c &gt; d', []],
    ['See https://pnpm.io/cli. Then go.', [], 'See <x id="p1"/>. Then go.', [['p1', 'https://pnpm.io/cli']]],
    [
      'Hello {{name}}, $t(other.key)',
      [],
      'Hello <x id="p1"/>, <x id="p2"/>',
      [
        ['p1', '{{name}}'],
        ['p2', '$t(other.key)']
      ]
    ],
    [
      'OpenAI and the Gate; OpenAIs and Gateway stay',
      ['OpenAI', 'Gate'],
      '<x id="p1"/> and the <x id="p2"/>; OpenAIs and Gateway stay',
      [
        ['p1', 'OpenAI'],
        ['p2', 'Gate']
      ]
    ]
  ])('%j (do not translate %j) is sent as %j', (text, terms, sent, kept) => {
    const engine = toEngine(text, terms)
    expect(engine.text).toBe(sent)
    expect([...engine.protectedText]).toEqual(kept)
    // An engine that changes nothing gives the segment back.
    expect(fromEngine(engine.text, engine, text)).toEqual({text})
  })

  it.each([
    ['Ejecuta <x id="1"/> ahora.', 'Run <1/> now.', {text: 'Ejecuta <1/> ahora.'}],
    [
      'La <g id = \'1\'>guía <g id="2">completa</g></g> &amp; más',
      'The <1>full <2>guide</2></1> & more',
      {text: 'La <1>guía <2>completa</2></1> & más'}
    ],
    ['Ejecuta <x id="1"></x> ahora.', 'Run <1/> now.', {text: 'Ejecuta <1/> ahora.'}],
    ['Hay dos.  Tiene 3 pasos.', 'There are two. It has 3 steps.', {text: 'Hay dos. Tiene 3 pasos.'}],
    ['Ver <x id="p1"/>.', 'See https://pnpm.io/cli.', {text: 'Ver https://pnpm.io/cli.'}],
    ['La <g id="1">guía', 'The <1>guide</1>', {problem: 'tag `<g id="1">` is never closed'}],
    ['La guía</g>', 'The <1>guide</1>', {problem: 'a closing `</g>` without its opening tag'}],
    ['Ver <x id="p9"/>.', 'See <1/>.', {problem: 'an atom `<x id="p9"/>` the source does not have'}],
    ['La <g>guía</g>', 'The <1>guide</1>', {problem: 'a tag `<g>` without a numeric id'}],
    ['&#233;l &#xE9; &quot;x&quot;', 'he', {text: 'él é "x"'}]
  ])('the answer %j to %j reads back as %j', (answer, source, expected) => {
    expect(fromEngine(answer, toEngine(source), source)).toEqual(expected)
  })
})
