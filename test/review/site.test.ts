/**
 * The review site in a real browser: Debian's headless Chromium (puppeteer-core), on a copy of the
 * article with a wrong number, a stale segment, a missing one and a hostile translation seeded.
 * Every request is intercepted: only file: URLs may load.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import path from 'node:path'
import puppeteer, {type Browser, type Page} from 'puppeteer-core'
import {openProject} from '../../src/index.js'
import type {CoverageReport} from '../../src/report/coverage.js'
import type {ReviewResult} from '../../src/project/review.js'
import {copyProject, projectRoot} from '../helpers.js'

const chromium = '/usr/bin/chromium'
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const namespace = 'openai-palace-drama'
const keys = {wrongNumber: 'p-8d1dd376', stale: 'p-bd9c5de6', missing: 'p-67fb1e96', hostile: 'p-d10392c8'}
const hostile =
  '<script>window.__reviewPwned = 1</script><img src=x onerror="window.__reviewPwned = 2"> Sebuah perusahaan AI memecat pendirinya.'

/** The article, its source edited after the last extract and the Arabic catalog seeded. */
async function seededProject(): Promise<string> {
  const root = copyProject('md-l10n-review-')
  const source = path.join(root, 'source', `${namespace}.md`)
  writeFileSync(
    source,
    readFileSync(source, 'utf8').replace(
      'Sumber asli: Laboratorium berbasis silikon',
      'Sumber asli: Laboratorium berbasis silikon dan kuantum'
    )
  )
  await openProject({root}).extract()
  const file = path.join(root, 'locales/ar', `${namespace}.json`)
  const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  catalog[keys.wrongNumber] = catalog[keys.wrongNumber]!.replace('710', '720')
  catalog[keys.missing] = ''
  catalog[keys.hostile] = hostile
  writeFileSync(file, `${JSON.stringify(catalog, null, 2)}\n`)
  return root
}

