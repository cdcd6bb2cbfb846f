import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const lint = async (code: string, filePath: string) => {
  const eslint = new ESLint({ cwd: process.cwd() })
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.map((message) => message.ruleId)
}

describe('reader components lint rule', () => {
  it('should refuse a hook in a reader component', async () => {
    const rules = await lint(
      "import { useState } from 'react'\nexport function Counter() {\n  const [count] = useState(0)\n  return <p>{count}</p>\n}\n",
      'components/Counter.tsx',
    )
    expect(rules).toContain('no-restricted-imports')
    expect(rules).toContain('no-restricted-syntax')
  })

  it('should refuse context and client components on reader pages', async () => {
    const rules = await lint(
      "'use client'\nimport { createContext } from 'react'\nexport const Theme = createContext('light')\n",
      'app/(frontend)/sites/[host]/[locale]/theme.tsx',
    )
    expect(rules.filter((rule) => rule?.startsWith('no-restricted'))).toHaveLength(3)
  })

  it('should allow hooks in admin components', async () => {
    const rules = await lint(
      "'use client'\nimport { useState } from 'react'\nexport function Toggle() {\n  const [isOn] = useState(false)\n  return <p>{String(isOn)}</p>\n}\n",
      'components/admin/Toggle.tsx',
    )
    expect(rules.filter((rule) => rule?.startsWith('no-restricted'))).toEqual([])
  })
})
