// @ts-check
// English is the default locale (docs/); md-l10n writes French and the pseudo-locale qps-ploc to
// i18n/<locale>/docusaurus-plugin-content-docs/current/.

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'Lumen',
  tagline: 'A tiny static image server',
  url: 'https://lumen.example.org',
  baseUrl: '/',
  // Every broken link, anchor or markdown link fails the build.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'}},
  // Rspack, SWC and Lightning CSS (@docusaurus/faster): the three locales build in a fraction of webpack's time.
  future: {v4: true, experimental_faster: true},
  i18n: {defaultLocale: 'en', locales: ['en', 'fr', 'qps-ploc']},
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({docs: {routeBasePath: '/', sidebarPath: './sidebars.js'}, blog: false, theme: {}})
    ]
  ],
  themeConfig: {
    navbar: {title: 'Lumen', items: [{type: 'localeDropdown', position: 'right'}]}
  }
}
