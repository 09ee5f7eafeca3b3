import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';

const url = import.meta.env.VITE_SUPABASE_URL;
const anonKey = import.meta.env.VITE_SUPABASE_ANON_KEY;

// createClient's own English error would not tell a developer how to fix the setup.
if (!url || !anonKey) {
  throw new Error(
    'Configuration manquante : VITE_SUPABASE_URL et VITE_SUPABASE_ANON_KEY doivent être définies. ' +
      'Lancez l’application avec « npm start », qui les fournit.',
  );
}

export const supabaseUrl: string = url;
export const supabaseAnonKey: string = anonKey;

/** Data API, Auth and Functions. Live updates go through `realtime` (./realtime.ts). */
export const supabase = createClient<Database>(supabaseUrl, supabaseAnonKey);
