import { z } from 'zod';
import { identifyCaller } from '../_shared/auth.ts';
import { syncDueContacts } from '../_shared/contact-sync/run.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';

const input = z.object({ organizationId: z.uuid().optional() });

/**
 * Pushes new and changed contacts to Wati in the background: called every few seconds by the
 * scheduler (`wati-contact-sync` in private.scheduled_jobs) with the service role key, for every
 * organisation, or by ops for one organisation.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller) return errorResponse(401, 'unauthenticated', 'Authentification requise.');
    if (caller.kind !== 'service') {
      return errorResponse(
        403,
        'forbidden',
        'La synchronisation des contacts avec Wati est réservée au service WCAP.',
      );
    }
    const parsed = input.safeParse(await request.json().catch(() => ({})));
    if (!parsed.success) return errorResponse(400, 'invalid_input', 'Organisation invalide.');
    return json({ organizations: await syncDueContacts(parsed.data) });
  }),
);
