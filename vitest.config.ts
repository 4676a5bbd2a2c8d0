import {configDefaults, defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The site generators' builds run with `npm run test:sites` (vitest.sites.config.ts).
    exclude: [...configDefaults.exclude, 'test/sites/*.build.test.ts'],
    testTimeout: 120_000,
    // Removing a test file's temporary projects (hundreds, for the kill-point properties) takes time on a loaded machine.
    hookTimeout: 120_000,
    pool: 'forks'
  }
})
