import js from '@eslint/js';
import pluginLingui from 'eslint-plugin-lingui';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import { reactRefresh } from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist',
    'node_modules',
    '.local',
    'playwright-report',
    'test-results',
    'src/lib/database.types.ts',
    // Deno code, checked by `deno lint` / `deno check`.
    'supabase/functions/**',
    'scripts/**/fixtures/**',
    'test-support/fixtures/**',
  ]),
  {
    files: ['**/*.{js,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023 },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended, reactRefresh.configs.vite()],
    languageOptions: { globals: globals.browser },
  },
  {
    // Every string a person reads comes from the catalogue (src/locales): a sentence or a capitalised
    // word written in the code is an error. What is not for people (class names, query strings, keys,
    // single lower-case tokens) is recognised by the options below.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/**/*.int.test.ts'],
    extends: [pluginLingui.configs['flat/recommended']],
    rules: {
      'lingui/no-unlocalized-strings': [
        'error',
        {
          ignore: [
            // One token that does not start with a capital: keys, codes, identifiers, CSS values.
            '^(?![A-ZÀ-Ý])\\S+$',
            // UPPERCASE constants and codes.
            '^[A-Z0-9_.:-]+$',
            // Tailwind class lists (lower-case tokens separated by spaces, with variants).
            '^[a-z0-9:/_.\\[\\]()%#&>=!-]+( [a-z0-9:/_.\\[\\]()%#&>=!-]+)+$',
          ],
          ignoreNames: [
            { regex: { pattern: 'className$', flags: 'i' } },
            { regex: { pattern: '^[A-Z0-9_]+$' } },
            'type',
            'id',
            'key',
            'href',
            'to',
            'src',
            'role',
            'name',
            'autoComplete',
            'inputMode',
            'accept',
            'displayName',
          ],
          ignoreFunctions: [
            'clsx',
            'Error',
            'TypeError',
            'console.*',
            '*.select',
            '*.order',
            '*.or',
            '*.eq',
            '*.from',
            '*.rpc',
            '*.channel',
            '*.on',
            '*.setItem',
            '*.getItem',
            '*.getElementById',
            '*.querySelector',
            '*.addEventListener',
            '*.removeEventListener',
            '*.includes',
            '*.startsWith',
            '*.endsWith',
            '*.split',
            '*.join',
            '*.replace',
            'callFunction',
            'matchMedia',
            '*.matchMedia',
            'new URL',
            'URL',
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.ts', 'e2e/**/*.ts', 'test-support/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
]);
