import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { scaleIndexes } from '@/lib/db/scaleIndexes'

const migration = (dialect: 'postgres' | 'sqlite') =>
  readFileSync(
    path.join(process.cwd(), 'migrations', dialect, '20261202_090000_scale_indexes_and_search.ts'),
    'utf8',
  )

describe('scale indexes', () => {
  it.each(['sqlite', 'postgres'] as const)(
    'should be created with their columns by the %s migration',
    (dialect) => {
      const text = migration(dialect)
      const missing = scaleIndexes.filter(
        ({ columns, name, table }) =>
          !text.includes(
            `CREATE INDEX IF NOT EXISTS "${name}" ON "${table}" (${columns.map((column) => `"${column}"`).join(', ')})`,
          ),
      )
      expect(missing).toEqual([])
    },
  )
})
