import { z } from 'zod';
import { afterResponse } from '../_shared/after-response.ts';
import { asCaller, identifyCaller, type UserCaller, sqlRefusal } from '../_shared/caller.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { readPersonRequest } from '../_shared/person-request.ts';
import { MAX_PAGE_SIZE, type WatiClient } from '../_shared/wati/client.ts';
import { WatiError } from '../_shared/wati/errors.ts';
import { serviceWatiConnection, type WatiConnection } from '../_shared/wati-connection.ts';
import { noConnection, watiErrorResponse } from '../_shared/wati-responses.ts';
import { sweep, sweepOrganization } from './sweep.ts';
import { Turn } from './turn.ts';

/** Chatbots per page of the list. */
const PAGE_SIZE = 50;
/** Pages of Wati's list read to find the chatbot a start names. */
const MAX_LOOKUP_PAGES = 20;

const listQuery = z.object({
  organizationId: z.uuid(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

const chatbotId = z.string().trim().min(1).max(100);

const input = z.union([
  z
    .object({
      action: z.literal('start'),
      organizationId: z.uuid(),
      chatbotId,
      contactId: z.uuid().optional(),
      segmentId: z.uuid().optional(),
    })
    .refine((start) => (start.contactId === undefined) !== (start.segmentId === undefined)),
  z.object({ action: z.literal('cancel'), runId: z.uuid() }),
  z.object({ sweep: z.literal(true) }),
]);

type StartRequest = Extract<z.infer<typeof input>, { action: 'start' }>;

/**
 * The HTTP status of the refusals SQL raises for people, by SQLSTATE: not found (or not theirs to
 * see), the state forbids it now (opted out, already finished), not allowed (42501).
 */
const STATUS_OF_SQLSTATE = new Map([
  ['P0002', 404],
  ['P0001', 409],
]);

/** Wati's answers told to people; chatbots being a Pro feature of Wati, its plan refusal too. */
function watiRefusal(error: unknown): Response | undefined {
  if (error instanceof WatiError && error.kind === 'quota' && error.status === 403) {
    console.error(`wati ${error.operation}: plan: ${error.message}`);
    return errorResponse(
      422,
      'wati_plan_required',
      'Les chatbots demandent l’abonnement Pro (ou Business) de Wati : changez d’abonnement dans Wati.',
    );
  }
  return watiErrorResponse(error);
}

/**
 * The organisation's Wati, read on the service connection once the caller's membership was
 * checked: members use the chatbots, the credentials stay the function's.
 */
async function connect(organizationId: string): Promise<WatiConnection | Response> {
  try {
    return (await serviceWatiConnection(organizationId)) ?? noConnection();
  } catch (error) {
    console.error(`wati-chatbots: no Wati connection for ${organizationId}`, error);
    return errorResponse(
      502,
      'wati_unavailable',
      'Wati ne répond pas correctement pour le moment : réessayez dans quelques minutes.',
    );
  }
}

/** « Chatbots Wati »: one page of Wati's chatbots, for any member. */
async function list(caller: UserCaller, url: URL): Promise<Response> {
  const parsed = listQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return errorResponse(400, 'invalid_input', 'Organisation ou page invalide.');
  const { organizationId, page } = parsed.data;
  await asCaller(
    caller,
    (sql) => sql`select private.require_wati_chatbot_reader(${organizationId})`,
  );
  const connection = await connect(organizationId);
  if (connection instanceof Response) return connection;
  const answer = await connection.client.listChatbots({ page_number: page, page_size: PAGE_SIZE });
  return json({
    chatbots: answer.chatbot_list.map(({ id, name, created }) => ({
      id,
      name: name || id,
      created: created ?? null,
    })),
    page,
    hasMore: answer.chatbot_list.length === PAGE_SIZE,
  });
}

/** The chatbot as Wati lists it now (its name is Wati's, not the caller's), or undefined. */
async function findChatbot(
  client: WatiClient,
  id: string,
): Promise<{ id: string; name: string } | undefined> {
  for (let page = 1; page <= MAX_LOOKUP_PAGES; page += 1) {
    const { chatbot_list } = await client.listChatbots({
      page_number: page,
      page_size: MAX_PAGE_SIZE,
    });
    const found = chatbot_list.find((chatbot) => chatbot.id === id);
    if (found) return { id, name: (found.name || id).slice(0, 200) };
    if (chatbot_list.length < MAX_PAGE_SIZE) return undefined;
  }
  return undefined;
}

interface CreatedRun {
  run: Record<string, unknown>;
  /** For one contact: its recipient, claimed by this request, and Wati's target. */
  recipient_id: string | null;
  target: string | null;
  lease_until: Date | null;
}

/**
 * « Démarrer »: checks the request as the caller (role, contact or segment of the organisation,
 * not opted out, a message left in the month's quota), finds the chatbot at Wati, then records
 * the run as the caller — within the quota: each contact started counts as one message
 * (supabase/migrations/20261217000500_wati_chatbot_quota.sql says why). One contact is started at
 * once; a segment's contacts are left to the sweep, whose first turn begins now.
 */
async function start(caller: UserCaller, request: StartRequest): Promise<Response> {
  const { organizationId, chatbotId: id } = request;
  const contact = request.contactId ?? null;
  const segment = request.segmentId ?? null;
  await asCaller(
    caller,
    (sql) =>
      sql`select private.check_wati_chatbot_start(${organizationId}, ${contact}, ${segment})`,
  );
  const connection = await connect(organizationId);
  if (connection instanceof Response) return connection;
  const chatbot = await findChatbot(connection.client, id);
  if (!chatbot) {
    return errorResponse(
      422,
      'wati_chatbot_not_found',
      'Ce chatbot n’existe plus dans Wati : actualisez la liste des chatbots.',
    );
  }
  const created = await asCaller(caller, async (sql) => {
    const [row] = await sql<CreatedRun[]>`
      select run, recipient_id, target, lease_until
      from private.create_wati_chatbot_run(${organizationId}, ${chatbot.id}, ${chatbot.name},
                                           ${contact}, ${segment})`;
    return row!;
  });
  const runId = String(created.run.id);

  if (created.recipient_id && created.target && created.lease_until) {
    const turn = new Turn();
    try {
      await turn.start(connection.client, [
        {
          id: created.recipient_id,
          run_id: runId,
          chatbot_id: chatbot.id,
          target: created.target,
          attempts: 0,
          lease_until: created.lease_until,
        },
      ]);
    } finally {
      await turn.settle(organizationId);
    }
  } else {
    afterResponse('wati-chatbots: first turn', async () => {
      await sweepOrganization(organizationId);
    });
  }
  return runAnswer(caller, runId);
}

/**
 * The run as the caller reads it (row-level security), as PostgREST gives it (snake_case), and
 * for one contact what became of it (status, failure).
 */
async function runAnswer(caller: UserCaller, runId: string): Promise<Response> {
  const [row] = await asCaller(
    caller,
    (sql) => sql<{ run: unknown; recipient: unknown }[]>`
      select to_jsonb(r) as run,
             (select jsonb_build_object('status', p.status, 'failure', p.failure)
              from public.wati_chatbot_run_recipients p
              where p.run_id = r.id and r.kind = 'contact') as recipient
      from public.wati_chatbot_runs r where r.id = ${runId}`,
  );
  return json({ run: row?.run ?? null, recipient: row?.recipient ?? null });
}

/** « Annuler »: owners and admins stop a run (private.cancel_wati_chatbot_run decides). */
async function cancel(caller: UserCaller, runId: string): Promise<Response> {
  const [row] = await asCaller(
    caller,
    (sql) => sql<{ run: unknown }[]>`select private.cancel_wati_chatbot_run(${runId}) as run`,
  );
  return json({ run: row?.run ?? null });
}

/**
 * Wati's own chatbots. Members (their JWT): GET `?organizationId=&page=` lists them; POST
 * `{action: 'start', organizationId, chatbotId, contactId | segmentId}` starts one, `{action:
 * 'cancel', runId}` stops a run. The scheduler (service role key, every 5 s): `{sweep: true}`
 * starts the recipients due, answered with counts per organisation.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'GET' && request.method !== 'POST') {
      return methodNotAllowed(['GET', 'POST', 'OPTIONS']);
    }
    const caller = await identifyCaller(request);
    if (!caller) {
      return errorResponse(
        401,
        'unauthenticated',
        'Connectez-vous pour utiliser les chatbots Wati.',
      );
    }
    try {
      if (request.method === 'GET') {
        if (caller.kind !== 'user') {
          return errorResponse(
            403,
            'forbidden',
            'Seul un membre de l’organisation voit ses chatbots.',
          );
        }
        return await list(caller, new URL(request.url));
      }
      const asked = await readPersonRequest(request);
      if (!asked.ok) return asked.response;
      const parsed = input.safeParse(asked.value);
      if (!parsed.success) {
        return errorResponse(
          422,
          'invalid_input',
          'Demande invalide : choisissez un chatbot, puis un contact ou un segment.',
        );
      }
      const body = parsed.data;
      if ('sweep' in body) {
        if (caller.kind !== 'service') {
          return errorResponse(
            403,
            'forbidden',
            'Le démarrage des chatbots en attente est réservé au service WCAP.',
          );
        }
        return json({ organizations: await sweep() });
      }
      if (caller.kind !== 'user') {
        return errorResponse(
          403,
          'forbidden',
          'Seul un membre de l’organisation démarre un chatbot.',
        );
      }
      return body.action === 'start' ? await start(caller, body) : await cancel(caller, body.runId);
    } catch (error) {
      const answer = sqlRefusal(error, STATUS_OF_SQLSTATE) ?? watiRefusal(error);
      if (answer) return answer;
      throw error;
    }
  }),
);
