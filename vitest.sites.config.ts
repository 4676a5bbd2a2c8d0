import {defineConfig} from 'vitest/config'

// The sites' builds (test/sites/*.build.test.ts): md-l10n's output built by each site generator. Minutes, not
// seconds, so `npm run test:sites` runs them apart from `npm test`, one site at a time.
export default defineConfig({
  test: {
    include: ['test/sites/*.build.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false
  }
})
