import {testCheck} from '../tester.js'
import {anchors} from '../../../src/check/rules/anchors.js'
import type {LinkedDocuments} from '../../../src/check/types.js'
import {linkTarget, resolveTarget} from '../../../src/assemble/link-targets.js'
import {segmentDocument} from '../../../src/segment/index.js'

const source =
  '# Install\n\nRun it.\n\n## Configure {#configure}\n\nSee [installing](#install) and [the options](#configure).\n'

const headingIds = (markdown: string) => new Set((segmentDocument(markdown).headings ?? []).map(({id}) => id))

/**
 * The project's other pages as a check sees them, from `guide/start` (the checked page): each
 * page's source and translation, resolved as build resolves links (`links` from `/en/`).
 */
function project(pages: Record<string, {source: string; localized: string; built?: boolean}>): LinkedDocuments {
  return {
    resolve(url) {
      const target = linkTarget(url, 'guide/start', [{from: '/en/', to: '/{lang}/'}])
      const namespace = target && resolveTarget(target, (name) => name in pages)
      if (!target || namespace === undefined) return undefined
      const page = pages[namespace]!
      return {
        file: `docs/${namespace}.md`,
        fragment: target.fragment,
        rewritten: target.rewritten,
        built: page.built ?? true,
        sourceIds: headingIds(page.source),
        localizedIds: headingIds(page.localized)
      }
    }
  }
}

const setup = {
  source: '# Setup\n\n## Install\n\nRun it.\n',
  localized: '# Einrichtung\n\n## Installation\n\nAusführen.\n'
}
const pinned = {source: setup.source, localized: '# Einrichtung {#setup}\n\n## Installation {#install}\n\nAusführen.\n'}
const linking = (url: string) => ({
  source: `# Start\n\nSee [the setup](${url}).\n`,
  localized: `# Anfang\n\nSiehe [die Einrichtung](${url}).\n`
})

testCheck(anchors, {
  valid: [
    {
      name: 'pinned and explicit ids reach their headings',
      document: {
        source,
        localized:
          '# Installation {#install}\n\nLancez-le.\n\n## Configurer {#configure}\n\nVoir [l’installation](#install) et [les options](#configure).\n'
      }
    },
    {
      name: 'a link the source breaks already',
      document: {source: '# A\n\n[b](#nowhere)\n', localized: '# Ä\n\n[ḃ](#nowhere)\n'}
    },
    {
      name: 'a heading whose slug is the same',
      document: {source: '# API\n\n[api](#api)\n', localized: '# API\n\n[l’api](#api)\n'}
    },
    {name: 'no fragment links', document: {source: '# A\n\nText.\n', localized: '# Ä\n\nTexte.\n'}},
    {
      name: 'a same-page link build rewrote to the translated slug',
      document: {
        source: '# Install\n\n[go](#install)\n',
        spliced: '# Installation\n\n[los](#install)\n',
        localized: '# Installation\n\n[los](#installation)\n'
      }
    },
    {
      name: 'a link to another page whose ids are pinned',
      document: {...linking('../setup.md#install'), linked: project({setup: pinned})}
    },
    {
      name: 'a link to another page build rewrote to its translated slug',
      document: {
        ...linking('../setup.md#install'),
        spliced: linking('../setup.md#install').localized,
        localized: '# Anfang\n\nSiehe [die Einrichtung](../setup.md#installation).\n',
        linked: project({setup})
      }
    },
    {
      name: 'a link to a heading the other page does not have',
      document: {...linking('../setup.md#nowhere'), linked: project({setup})}
    },
    {
      name: 'a link to a page outside the project',
      document: {...linking('../elsewhere.md#install'), linked: project({setup})}
    },
    {
      name: 'a site-absolute link no `links` prefix maps',
      document: {...linking('/docs/setup#install'), linked: project({setup})}
    },
    {
      name: 'a relative link to an omitted page (left to the site’s fallback)',
      document: {...linking('../setup.md'), linked: project({setup: {...pinned, built: false}})}
    }
  ],
  invalid: [
    {
      name: 'a translated heading without an id',
      document: {
        source,
        localized:
          '# Installation\n\nLancez-le.\n\n## Configurer {#configure}\n\nVoir [l’installation](#install) et [les options](#configure).\n'
      },
      messageId: 'unreached',
      message:
        'the link to `#install` reaches a heading in the source but none in this translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#install}`'
    },
    {
      name: 'a reference definition',
      document: {
        source: '# Setup\n\n[go][s]\n\n[s]: #setup\n',
        localized: '# Einrichtung\n\n[los][s]\n\n[s]: #setup\n'
      },
      messageId: 'unreached'
    },
    {
      name: 'a relative link to a translated heading of another page',
      document: {...linking('../setup.md#install'), linked: project({setup})},
      messageId: 'unreachedElsewhere',
      message:
        'the link to `../setup.md#install` reaches a heading of `docs/setup.md` in the source but none in its translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#install}` in `docs/setup.md`'
    },
    {
      name: 'a link without `.md`, as generators serve the page',
      document: {...linking('./install-guide#install'), linked: project({'guide/install-guide': setup})},
      messageId: 'unreachedElsewhere'
    },
    {
      name: 'a link to a folder’s index page',
      document: {...linking('../#install'), linked: project({index: setup})},
      messageId: 'unreachedElsewhere'
    },
    {
      name: 'a link under a `links` prefix',
      document: {...linking('/en/setup/#install'), linked: project({setup})},
      messageId: 'unreachedElsewhere',
      message:
        'the link to `/en/setup/#install` reaches a heading of `docs/setup.md` in the source but none in its translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#install}` in `docs/setup.md`'
    },
    {
      name: 'a rewritten link to a page build does not write',
      document: {...linking('/en/setup/'), linked: project({setup: {...pinned, built: false}})},
      messageId: 'unbuilt',
      message:
        'the link to `/en/setup/` is rewritten to this language’s page, but build does not write `docs/setup.md` in this language (it has no translation and `untranslatedDocuments` is `"omit"`); translate `docs/setup.md`, or set `"untranslatedDocuments": "copy"`'
    }
  ]
})
