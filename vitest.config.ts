import { defineConfig } from 'vitest/config';
import { sharedAlias } from './vite.config.ts';

// Two projects: unit tests run alone; integration tests (*.int.test.ts) share one ephemeral stack.
export default defineConfig({
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
