import { z } from 'zod';
import {
  asCaller,
  identifyCaller,
  queriesFor,
  type UserCaller,
  sqlRefusal,
} from '../_shared/caller.ts';
import { asService, type Queryable } from '../_shared/database.ts';
import { errorResponse, json, methodNotAllowed, serveJson } from '../_shared/http.ts';
import { sendQueuedMessage, type SendOutcome } from '../_shared/outgoing-messages.ts';
import { readPersonRequest } from '../_shared/person-request.ts';

// Shapes only: what a reply may say (its length, the file's address, the template) is SQL's to
// check (private.prepare_reply), with its own French sentences. The bounds keep a body from
// costing more than a reply can be.
const content = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), body: z.string().max(16_384) }),
  z.object({
    kind: z.literal('file'),
    url: z.string().max(4096),
    caption: z.string().max(4096).optional(),
  }),
  z.object({
    kind: z.literal('template'),
    name: z.string().min(1).max(512),
    parameters: z
      .array(z.object({ name: z.string().min(1).max(256), value: z.string().max(4096) }))
      .max(100)
      .default([]),
  }),
]);

const input = z.union([
  z.object({
    action: z.literal('reply'),
    conversationId: z.uuid(),
    clientMessageId: z.uuid(),
    content,
  }),
  z.object({ action: z.literal('retry'), messageId: z.uuid() }),
  z.object({ sweep: z.literal(true) }),
]);

/** Automatic messages one sweep sends at most. */
const SWEEP_BATCH = 50;

/**
 * The HTTP status of the refusals SQL raises for people, by SQLSTATE: not found (or not theirs to
 * see), the conversation's state forbids it now (24-hour window closed, message no longer
 * failed), what was asked cannot be (empty reply, file that is not https://…).
 */
const STATUS_OF_SQLSTATE = new Map([
  ['P0002', 404],
  ['P0001', 409],
  ['22023', 422],
]);

/** The message as a row of public.messages, as PostgREST and Realtime give it (snake_case). */
async function messageRow(sql: Queryable, messageId: string): Promise<unknown> {
  const [row] = await sql<{ message: unknown }[]>`
    select to_jsonb(m) as message from public.messages m where m.id = ${messageId}`;
  return row?.message ?? null;
}

/**
 * Sends the member's message that SQL just queued for them (private.prepare_reply or
 * prepare_retry decided, as the caller, that they may), then answers the row as it now is. The
 * send itself reads the number and records Wati's answer on the service connection: the Wati
 * credentials are not the caller's to read. A Wati that cannot be reached is a failed message
 * (200): the inbox shows it with « Réessayer ».
 */
async function sendAndAnswer(caller: UserCaller, messageId: string): Promise<Response> {
  await sendQueuedMessage(asService, messageId, 'member');
  return json({ message: await queriesFor(caller)((sql) => messageRow(sql, messageId)) });
}

/**
 * « Envoyer »: files the reply (private.prepare_reply, as the member: role, visibility, 24-hour
 * window), then sends it. The same clientMessageId finds the same message: only the request that
 * filed it sends it, so a double click or a retry after a lost answer reaches Wati once; the
 * others answer the row as it is.
 */
async function reply(
  caller: UserCaller,
  request: { conversationId: string; clientMessageId: string; content: z.infer<typeof content> },
): Promise<Response> {
  const prepared = await asCaller(caller, async (sql) => {
    const [row] = await sql<{ id: string; fresh: boolean; message: unknown }[]>`
      select (r.message).id, r.fresh, to_jsonb(r.message) as message
      from private.prepare_reply(
        ${request.conversationId}, ${request.clientMessageId}, ${sql.json(request.content as never)}) r`;
    return row!;
  });
  if (!prepared.fresh) return json({ message: prepared.message });
  return sendAndAnswer(caller, prepared.id);
}

/** « Réessayer »: a failed message queued again under a new id for Wati (private.prepare_retry). */
async function retry(caller: UserCaller, messageId: string): Promise<Response> {
  await asCaller(caller, (sql) => sql`select private.prepare_retry(${messageId})`);
  return sendAndAnswer(caller, messageId);
}

type SweepReport = { taken: number } & Record<SendOutcome, number>;

let sweeping: Promise<SweepReport> | undefined;

/**
 * What WCAP sends by itself and could not send at once (Wati unreachable when the webhook tried,
 * or queued by SQL alone, like the satisfaction question): taken by
 * private.take_queued_automatic_messages, which leaves each message to this sweep for a while,
 * and sent one after the other. One sweep at a time per instance: a slow Wati must not have the
 * next one take again what this one is still sending.
 */
function sweep(): Promise<SweepReport> {
  sweeping ??= (async () => {
    const taken = await asService(
      (sql) => sql<{ id: string }[]>`
        select id from private.take_queued_automatic_messages(${SWEEP_BATCH})`,
    );
    const report: SweepReport = { taken: taken.length, sent: 0, failed: 0, queued: 0, skipped: 0 };
    for (const { id } of taken) report[await sendQueuedMessage(asService, id, 'swept')] += 1;
    return report;
  })().finally(() => {
    sweeping = undefined;
  });
  return sweeping;
}

/**
 * The inbox's sends. Members (their JWT): a reply or a retry, acting as them, answered with the
 * message's row. The scheduler (service role key, every 5 s): `{ sweep: true }`, answered with
 * counts.
 */
Deno.serve(
  serveJson(async (request) => {
    if (request.method !== 'POST') return methodNotAllowed(['POST', 'OPTIONS']);
    const caller = await identifyCaller(request);
    if (!caller) {
      return errorResponse(
        401,
        'unauthenticated',
        'Connectez-vous pour répondre aux conversations.',
      );
    }
    const asked = await readPersonRequest(request);
    if (!asked.ok) return asked.response;
    const parsed = input.safeParse(asked.value);
    if (!parsed.success) {
      return errorResponse(422, 'invalid_input', 'Demande d’envoi invalide.');
    }
    const body = parsed.data;
    if ('sweep' in body) {
      if (caller.kind !== 'service') {
        return errorResponse(
          403,
          'forbidden',
          'L’envoi des messages automatiques est réservé au service WCAP.',
        );
      }
      return json(await sweep());
    }
    if (caller.kind !== 'user') {
      return errorResponse(403, 'forbidden', 'Seul un membre de l’organisation peut répondre.');
    }
    try {
      return body.action === 'reply'
        ? await reply(caller, body)
        : await retry(caller, body.messageId);
    } catch (error) {
      const refusal = sqlRefusal(error, STATUS_OF_SQLSTATE);
      if (refusal) return refusal;
      throw error;
    }
  }),
);
