import {defineConfig} from 'vitepress'

// English is the root locale; md-l10n writes fr/ and the pseudo-locale qps-ploc/ beside it.
export default defineConfig({
  title: 'Lumen',
  description: 'A tiny static image server',
  cleanUrls: true,
  // Dead links fail the build (VitePress's default, spelled out: the test relies on it).
  ignoreDeadLinks: false,
  locales: {
    root: {label: 'English', lang: 'en'},
    fr: {label: 'Français', lang: 'fr'},
    'qps-ploc': {label: 'Pseudo', lang: 'qps-ploc'}
  },
  themeConfig: {
    sidebar: [
      {
        text: 'Guide',
        items: [
          {text: 'Getting started', link: '/guide/getting-started'},
          {text: 'Configuration', link: '/guide/configuration'}
        ]
      }
    ]
  }
})
