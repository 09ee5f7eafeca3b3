import { requireEnv } from '../_shared/env.ts';
import { markProgressAgain, takeProgress } from './queries.ts';

/**
 * Publishes the totals of campaigns whose recipients changed since the last tick, as one Realtime
 * broadcast per campaign on its private topic (event `progress`): only members of the campaign's
 * organisation may listen, and only the service role may write there (RLS on realtime.messages).
 * Called once per tick, so a campaign's page hears at most one update a second however many
 * webhooks arrive.
 */
export async function publishProgress(): Promise<number> {
  const rows = await takeProgress();
  if (rows.length === 0) return 0;
  const key = requireEnv('SUPABASE_SERVICE_ROLE_KEY');
  const response = await fetch(`${requireEnv('SUPABASE_URL')}/realtime/v1/api/broadcast`, {
    method: 'POST',
    headers: { apikey: key, Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      messages: rows.map((row) => ({
        topic: row.topic,
        event: 'progress',
        payload: row.progress,
        private: true,
      })),
    }),
  }).catch((error: unknown) => error as Error);
  if (response instanceof Error || !response.ok) {
    if (!(response instanceof Error)) await response.body?.cancel();
    // Published next tick instead of lost: the last update of a campaign must arrive.
    await markProgressAgain(rows.map((row) => (row.progress as { campaignId: string }).campaignId));
    return 0;
  }
  await response.body?.cancel();
  return rows.length;
}
