import { createClient } from '@supabase/supabase-js';
import type { Database } from './database.types';

const supabaseUrl = import.meta.env.VITE_SUPABASE_URL;
const supabaseAnonKey = import.meta.env.VITE_SUPABASE_ANON_KEY;

// createClient's own English error would not tell a developer how to fix the setup.
if (!supabaseUrl || !supabaseAnonKey) {
  throw new Error(
    'Configuration manquante : VITE_SUPABASE_URL et VITE_SUPABASE_ANON_KEY doivent être définies. ' +
      'Lancez l’application avec « npm start », qui les fournit.',
  );
}

export const supabase = createClient<Database>(supabaseUrl, supabaseAnonKey);