describe('the review site in headless Chromium', () => {
  let browser: Browser
  let root: string
  let result: ReviewResult
  let coverage: CoverageReport
  const consoleErrors: string[] = []
  const requests: string[] = []

  beforeAll(async () => {
    root = await seededProject()
    result = await openProject({root}).review()
    coverage = await openProject({root}).coverage()
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu']
    })
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  async function open(relative: string): Promise<Page> {
    const page = await browser.newPage()
    await page.setViewport({width: 1280, height: 900})
    // axe is injected as a script: the page's own policy would (rightly) refuse it.
    await page.setBypassCSP(true)
    await page.setRequestInterception(true)
    page.on('request', (request) => {
      requests.push(request.url())
      if (request.url().startsWith('file:')) void request.continue()
      else void request.abort()
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${relative}: ${message.text()}`)
    })
    page.on('pageerror', (error) => consoleErrors.push(`${relative}: ${(error as Error).message}`))
    await page.goto(pathToFileURL(path.join(root, result.out, relative)).href, {waitUntil: 'load'})
    return page
  }

  async function criticalViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({content: axeSource})
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              context: unknown,
              options: unknown
            ) => Promise<{violations: Array<{id: string; impact: string; nodes: unknown[]}>}>
          }
        }
      ).axe
      return (await axe.run(document, {resultTypes: ['violations']})).violations.map(({id, impact, nodes}) => ({
        id,
        impact,
        nodes: nodes.length
      }))
    })
    return violations.filter(({impact}) => impact === 'critical').map(({id, nodes}) => `${id} (${nodes} nodes)`)
  }

  it('shows on the overview the numbers of coverage(), with no critical axe violation', async () => {
    const page = await open('index.html')
    const shown = await page.$$eval('[data-coverage]', (elements) =>
      elements.map((element) => {
        const data = (element as HTMLElement).dataset
        return {
          language: data.language,
          translated: Number(data.translated),
          total: Number(data.total),
          stale: Number(data.stale),
          missing: Number(data.missing),
          text: element.textContent
        }
      })
    )
    const expected = coverage.languages.filter(({language}) => language !== coverage.sourceLanguage)
    expect(
      shown.map(({language, translated, total, stale, missing}) => ({language, translated, total, stale, missing}))
    ).toEqual(
      expected.map(({language, translated, total, stale, missing}) => ({language, translated, total, stale, missing}))
    )
    const arabic = expected.find(({language}) => language === 'ar')!
    expect(arabic).toMatchObject({total: 69, translated: 67, stale: 1, missing: 1})
    expect(shown.find(({language}) => language === 'ar')!.text).toContain(
      `${arabic.translated}/${arabic.total} translated (${arabic.percent}%), 1 stale, 1 missing`
    )
    expect(await criticalViolations(page)).toEqual([])
    mkdirSync(path.join(projectRoot, 'docs/review'), {recursive: true})
    await page.screenshot({path: path.join(projectRoot, 'docs/review/overview.png')})
    await page.close()
  })

  it('shows each seeded problem on its segment, the hostile translation as text, Arabic right to left', async () => {
    const page = await open(`ar/${namespace}.html`)
    const row = (key: string) =>
      page.$eval(`tr[data-key="${key}"]`, (element) => ({
        status: (element as HTMLElement).dataset.status,
        checks: [...element.querySelectorAll('[data-check]')].map((problem) => (problem as HTMLElement).dataset.check),
        messages: [...element.querySelectorAll('[data-check]')].map((problem) => problem.textContent),
        translation: element.querySelector('[data-translation]')!.textContent,
        source: element.querySelector('[data-source]')!.textContent,
        diff: [...element.querySelectorAll('del, ins')].map(
          (change) => `${change.tagName.toLowerCase()}:${change.textContent}`
        ),
        images: element.querySelectorAll('img').length
      }))
    expect(await row(keys.wrongNumber)).toMatchObject({status: 'current', checks: ['numbers']})
    expect((await row(keys.wrongNumber)).messages[0]).toMatch(/^error numbers: .*710/)
    expect(await row(keys.stale)).toMatchObject({status: 'stale', checks: ['stale'], diff: ['ins: dan kuantum']})
    expect(await row(keys.missing)).toMatchObject({
      status: 'missing',
      checks: ['missing'],
      translation: 'no translation'
    })
    const hostileRow = await row(keys.hostile)
    expect(hostileRow).toMatchObject({status: 'current', translation: hostile, images: 0})
    expect(hostileRow.checks).toContain('markup-safety')
    expect(await page.evaluate(() => (window as unknown as {__reviewPwned?: number}).__reviewPwned)).toBeUndefined()
    expect(await page.$$eval('script', (scripts) => scripts.length)).toBe(1)

    const cell = await page.$eval(`tr[data-key="${keys.wrongNumber}"] [data-translation]`, (element) => ({
      lang: element.getAttribute('lang'),
      direction: getComputedStyle(element).direction
    }))
    expect(cell).toEqual({lang: 'ar', direction: 'rtl'})
    const preview = await page.$eval('section.preview[lang="ar"]', (element) => getComputedStyle(element).direction)
    expect(preview).toBe('rtl')
    expect(await criticalViolations(page)).toEqual([])
    // The seeded rows, for the documentation.
    await page.$eval(`tr[data-key="${keys.stale}"]`, (element) => element.scrollIntoView())
    await page.screenshot({path: path.join(projectRoot, 'docs/review/document.png')})
    await page.close()
  })

  it('filters by status, check and text, and a link to a filtered-out segment shows it again', async () => {
    const page = await open(`ar/${namespace}.html`)
    const visible = () =>
      page.$$eval('tr[data-key]', (rows) =>
        rows.filter((row) => !(row as HTMLElement).hidden).map((row) => (row as HTMLElement).dataset.key)
      )
    expect(await visible()).toHaveLength(69)
    for (const status of ['current', 'missing', 'obsolete']) await page.click(`input[name=status][value=${status}]`)
    expect(await visible()).toEqual([keys.stale])
    expect(await page.$eval('#shown', (element) => element.textContent)).toBe('Showing 1 of 69')
    await page.click('button[type=reset]')
    await page.select('select[name=check]', 'numbers')
    expect(await visible()).toEqual([keys.wrongNumber])
    await page.select('select[name=check]', '')
    await page.type('input[name=text]', 'kuantum')
    expect(await visible()).toEqual([keys.stale])
    await page.evaluate((anchor) => (location.hash = anchor), `ar/${keys.missing}`)
    await page.waitForFunction(
      (key) => !(document.querySelector(`tr[data-key="${key}"]`) as HTMLElement).hidden,
      {},
      keys.missing
    )
    expect(await visible()).toHaveLength(69)
    // Keyboard: `j` moves to the next row's link, `k` back.
    await page.focus(`tr[data-key="${keys.stale}"] a`)
    await page.keyboard.press('j')
    const next = await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.key)
    await page.keyboard.press('k')
    expect([next, await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.key)]).toEqual([
      keys.missing,
      keys.stale
    ])
    await page.close()
  })

  it('opens every language page with no console error, no critical axe violation and nothing fetched', async () => {
    for (const language of result.languages) {
      const page = await open(`${language}.html`)
      expect(await criticalViolations(page), language).toEqual([])
      await page.close()
    }
    expect(consoleErrors).toEqual([])
    expect(requests.length).toBeGreaterThan(0)
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
  })
})
