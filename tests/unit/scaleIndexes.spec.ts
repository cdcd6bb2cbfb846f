import { readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { scaleIndexes } from '@/lib/db/scaleIndexes'

/** The hand-written index migrations of a dialect, as one text. */
const migration = (dialect: 'postgres' | 'sqlite') =>
  ['20261202_090000_scale_indexes_and_search', '20261202_143000_admin_list_indexes']
    .map((name) =>
      readFileSync(path.join(process.cwd(), 'migrations', dialect, `${name}.ts`), 'utf8'),
    )
    .join('\n')

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
