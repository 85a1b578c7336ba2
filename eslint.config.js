import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'playwright-report', 'test-results'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      reactHooks.configs.flat['recommended-latest'],
      jsxA11y.flatConfigs.recommended,
      ...pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The architecture's one-way flow (STYLE.md): mocks see only the contract; a feature never imports another one.
    files: ['mocks/**/*.ts'],
    ignores: ['mocks/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./(\\.\\./)?src/(?!api/schemas$)', message: 'mocks/ may import src/api/schemas only' },
          ],
        },
      ],
    },
  },
  {
    // The server sees the contract and the pure sample plan; it never serves the mock API (tests may compare with it).
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+src/(?!api/schemas$)', message: 'server/ may import src/api/schemas only' },
            {
              regex: '^(\\.\\./)+mocks/(?!data/(sample-plan|large)$)',
              message: 'server/ may use the sample plan, not the mock API',
            },
            { regex: '^msw', message: 'server/ never serves mocks' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts', 'src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/features/**', '**/components/**', '**/app/**'],
              message: 'api/ and domain/ are plain TypeScript below the UI',
            },
          ],
        },
      ],
    },
  },
)
