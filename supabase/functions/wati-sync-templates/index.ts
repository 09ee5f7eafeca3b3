import { identifyCaller, queriesFor, refusalResponse } from '../_shared/caller.ts';
import { asService, serviceDatabase } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { NoWatiConnectionError, syncTemplates, type SyncResult } from '../_shared/template-sync.ts';
import { noConnection, watiErrorResponse } from '../_shared/wati-responses.ts';
import { z } from 'zod';

const input = z.object({ organizationId: z.uuid().optional() });

/**
 * Synchronises Wati templates: one organisation, acting as its owner or admin (the
 * « Synchroniser » button; SQL refuses other members), or every organisation for the service
 * role (`npm run wati:sync`).
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
      const queries = queriesFor(caller);
      try {
        await queries((sql) => sql`select private.require_template_syncer(${organizationId})`);
        return json(await syncTemplates(organizationId, queries));
      } catch (error) {
        if (error instanceof NoWatiConnectionError) return noConnection();
        const answer = refusalResponse(error) ?? watiErrorResponse(error);
        if (answer) return answer;
        throw error;
      }
    }

    if (caller.kind !== 'service')
      return errorResponse(400, 'invalid_input', 'Précisez l’organisation.');
    const organizations = await serviceDatabase()<
      { id: string }[]
    >`select id from public.organizations order by created_at`;
    const results: (SyncResult | { organizationId: string; error: string })[] = [];
    for (const { id } of organizations) {
      try {
        results.push(await syncTemplates(id, asService));
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
