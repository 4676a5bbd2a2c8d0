// @ts-check
import {defineConfig, passthroughImageService} from 'astro/config'
import starlight from '@astrojs/starlight'
import starlightLinksValidator from 'starlight-links-validator'

// English is the root locale (src/content/docs/); md-l10n writes fr/ and the pseudo-locale qps-ploc/ in it.
export default defineConfig({
  // No sharp: the test site needs no image transforms.
  image: {service: passthroughImageService()},
  integrations: [
    starlight({
      title: 'Lumen',
      defaultLocale: 'root',
      locales: {
        root: {label: 'English', lang: 'en'},
        fr: {label: 'Français', lang: 'fr'},
        'qps-ploc': {label: 'Pseudo', lang: 'qps-ploc'}
      },
      // The search index is not what the test judges, and it is the slowest step.
      pagefind: false,
      sidebar: [{label: 'Guides', autogenerate: {directory: 'guides'}}],
      // Broken links and anchors fail the build.
      plugins: [starlightLinksValidator()]
    })
  ]
})
