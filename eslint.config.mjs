import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const readerOnlyMessage =
  'Reader components are rendered once to static HTML with no client JavaScript: plain functions of their props, without hooks or context.'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    files: ['components/**/*.tsx', 'app/(frontend)/**/*.tsx', 'lib/site/**/*.tsx'],
    ignores: ['components/admin/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react',
              importNames: [
                'createContext',
                'use',
                'useContext',
                'useEffect',
                'useId',
                'useLayoutEffect',
                'useMemo',
                'useReducer',
                'useRef',
                'useState',
                'useCallback',
                'useTransition',
                'useSyncExternalStore',
                'useActionState',
                'useOptimistic',
                'useDeferredValue',
                'useImperativeHandle',
                'useInsertionEffect',
                'useDebugValue',
                'useFormStatus',
              ],
              message: readerOnlyMessage,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.name=/^(use([A-Z]|$)|createContext$)/]',
          message: readerOnlyMessage,
        },
        {
          selector: 'CallExpression[callee.property.name=/^(use[A-Z]|use$|createContext$)/]',
          message: readerOnlyMessage,
        },
        { selector: 'ExpressionStatement[directive="use client"]', message: readerOnlyMessage },
      ],
    },
  },
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
