import {describe, expect, it} from 'vitest'
import {isWithin, layoutFolder, layoutPattern, resolveLayout, validateLayout} from '../../src/sites/layout.js'

const zh = {tag: 'zh-Hans', locale: 'zh'}

describe('resolveLayout', () => {
  it.each([
    ['docs/{locale}/{path}', 'guide/intro.md', 'docs/zh/guide/intro.md'],
    ['src/content/docs/{locale}/{path}', 'index.mdx', 'src/content/docs/zh/index.mdx'],
    [
      'i18n/{locale}/docusaurus-plugin-content-docs/current/{path}',
      'a/b.md',
      'i18n/zh/docusaurus-plugin-content-docs/current/a/b.md'
    ],
    ['content/{stem}.{locale}{ext}', 'docs/install.md', 'content/docs/install.zh.md'],
    ['docs/{stem}.{locale}{ext}', 'index.md', 'docs/index.zh.md'],
    ['dist/{tag}/{path}', 'x.md', 'dist/zh-Hans/x.md'],
    ['{locale}/{path}', '_posts/2024-01-01-a.md', 'zh/_posts/2024-01-01-a.md'],
    ['./{locale}//{path}', 'a.md', 'zh/a.md']
  ])('%s places %s at %s', (template, page, expected) => {
    expect(resolveLayout(template, zh, page)).toBe(expected)
  })
})

describe('layoutPattern', () => {
  it.each([
    ['docs/{locale}/{path}', 'docs/zh/guide/intro.md', true],
    ['docs/{locale}/{path}', 'docs/zhx/intro.md', false],
    ['docs/{locale}/{path}', 'docs/guide/intro.md', false],
    ['content/{stem}.{locale}{ext}', 'content/docs/install.zh.md', true],
    ['content/{stem}.{locale}{ext}', 'content/docs/install.md', false],
    ['content/{stem}.{locale}{ext}', 'content/docs/install.de.md', false],
    ['{locale}/{path}', 'zh/about.md', true],
    ['{locale}/{path}', 'about.md', false],
    ['i18n/{tag}/{path}', 'i18n/zh-Hans/a.md', true]
  ])('%s matches %s: %s', (template, file, expected) => {
    expect(layoutPattern(template, zh).test(file)).toBe(expected)
  })
})

describe('layoutFolder', () => {
  it.each([
    ['docs/{locale}/{path}', 'docs/zh'],
    ['{locale}/{path}', 'zh'],
    ['i18n/{locale}/docusaurus-plugin-content-blog/{path}', 'i18n/zh/docusaurus-plugin-content-blog'],
    ['content/{stem}.{locale}{ext}', ''],
    ['site-{locale}/{path}', 'site-zh']
  ])('%s: %s', (template, expected) => {
    expect(layoutFolder(template, zh)).toBe(expected)
  })
})

describe('validateLayout', () => {
  it.each([
    [
      'docs/{path}',
      '`layout` is "docs/{path}": it names no language (`{locale}` or `{tag}`), so every language would write over the same files'
    ],
    [
      '{locale}/{page}',
      '`layout` is "{locale}/{page}": unknown placeholder `{page}`, expected `{locale}`, `{tag}`, `{path}`, `{stem}`, `{ext}`'
    ],
    [
      '../out/{locale}/{path}',
      '`layout` is "../out/{locale}/{path}": expected a path relative to the project, inside it'
    ],
    ['/tmp/{locale}/{path}', '`layout` is "/tmp/{locale}/{path}": expected a path relative to the project, inside it'],
    [
      '{locale}/{path}/{path}',
      '`layout` is "{locale}/{path}/{path}": expected the page\'s path once, as `{path}` or as `{stem}` with `{ext}`'
    ],
    [
      '{locale}/{stem}.html',
      '`layout` is "{locale}/{stem}.html": expected it to end with `{path}` or `{ext}` (the page keeps its extension)'
    ],
    ['', '`layout` is "": expected a path template such as "docs/{locale}/{path}"']
  ])('refuses %j', (template, message) => {
    expect(() => validateLayout(template, 'md-l10n.config.json', 'layout')).toThrow(message)
  })

  it.each(['docs/{locale}/{path}', 'content/{stem}.{locale}{ext}', 'i18n/{tag}/{path}'])('takes %j', (template) => {
    expect(() => validateLayout(template, 'md-l10n.config.json', 'layout')).not.toThrow()
  })
})

describe('isWithin', () => {
  it.each([
    ['docs/a.md', 'docs', true],
    ['docs', 'docs', true],
    ['docsx/a.md', 'docs', false],
    ['a.md', '', true]
  ])('%s within %s: %s', (file, folder, expected) => {
    expect(isWithin(file, folder)).toBe(expected)
  })
})
