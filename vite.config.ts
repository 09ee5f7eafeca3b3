import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** `@shared/…`: code shared by the Edge Functions and the SPA (supabase/functions/_shared). */
export const sharedAlias = {
  '@shared': fileURLToPath(new URL('./supabase/functions/_shared', import.meta.url)),
};

export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: { alias: sharedAlias },
  envPrefix: 'VITE_',
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
});
