import { defineConfig } from '@playwright/test'

/**
 * The several-server suite (npm run test:cluster): starts its own cluster (PostgreSQL, Redis,
 * two production servers, Varnish) in the test file, so no web server is configured here.
 */
export default defineConfig({
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: false,
  outputDir: 'test-results/cluster',
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/e2e-cluster.json' }]]
    : [['list']],
  retries: 0,
  testDir: 'e2e/cluster',
  testMatch: '**/*.cluster.spec.ts',
  timeout: 90_000,
  workers: 1,
})
