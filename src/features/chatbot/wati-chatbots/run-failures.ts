import type { Database } from '../../../lib/database.types';

/** Why a contact was not started, or a whole run stopped (public.wati_chatbot_failure). */
export type RunFailure = Database['public']['Enums']['wati_chatbot_failure'];

// Every value, in the enum's order (wati-chatbots.int.test.ts compares them with the database);
// the first five stop every contact of a run.
export const runFailures = [
  'wati_not_configured',
  'wati_auth',
  'wati_plan_required',
  'wati_quota',
  'wati_chatbot_not_found',
  'opted_out',
  'contact_deleted',
  'wati_contact_unknown',
  'wati_refused',
  'wati_unavailable',
  'wati_outcome_unknown',
  'message_quota',
] as const satisfies readonly RunFailure[];
