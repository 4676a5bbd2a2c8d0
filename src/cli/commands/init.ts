/** cli/commands/init: set the folder up (a commented config, .gitignore lines, a CI workflow), asking for the languages on a terminal. */
import {parsePercent, tagList} from './shared.js'
import type {CommandSpec} from '../command.js'

/** Ask on a terminal; `undefined` when not on one. */
async function ask(question: string): Promise<string | undefined> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined
  const {createInterface} = await import('node:readline/promises')
  const prompt = createInterface({input: process.stdin, output: process.stdout})
  try {
    return await prompt.question(question)
  } finally {
    prompt.close()
  }
}

export const init: CommandSpec = {
  summary: 'set this folder up: a commented md-l10n.config.json, .gitignore lines, a CI workflow',
  options: {
    languages: {
      type: 'string',
      multiple: true,
      value: '<tags>',
      description:
        'the languages to translate into, comma-separated (fr,de,ja); asked on a terminal, else found in the pages’ language switcher'
    },
    source: {
      type: 'string',
      value: '<dir>',
      description:
        'the folder of the markdown sources (default: docs/, src/content/docs/, content/, source/… whichever has markdown)'
    },
    'source-language': {
      type: 'string',
      value: '<tag>',
      description: 'the language of the sources (default: their front matter’s lang, else en)'
    },
    'min-coverage': {type: 'string', value: '<percent>', description: 'the coverage CI requires (default 80)'},
    ci: {
      type: 'string',
      choices: ['github', 'none'],
      description: 'write a GitHub Actions workflow for the checks and the coverage gate (default github)'
    },
    force: {type: 'boolean', description: 'replace an existing md-l10n.config.json'},
    import: {
      type: 'boolean',
      description: 'import the human translations found where the site generator reads each language'
    }
  },
  async run(project, values, output) {
    let languages = tagList(values.languages)
    if (!languages) {
      const answer = await ask(
        'Translate into which languages? (BCP 47 tags, such as fr,de,ja; empty: the pages’ language switcher) '
      )
      languages = answer ? tagList([answer]) : undefined
    }
    const result = await project.init({
      languages,
      sourceDir: values.source as string | undefined,
      sourceLanguage: values['source-language'] as string | undefined,
      minCoverage:
        values['min-coverage'] === undefined
          ? undefined
          : parsePercent(String(values['min-coverage']), '--min-coverage'),
      ci: values.ci !== 'none',
      force: Boolean(values.force),
      import: Boolean(values.import)
    })
    if (result.generator)
      output.out(
        `found a ${result.generator.name} site (${result.generator.configFile}): its languages, locale folders and sources are in the config`
      )
    output.out(
      `md-l10n is set up: sources in ${result.sourceDir}/ (${result.sourceLanguage}), translated into ${result.languages.filter((tag) => tag !== result.sourceLanguage).join(', ')}`
    )
    for (const file of result.written) output.out(`  wrote ${file}`)
    for (const note of result.notes ?? []) output.out(`note: ${note}`)
    for (const {language, pages, example} of result.found ?? []) {
      const imported = result.imported?.find((row) => row.language === language)
      output.out(
        imported
          ? `imported ${language}: ${imported.certain} segments aligned, ${imported.uncertain} uncertain (stale until reviewed) from ${pages} translated pages`
          : `found ${pages} ${language} pages translated by hand (such as ${example}): \`md-l10n init --force --import\` takes them into the catalogs`
      )
    }
    output.out('Next: `npx md-l10n extract` writes the catalogs translators fill in (locales/<tag>/).')
    return 0
  }
}
