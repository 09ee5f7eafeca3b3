import { defineConfig } from '@lingui/cli';
import { formatter } from '@lingui/format-po';

// One catalogue per language for the whole SPA (design §8): French is the source, English complete.
export default defineConfig({
  sourceLocale: 'fr',
  locales: ['fr', 'en'],
  catalogs: [
    {
      path: '<rootDir>/src/locales/{locale}/messages',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.ts', '**/*.test.tsx', '**/node_modules/**'],
    },
  ],
  // File names without line numbers: moving code does not rewrite every entry of both catalogues.
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
});
