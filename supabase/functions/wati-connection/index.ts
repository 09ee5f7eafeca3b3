import { canManage, identifyCaller } from '../_shared/auth.ts';
import { database } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { sealSecret } from '../_shared/secret-box.ts';
import { watiClient, watiConnection, webhookUrl } from '../_shared/wati-connection.ts';
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

async function status(organizationId: string) {
  const [row] = await database()<
    {
      mode: string;
      endpoint: string | null;
      token_hint: string | null;
      verified_at: string | null;
      last_check_error: string | null;
    }[]
  >`
    select o.mode, c.endpoint, c.token_hint, c.verified_at, c.last_check_error
    from public.organizations o left join private.wati_connections c on c.organization_id = o.id
    where o.id = ${organizationId}`;
  return {
    mode: row?.mode ?? 'sandbox',
    endpoint: row?.endpoint ?? null,
    // Never the token itself: its last characters only.
    maskedToken: row?.token_hint ? `••••••••${row.token_hint}` : null,
    verifiedAt: row?.verified_at ?? null,
    lastCheckError: row?.last_check_error ?? null,
    webhookUrl: await webhookUrl(organizationId),
  };
}

async function testConnection(organizationId: string): Promise<Response> {
  const connection = await watiConnection(organizationId);
  if (!connection) return noConnection();
  try {
    const page = await connection.client.listTemplates({ page_number: 1, page_size: 1 });
    await database()`update private.wati_connections set verified_at = now(), last_check_error = null where organization_id = ${organizationId}`;
    return json({
      ok: true,
      source: connection.source,
      message: `Connexion réussie${connection.source === 'sandbox' ? ' au bac à sable Wati' : ' à Wati'} : ${page.total ?? page.templates.length} modèle(s) disponible(s).`,
    });
  } catch (error) {
    const answer = watiErrorResponse(error);
    if (!answer) throw error;
    const { error: detail } = (await answer.clone().json()) as { error: { message: string } };
    await database()`update private.wati_connections set last_check_error = ${detail.message} where organization_id = ${organizationId}`;
    return answer;
  }
}

/**
 * Paramètres › Intégration Wati: the connection's state (token masked), saving credentials
 * (an endpoint on Wati's hosts, or the sandbox in sandbox mode, checked against Wati first, then
 * encrypted; real credentials switch the organisation to live),
 * removing them (back to the sandbox), testing the connection and renewing the webhook secret.
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
    const { organizationId } = target.data;
    if (!(await canManage(caller, organizationId))) {
      return errorResponse(
        403,
        'forbidden',
        'Seuls les propriétaires et les administrateurs gèrent l’intégration Wati.',
      );
    }

    switch (request.method) {
      case 'GET':
        return json(await status(organizationId));
      case 'PUT': {
        const parsed = credentials.safeParse(body);
        if (!parsed.success)
          return errorResponse(
            400,
            'invalid_input',
            parsed.error.issues[0]?.message ?? 'Données invalides.',
          );
        const { endpoint, token } = parsed.data;
        const refusal = await endpointRefusal(organizationId, endpoint);
        if (refusal) return refusal;
        try {
          await watiClient(endpoint, token).listTemplates({
            page_number: 1,
            page_size: 1,
          });
        } catch (error) {
          const answer = watiErrorResponse(error);
          if (answer) return answer;
          throw error;
        }
        const updatedBy = caller.kind === 'user' ? caller.userId : null;
        const sql = database();
        await sql.begin(async (tx) => {
          await tx`
            insert into private.wati_connections (organization_id, endpoint, token_ciphertext, token_hint, verified_at, updated_by)
            values (${organizationId}, ${endpoint}, ${await sealSecret(token)}, ${token.slice(-4)}, now(), ${updatedBy})
            on conflict (organization_id) do update set endpoint = excluded.endpoint,
              token_ciphertext = excluded.token_ciphertext, token_hint = excluded.token_hint,
              verified_at = now(), last_check_error = null, updated_by = excluded.updated_by, updated_at = now()`;
          await tx`update public.organizations set mode = 'live' where id = ${organizationId}`;
        });
        return json(await status(organizationId));
      }
      case 'DELETE': {
        await database().begin(async (tx) => {
          await tx`delete from private.wati_connections where organization_id = ${organizationId}`;
          await tx`update public.organizations set mode = 'sandbox' where id = ${organizationId}`;
        });
        return json(await status(organizationId));
      }
      case 'POST': {
        const parsed = action.safeParse(body);
        if (!parsed.success) return errorResponse(400, 'invalid_input', 'Action inconnue.');
        if (parsed.data.action === 'test') return testConnection(organizationId);
        await database()`
          insert into private.webhook_secrets (organization_id) values (${organizationId})
          on conflict (organization_id) do update set secret = encode(extensions.gen_random_bytes(24), 'hex'), rotated_at = now()`;
        return json(await status(organizationId));
      }
      default:
        return methodNotAllowed(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS']);
    }
  }),
);
