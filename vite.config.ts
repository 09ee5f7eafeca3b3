import { lingui } from '@lingui/vite-plugin';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv, type Plugin, type PluginOption } from 'vite';
import { linguiMacro } from './scripts/build/lingui-macro-plugin.ts';

/** `@shared/…`: code shared by the Edge Functions and the SPA (supabase/functions/_shared). */
export const sharedAlias = {
  '@shared': fileURLToPath(new URL('./supabase/functions/_shared', import.meta.url)),
};

/** What the SPA cannot start without (src/lib/supabase.ts): a build without them is a blank page. */
const REQUIRED_BUILD_ENV = ['VITE_SUPABASE_URL', 'VITE_SUPABASE_ANON_KEY'];

/**
 * Stops `vite build` (and Vite's `build()`, as the E2E setup calls it) when a required variable is
 * missing or empty, naming it. Development, tests and `vite preview` are not concerned: `npm start`
 * and the test setups provide the variables themselves.
 */
function requireBuildEnv(): Plugin {
  return {
    name: 'wcap:require-build-env',
    apply: 'build',
    configResolved({ mode, root, envDir, envPrefix }) {
      // loadEnv reads the .env files and the process environment, which wins, as the build does.
      const env = loadEnv(mode, envDir === false ? root : envDir, envPrefix);
      const missing = REQUIRED_BUILD_ENV.filter((name) => !env[name]);
      if (missing.length === 0) return;
      throw new Error(
        `Variables d’environnement manquantes pour construire l’application : ${missing.join(', ')}. ` +
          'Sans elles, l’application construite afficherait une page blanche. Définissez-les dans ' +
          'l’environnement ou dans un fichier « .env » (voir « .env.example ») ; « npm run preview » ' +
          'les prend de la pile locale lancée par « npm start ».',
      );
    },
  };
}

/**
 * Lingui's macros and catalogues (`.po` files compiled when imported), shared with Vitest. A build
 * stops on a message without its English translation.
 */
export function linguiPlugins({ failOnMissing }: { failOnMissing: boolean }): PluginOption[] {
  return [linguiMacro(), lingui({ failOnMissing })];
}

const inertClients = fileURLToPath(
  new URL('./src/lib/build/inert-supabase-clients.ts', import.meta.url),
);

/**
 * supabase-js creates a Realtime and a Storage client with every client, 24 kB gzip of the first
 * load: the SPA uses Storage nowhere and opens Realtime on its own client (src/lib/realtime.ts),
 * loaded only by the pages that listen live. In the production build, supabase-js's own imports of
 * them resolve to inert stand-ins; everything else, src/lib/realtime.ts included, gets the real
 * packages.
 */
function inertSupabaseClients(): Plugin {
  return {
    name: 'wcap:inert-supabase-clients',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromSupabaseJs = importer?.includes('/node_modules/@supabase/supabase-js/') ?? false;
      if (
        fromSupabaseJs &&
        (source === '@supabase/realtime-js' || source === '@supabase/storage-js')
      )
        return inertClients;
      return null;
    },
  };
}

export default defineConfig(({ command }) => ({
  plugins: [
    ...linguiPlugins({ failOnMissing: command === 'build' }),
    react(),
    tailwindcss(),
    requireBuildEnv(),
    inertSupabaseClients(),
  ],
  resolve: { alias: sharedAlias },
  // The contact import worker reads the catalogue too.
  worker: { format: 'es', plugins: () => linguiPlugins({ failOnMissing: command === 'build' }) },
  envPrefix: 'VITE_',
  // Chunks are named by their hash alone: the first load lists every lazy chunk's file for its
  // preload, and module names there cost bytes on every visit (sourcemaps still name them).
  build: {
    // Every browser the build targets preloads modules but Safari 16, which then loads a page's
    // chunks one after the other: 0.24 kB off every first load is worth it.
    modulePreload: { polyfill: false },
    rollupOptions: { output: { chunkFileNames: 'assets/[hash].js' } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    // `npm start` may find 5173 taken and must still come up; it reads the actual port from Vite.
    strictPort: false,
  },
  optimizeDeps: {
    // Imported only by the contact import worker, which the dev server's dependency scan does not
    // follow: found at run time, they would be bundled again mid-session and open pages reloaded.
    include: ['papaparse', 'read-excel-file/universal'],
  },
}));
