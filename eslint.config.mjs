import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      '.next/**',
      'data/**',
      'node_modules/**',
      'payload-types.ts',
      'migrations/**',
      'app/(payload)/**',
      'test-results/**',
      'next-env.d.ts',
    ],
  },
]

export default config
