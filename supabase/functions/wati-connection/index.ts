import { identifyCaller, queriesFor, refusalResponse } from '../_shared/caller.ts';
import type { RunQueries } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { sealSecret } from '../_shared/secret-box.ts';
import {
  connectWati,
  watiClient,
  watiCredentials,
  webhookUrl,
} from '../_shared/wati-connection.ts';
import { noConnection, watiErrorResponse } from '../_shared/wati-responses.ts';
import { z } from 'zod';
import { endpointRefusal } from './endpoint-policy.ts';

const organization = z.object({ organizationId: z.uuid() });
const credentials = organization.extend({
  endpoint: z.url({
    protocol: /^https?$/,
    error: 'Adresse invalide : copiez l’« API Endpoint URL » de Wati.',
  }),
  token: z
    .string()
    .trim()
    .min(20, 'Jeton trop court : copiez le jeton complet depuis Wati.')
    .max(4096),
});
const action = organization.extend({ action: z.enum(['test', 'rotate-webhook-secret']) });

/** The connection's state as the page shows it: never the token, its last characters only. */
async function status(organizationId: string, queries: RunQueries) {
  const [row] = await queries(
    (sql) =>
      sql<
        {
          mode: string;
          endpoint: string | null;
          token_hint: string | null;
          verified_at: string | null;
          last_check_error: string | null;
          webhook_secret: string | null;
        }[]
      >`select * from private.wati_connection_status(${organizationId})`,
  );
  return {
    mode: row?.mode ?? 'sandbox',
    endpoint: row?.endpoint ?? null,
    maskedToken: row?.token_hint ? `••••••••${row.token_hint}` : null,
    verifiedAt: row?.verified_at ?? null,
    lastCheckError: row?.last_check_error ?? null,
    webhookUrl: row?.webhook_secret ? webhookUrl(organizationId, row.webhook_secret) : null,
  };
}

async function recordCheck(organizationId: string, queries: RunQueries, failure: string | null) {
  await queries(
    (sql) => sql`select private.record_wati_connection_check(${organizationId}, ${failure})`,
  );
}

async function testConnection(organizationId: string, queries: RunQueries): Promise<Response> {
  const credentials = await queries((sql) => watiCredentials(sql, organizationId));
  const connection = await connectWati(organizationId, credentials);
  if (!connection) return noConnection();
  try {
    const page = await connection.client.listTemplates({ page_number: 1, page_size: 1 });
    await recordCheck(organizationId, queries, null);
    const templateCount = page.total ?? page.templates.length;
    // The count, for the SPA to say it in the reader's language with a real plural.
    return json({
      ok: true,
      source: connection.source,
      templateCount,
      message: `Connexion réussie${connection.source === 'sandbox' ? ' au bac à sable Wati' : ' à Wati'} : ${templateCount} ${templateCount <= 1 ? 'modèle disponible' : 'modèles disponibles'}.`,
    });
  } catch (error) {
    const answer = watiErrorResponse(error);
    if (!answer) throw error;
    const { error: detail } = (await answer.clone().json()) as { error: { message: string } };
    await recordCheck(organizationId, queries, detail.message);
    return answer;
  }
}

async function saveCredentials(
  organizationId: string,
  queries: RunQueries,
  body: unknown,
): Promise<Response> {
  const parsed = credentials.safeParse(body);
  if (!parsed.success)
    return errorResponse(
      400,
      'invalid_input',
      parsed.error.issues[0]?.message ?? 'Données invalides.',
    );
  const { endpoint, token } = parsed.data;
  const refusal = await endpointRefusal(organizationId, endpoint, queries);
  if (refusal) return refusal;
  try {
    await watiClient(endpoint, token).listTemplates({ page_number: 1, page_size: 1 });
  } catch (error) {
    const answer = watiErrorResponse(error);
    if (answer) return answer;
    throw error;
  }
  const sealed = await sealSecret(token);
  await queries(
    (sql) => sql`
      select private.save_wati_connection(${organizationId}, ${endpoint}, ${sealed}, ${token.slice(-4)})`,
  );
  return json(await status(organizationId, queries));
}

async function handle(
  request: Request,
  organizationId: string,
  queries: RunQueries,
  body: unknown,
) {
  // Refuses members who are not owners or admins before anything else is read or called.
  await queries((sql) => sql`select private.require_wati_manager(${organizationId})`);
  switch (request.method) {
    case 'GET':
      return json(await status(organizationId, queries));
    case 'PUT':
      return saveCredentials(organizationId, queries, body);
    case 'DELETE':
      await queries((sql) => sql`select private.remove_wati_connection(${organizationId})`);
      return json(await status(organizationId, queries));
    case 'POST': {
      const parsed = action.safeParse(body);
      if (!parsed.success) return errorResponse(400, 'invalid_input', 'Action inconnue.');
      if (parsed.data.action === 'test') return testConnection(organizationId, queries);
      await queries((sql) => sql`select private.rotate_webhook_secret(${organizationId})`);
      return json(await status(organizationId, queries));
    }
    default:
      return methodNotAllowed(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS']);
  }
}

/**
 * Paramètres › Intégration Wati, acting as the caller (SQL decides who may): the connection's
 * state (token masked), saving credentials (an endpoint on Wati's hosts, or the sandbox in sandbox
 * mode, checked against Wati first, then encrypted; real credentials switch the organisation to
 * live), removing them (back to the sandbox), testing the connection and renewing the webhook
 * secret. A GET only reads.
 */
Deno.serve(
  serveJson(async (request) => {
    const caller = await identifyCaller(request);
    if (!caller)
      return errorResponse(401, 'unauthenticated', 'Connectez-vous pour gérer l’intégration Wati.');
    const body: unknown =
      request.method === 'GET'
        ? Object.fromEntries(new URL(request.url).searchParams)
        : await request.json().catch(() => ({}));
    const target = organization.safeParse(body);
    if (!target.success) return errorResponse(400, 'invalid_input', 'Organisation invalide.');
    try {
      return await handle(request, target.data.organizationId, queriesFor(caller), body);
    } catch (error) {
      const refusal = refusalResponse(error);
      if (refusal) return refusal;
      throw error;
    }
  }),
);
