import { z } from 'zod';
import { refuseUnlessServicePost } from '../_shared/caller.ts';
import { syncDueContacts } from '../_shared/contact-sync/run.ts';
import { errorResponse, json, serveJson } from '../_shared/http.ts';

const input = z.object({ organizationId: z.uuid().optional() });

/**
 * Pushes new and changed contacts to Wati in the background: called every few seconds by the
 * scheduler (`wati-contact-sync` in private.scheduled_jobs) with the service role key, for every
 * organisation, or by ops for one organisation.
 */
Deno.serve(
  serveJson(async (request) => {
    const refused = await refuseUnlessServicePost(
      request,
      'La synchronisation des contacts avec Wati est réservée au service WCAP.',
    );
    if (refused) return refused;
    const parsed = input.safeParse(await request.json().catch(() => ({})));
    if (!parsed.success) return errorResponse(400, 'invalid_input', 'Organisation invalide.');
    return json({ organizations: await syncDueContacts(parsed.data) });
  }),
);
