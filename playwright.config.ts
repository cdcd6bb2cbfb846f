import { defineConfig } from '@playwright/test'

import { e2eBaseURL } from './e2e/helpers/e2ePort'

const baseURL = e2eBaseURL

export default defineConfig({
  forbidOnly: Boolean(process.env.CI),
  fullyParallel: false,
  outputDir: 'test-results',
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]]
    : [['list']],
  retries: 0,
  testDir: 'e2e',
  testMatch: '**/*.e2e.spec.ts',
  timeout: 60_000,
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'npx tsx e2e/helpers/startServer.ts',
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    timeout: 400_000,
    url: `${baseURL}/health`,
  },
  workers: 1,
})
