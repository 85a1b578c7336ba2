import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import { readdirSync } from 'node:fs'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// The folders show the architecture (README, "How the pieces fit"); these rules make the imports prove it.
// Each rule is exercised by scripts/architecture-lint.test.ts, which lints a deliberate violation of it.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** A feature never imports another feature: what two share moves down to components/, domain/ or api/. */
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(features/)?(${features.filter((other) => other !== feature).join('|')})(/|$)`,
            message: 'a feature never imports another feature: move what they share to components/, domain/ or api/',
          },
          { regex: '^(\\.\\./)+mocks/', message: 'only boot.tsx (dynamically) and tests import mocks/' },
        ],
      },
    ],
  },
}))

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
            {
              regex: '^\\.\\./(\\.\\./)?src/(?!api/schemas(-v1-1|-import)?$|workbook/)',
              message: 'mocks/ may import the contract (src/api/schemas*) and the workbook (src/workbook) only',
            },
          ],
        },
      ],
    },
  },
  {
    // The server sees the contract, the workbook and the rule that picks a text's language (for the shells' plan
    // title); it never serves the mock API (tests may compare with it).
    files: ['server/**/*.ts'],
    ignores: ['server/**/*.test.ts', 'server/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(?!api/schemas(-v1-1|-import)?$|workbook/|i18n/localized-text$)',
              message:
                'server/ may import the contract (src/api/schemas*), the workbook (src/workbook) and src/i18n/localized-text only',
            },
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
              group: [
                'react',
                'react-dom',
                '**/i18n/**',
                '**/features/**',
                '**/components/**',
                '**/app/**',
                '**/mocks/**',
              ],
              message: 'api/ and domain/ are plain TypeScript below the UI: no React, words, screens or mocks',
            },
          ],
        },
      ],
    },
  },
  {
    // The workbook (issue 14) is shared by the app, the server and the mock: plain TypeScript over the contract, the
    // domain and the catalogs' words, never the UI or the mocks.
    files: ['src/workbook/**/*.ts'],
    ignores: ['src/workbook/**/*.test.ts', 'src/workbook/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/features/**', '**/components/**', '**/app/**', '**/mocks/**'],
              message: 'workbook/ is plain TypeScript for the app, the server and the mock: no React, screens or mocks',
            },
            {
              regex: '^\\.\\./i18n/(?!locales/)',
              message: 'workbook/ takes words from the catalogs (i18n/locales) only: it runs on the server too',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(features|app)/', message: 'shared components never import features/ or app/' },
            { regex: '^(\\.\\./)+mocks/', message: 'only boot.tsx (dynamically) and tests import mocks/' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+mocks/', message: 'only boot.tsx (dynamically) and tests import mocks/' }] },
      ],
    },
  },
  {
    // The router glue (ADR 0014) sits below the screens: it knows wouter and React, nothing of the app.
    files: ['src/router/**/*.{ts,tsx}'],
    ignores: ['src/router/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(features|app|components|i18n|api|domain)/',
              message: 'router/ is the routing glue under every screen: it imports wouter and React only',
            },
          ],
        },
      ],
    },
  },
  {
    // One way to route: screens take Link, NavLink and the hooks from src/router/, which alone knows wouter.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/router/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'wouter', message: 'import Link, NavLink and the router hooks from src/router/ instead' }] },
      ],
    },
  },
  {
    // Tests and the test helpers may use the mock API; boot.tsx loads it dynamically behind a build-time flag.
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
)
