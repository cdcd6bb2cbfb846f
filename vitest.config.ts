import path from 'node:path'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [
      {
        find: '@payload-config',
        replacement: path.resolve(import.meta.dirname, 'payload.config.ts'),
      },
      { find: /^@\//, replacement: `${import.meta.dirname}/` },
    ],
  },
  test: {
    environment: 'node',
    // Each file boots Payload on its own fresh database; two at a time suits a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    hookTimeout: 120_000,
    include: ['tests/**/*.spec.ts'],
    pool: 'forks',
    // CI reads the JSON report to print one "N passed, N failed" line for every suite.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: `reports/${process.env.VITEST_RESULTS_NAME || 'int'}.json` },
    testTimeout: 60_000,
  },
})
