import { defineConfig } from 'vitest/config';
import { linguiPlugins, sharedAlias } from './vite.config.ts';

// Two projects: unit tests run alone; integration tests (*.int.test.ts) share one ephemeral stack.
export default defineConfig({
  plugins: linguiPlugins({ failOnMissing: false }),
  resolve: { alias: sharedAlias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
            'supabase/functions/**/*.test.ts',
          ],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          // The interface's modules read the catalogue: French is active, as in the app by default.
          setupFiles: ['src/i18n/test-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: [
            'scripts/**/*.int.test.ts',
            'supabase/**/*.int.test.ts',
            'src/**/*.int.test.ts',
          ],
          globalSetup: ['test-support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
