import { canManage, identifyCaller } from '../_shared/auth.ts';
import { database } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { NoWatiConnectionError, syncTemplates, type SyncResult } from '../_shared/template-sync.ts';
import { noConnection, watiErrorResponse } from '../_shared/wati-responses.ts';
import { z } from 'zod';

const input = z.object({ organizationId: z.uuid().optional() });

/**
 * Synchronises Wati templates: one organisation for its owners and admins (the « Synchroniser »
 * button), or every organisation for the service role (`npm run wati:sync`).
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller)
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour synchroniser les modèles.');
    const parsed = input.safeParse(await request.json().catch(() => ({})));
    if (!parsed.success) return errorResponse(400, 'invalid_input', 'Organisation invalide.');
    const { organizationId } = parsed.data;

    if (organizationId) {
      if (!(await canManage(caller, organizationId))) {
        return errorResponse(
          403,
          'forbidden',
          'Seuls les propriétaires et les administrateurs synchronisent les modèles.',
        );
      }
      try {
        return json(await syncTemplates(organizationId));
      } catch (error) {
        if (error instanceof NoWatiConnectionError) return noConnection();
        const answer = watiErrorResponse(error);
        if (answer) return answer;
        throw error;
      }
    }

    if (caller.kind !== 'service')
      return errorResponse(400, 'invalid_input', 'Précisez l’organisation.');
    const organizations = await database()<
      { id: string }[]
    >`select id from public.organizations order by created_at`;
    const results: (SyncResult | { organizationId: string; error: string })[] = [];
    for (const { id } of organizations) {
      try {
        results.push(await syncTemplates(id));
      } catch (error) {
        results.push({
          organizationId: id,
          error:
            error instanceof NoWatiConnectionError
              ? 'not_configured'
              : String((error as Error).name),
        });
      }
    }
    return json({ results });
  }),
);
