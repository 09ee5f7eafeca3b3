import { z } from 'zod';
import { afterResponse } from '../_shared/after-response.ts';
import { refuseUnlessServicePost } from '../_shared/caller.ts';
import { errorResponse, json, serveJson } from '../_shared/http.ts';
import { publishProgress } from './progress.ts';
import { startRuns } from './run.ts';

const input = z.object({
  organizationId: z.uuid().optional(),
  /** Answer once the runs are over, with their reports (tests, ops). */
  wait: z.boolean().optional(),
  /** How long the runs may claim batches, in ms (default RUN_BUDGET_MS). */
  budgetMs: z.number().int().min(0).max(120_000).optional(),
});

/**
 * The campaign engine's tick, called every second by the scheduler (`broadcast-dispatcher` in
 * private.scheduled_jobs) with the service role key: publishes the progress of campaigns that
 * changed, then starts a sending run for each organisation with due recipients. Runs go on after
 * the answer, so the next tick is not held back; a run already going for an organisation is left
 * to it.
 */
Deno.serve(
  serveJson(async (request) => {
    const refused = await refuseUnlessServicePost(
      request,
      'L’envoi des campagnes est réservé au service WCAP.',
    );
    if (refused) return refused;
    const parsed = input.safeParse(await request.json().catch(() => ({})));
    if (!parsed.success) return errorResponse(400, 'invalid_input', 'Paramètres invalides.');
    const published = await publishProgress().catch((error: unknown) => {
      console.error('broadcast-dispatcher: progress not published', error);
      return 0;
    });
    const { organizations, done } = await startRuns(parsed.data);
    if (parsed.data.wait) {
      const runs = await done;
      return json({ published, organizations: runs, progress: await publishProgress() });
    }
    afterResponse('broadcast-dispatcher', async () => {
      await done;
    });
    return json({ published, started: organizations });
  }),
);
