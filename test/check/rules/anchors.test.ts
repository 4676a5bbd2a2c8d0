import {testCheck} from '../tester.js'
import {anchors} from '../../../src/check/rules/anchors.js'

const source = '# Install\n\nRun it.\n\n## Configure {#configure}\n\nSee [installing](#install) and [the options](#configure).\n'

testCheck(anchors, {
  valid: [
    {name: 'pinned and explicit ids reach their headings', document: {source, localized: '# Installation {#install}\n\nLancez-le.\n\n## Configurer {#configure}\n\nVoir [l’installation](#install) et [les options](#configure).\n'}},
    {name: 'a link the source breaks already', document: {source: '# A\n\n[b](#nowhere)\n', localized: '# Ä\n\n[ḃ](#nowhere)\n'}},
    {name: 'a heading whose slug is the same', document: {source: '# API\n\n[api](#api)\n', localized: '# API\n\n[l’api](#api)\n'}},
    {name: 'no fragment links', document: {source: '# A\n\nText.\n', localized: '# Ä\n\nTexte.\n'}}
  ],
  invalid: [
    {
      name: 'a translated heading without an id',
      document: {source, localized: '# Installation\n\nLancez-le.\n\n## Configurer {#configure}\n\nVoir [l’installation](#install) et [les options](#configure).\n'},
      messageId: 'unreached',
      message: 'the link to `#install` reaches a heading in the source but none in this translation; set `"headingIds": "pin"` in md-l10n.config.json, or give the heading an explicit `{#install}`'
    },
    {name: 'a reference definition', document: {source: '# Setup\n\n[go][s]\n\n[s]: #setup\n', localized: '# Einrichtung\n\n[los][s]\n\n[s]: #setup\n'}, messageId: 'unreached'}
  ]
})
