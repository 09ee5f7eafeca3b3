import js from '@eslint/js';
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
    files: ['*.{js,ts}', 'scripts/**/*.ts', 'e2e/**/*.ts', 'test-support/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
]);
