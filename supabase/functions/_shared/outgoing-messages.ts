import { asService, serviceDatabase, type RunQueries } from './database.ts';
import { inLockOrder } from './lock-order.ts';
import { MicroBatcher } from './micro-batcher.ts';
import { noConnection, watiErrorResponse } from './wati-responses.ts';
import { serviceWatiConnection, type WatiConnection } from './wati-connection.ts';
import { WatiError, WatiServerError, WatiValidationError } from './wati/errors.ts';
import type { WatiInteractiveRequest } from './wati/requests.ts';

// Sending a message public.messages holds, queued: an agent's reply (inbox-send), or what WCAP
// sends by itself (the opt-out confirmation, the away message, the satisfaction question; the
// wati-webhook once its event is committed, then inbox-send's sweep). The row is filed first,
// with the local id Wati echoes in its status webhooks, so those find it whenever they come.

/** A row of private.outgoing_message. */
export interface OutgoingMessage {
  id: string;
  organization_id: string;
  /** E.164. */
  phone: string;
  kind: string;
  body: string | null;
  media: { url?: string; rows?: unknown; button?: unknown } | null;
  template: { name?: string; parameters?: Array<{ name: string; value: string }> } | null;
  local_message_id: string;
  status: string;
}

/**
 * Who sends, which decides two things:
 * - `member`: a member's reply or retry (private.prepare_reply / prepare_retry made it theirs).
 *   When Wati cannot be reached it is recorded failed, so that the inbox offers « Réessayer ».
 * - `just_filed`: WCAP's own message, right after the webhook's transaction filed it; sent only
 *   if nothing touched it since (the sweep may have taken it), and kept queued for the sweep
 *   when Wati cannot be reached.
 * - `swept`: taken by the sweep (private.take_queued_automatic_messages); kept queued likewise.
 * - `claimed`: the chatbot's, filed already claimed (updated_at past created_at, so the sweep
 *   waits a minute for it) by the transaction that applied its turn; kept queued likewise.
 */
export type Sender = 'member' | 'just_filed' | 'swept' | 'claimed';

/**
 * What happened: `sent` (Wati accepted it; its webhooks tell the rest), `failed` (recorded with
 * a French reason), `queued` (left for the sweep), `skipped` (not queued, or someone else's).
 */
export type SendOutcome = 'sent' | 'failed' | 'queued' | 'skipped';

/** The refusal a send ends with: the code the SPA translates and the French reason shown. */
interface Failure {
  code: string;
  reason: string;
}

/** Wati refused the message as it is, or the account cannot send: sending it again will not help. */
const FINAL_KINDS: ReadonlySet<WatiError['kind']> = new Set(['auth', 'validation', 'quota']);

/** The failure as people read it: the wording of the functions' own answers. */
async function failureOf(answer: Response): Promise<Failure> {
  const { error } = (await answer.json()) as { error: { code: string; message: string } };
  return { code: error.code, reason: error.message };
}

/** Wati's failure, or what stands for it when the connection itself failed (no answer read). */
async function describeFailure(error: unknown): Promise<{ failure: Failure; final: boolean }> {
  const answer = watiErrorResponse(error);
  if (answer) {
    const final = error instanceof WatiError && FINAL_KINDS.has(error.kind);
    return { failure: await failureOf(answer), final };
  }
  // The connection itself failed (the sandbox did not answer…): told as an unreachable Wati,
  // what failed on the way stays in the log.
  const detail = error instanceof Error ? error.message : String(error);
  const unreachable = new WatiServerError({ operation: 'connect', status: null, detail });
  return { failure: await failureOf(watiErrorResponse(unreachable)!), final: false };
}

/** Text of a stored interactive part: the empty string when absent. */
const part = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The chatbot's buttons or list (public.messages.media as private.bot_message_row writes it) as
 * Wati's interactive session message. Wati takes titles only: a tap comes back with its title,
 * which the engine matches.
 */
function interactiveRequest(target: string, message: OutgoingMessage): WatiInteractiveRequest {
  const media = (message.media ?? {}) as Record<string, unknown>;
  const body = message.body ?? '';
  const header = part(media.header);
  const footer = part(media.footer) || undefined;
  const local_message_id = message.local_message_id;
  if (media.type === 'list') {
    const sections = Array.isArray(media.sections)
      ? (media.sections as Record<string, unknown>[])
      : [];
    return {
      target,
      local_message_id,
      type: 'list',
      list_message: {
        header: header || undefined,
        body,
        footer,
        button_text: part(media.button),
        sections: sections.map((section) => ({
          title: part(section.title),
          rows: (Array.isArray(section.rows)
            ? (section.rows as Record<string, unknown>[])
            : []
          ).map((row) => ({
            title: part(row.title),
            description: part(row.description) || undefined,
          })),
        })),
      },
    };
  }
  const buttons = Array.isArray(media.buttons) ? (media.buttons as Record<string, unknown>[]) : [];
  return {
    target,
    local_message_id,
    type: 'buttons',
    button_message: {
      header: header ? { type: 'Text', text: header } : undefined,
      body,
      footer,
      buttons: buttons.map((button) => ({ text: part(button.title) })),
    },
  };
}

/** Sends the message through the organisation's Wati; Wati's id for it, when it gives one. */
async function deliver(
  connection: WatiConnection,
  message: OutgoingMessage,
): Promise<string | null> {
  const { client } = connection;
  // Wati takes numbers as digits with their country code, without the `+`.
  const target = message.phone.replace(/^\+/, '');
  const local_message_id = message.local_message_id;
  switch (message.kind) {
    case 'text':
      return (await client.sendSessionText({ target, text: message.body ?? '', local_message_id }))
        .id;
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
      return (
        await client.sendSessionFileViaUrl({
          target,
          file_url: message.media?.url ?? '',
          caption: message.body ?? undefined,
          local_message_id,
        })
      ).id;
    case 'csat': {
      const rows = Array.isArray(message.media?.rows) ? message.media.rows.map(String) : [];
      const button = String(message.media?.button ?? '');
      return (
        await client.sendInteractiveMessage({
          target,
          local_message_id,
          type: 'list',
          list_message: {
            body: message.body ?? '',
            button_text: button,
            sections: [{ title: button, rows: rows.map((title) => ({ title })) }],
          },
        })
      ).id;
    }
    case 'interactive':
      return (await client.sendInteractiveMessage(interactiveRequest(target, message))).id;
    case 'template': {
      const answer = await client.sendTemplateMessages({
        template_name: message.template?.name ?? '',
        broadcast_name: `wcap-inbox-${message.id}`,
        recipients: [
          {
            phone_number: target,
            local_message_id,
            custom_params: message.template?.parameters ?? [],
          },
        ],
      });
      const ours = answer.recipients?.find((item) => item.local_message_id === local_message_id);
      if (ours?.errors?.length) {
        throw new WatiValidationError({
          operation: 'sendTemplateMessages',
          status: 200,
          detail: ours.errors.join('; '),
        });
      }
      // A template send answers with a broadcast, not a message: its webhooks carry our id.
      return null;
    }
    default:
      throw new WatiValidationError({
        operation: 'send',
        status: null,
        detail: `a ${message.kind} message cannot be sent`,
      });
  }
}

/**
 * WCAP's own message as the webhook filed it, claimed for this send: untouched since it was
 * created means the sweep has not taken it (taking it changes updated_at), and claiming it
 * changes updated_at so the sweep leaves it alone for a while.
 */
async function claimJustFiled(messageId: string): Promise<boolean> {
  const claimed = await asService(
    (sql) => sql`
      update public.messages set updated_at = now()
      where id = ${messageId} and status = 'queued' and updated_at = created_at
      returning id`,
  );
  return claimed.length > 0;
}

/**
 * Sends one queued message and records what Wati answered (private.record_send_outcome), with
 * `queries` (as the member for a reply, on the service connection otherwise). Never throws for
 * Wati: a refusal is recorded with its French reason.
 */
export async function sendQueuedMessage(
  queries: RunQueries,
  messageId: string,
  sender: Sender,
): Promise<SendOutcome> {
  const [message] = await queries(
    (sql) => sql<OutgoingMessage[]>`select * from private.outgoing_message(${messageId})`,
  );
  if (!message || message.status !== 'queued') return 'skipped';
  if (sender === 'just_filed' && !(await claimJustFiled(messageId))) return 'skipped';
  return await sendOutgoingMessage(queries, message, sender);
}

interface CachedConnection {
  at: number;
  connection: Promise<WatiConnection | undefined>;
}

const connections = new Map<string, CachedConnection>();
/** Saved credentials reach the chatbot's sends within this time. */
const CONNECTION_TTL_MS = 30_000;

/** The organisation's Wati for the chatbot's sends, read again after CONNECTION_TTL_MS. */
function cachedConnection(organizationId: string): Promise<WatiConnection | undefined> {
  const cached = connections.get(organizationId);
  if (cached && Date.now() - cached.at < CONNECTION_TTL_MS) return cached.connection;
  const connection = serviceWatiConnection(organizationId);
  if (connections.size > 1_000) connections.clear();
  connections.set(organizationId, { at: Date.now(), connection });
  connection.catch(() => connections.delete(organizationId));
  return connection;
}

interface SendRecord {
  message: string;
  watiId: string | null;
  code: string | null;
  reason: string | null;
  /** Status webhooks lock a message by this key (wati-webhook's statusLockOrder): so do these. */
  lockKey: string;
}

const recordOutcomes = async (rows: SendRecord[]): Promise<void> => {
  const sql = serviceDatabase();
  const outcomes = rows.map(({ lockKey: _lockKey, ...row }) => row);
  await sql`select private.record_send_outcomes(${sql.json(outcomes as never)})`;
};

// The chatbot's answers go out in bursts: what Wati answered to each is recorded by one call per
// burst. Should that call fail, each is recorded alone, so that one cannot fail the others.
const claimedOutcomes = new MicroBatcher<SendRecord, unknown>({
  maxItems: 500,
  maxWaitMs: 3,
  maxInFlight: 1,
  keyOf: (row) => row.message,
  flush: async (batch) => {
    const ordered = inLockOrder(batch, (row) => row.lockKey);
    try {
      await recordOutcomes(ordered);
      return batch.map(() => null);
    } catch {
      const errors = new Map<SendRecord, unknown>();
      for (const row of ordered) {
        errors.set(
          row,
          await recordOutcomes([row]).then(
            () => null,
            (error: unknown) => error,
          ),
        );
      }
      return batch.map((row) => errors.get(row));
    }
  },
});

async function recordClaimedOutcome(
  message: OutgoingMessage,
  watiId: string | null,
  failure: Failure | undefined,
): Promise<void> {
  const { result: error } = await claimedOutcomes.submit({
    message: message.id,
    watiId,
    code: failure?.code ?? null,
    reason: failure?.reason ?? null,
    lockKey: `${message.organization_id} ${message.local_message_id}`,
  });
  if (error) throw error;
}

/**
 * Sends a queued message already read (the chatbot gets its messages back from the transaction
 * that filed them) and records what Wati answered; see sendQueuedMessage.
 */
export async function sendOutgoingMessage(
  queries: RunQueries,
  message: OutgoingMessage,
  sender: Sender,
): Promise<SendOutcome> {
  const messageId = message.id;
  const record = async (watiId: string | null, failure?: Failure): Promise<void> => {
    if (sender === 'claimed') return await recordClaimedOutcome(message, watiId, failure);
    await queries(
      (sql) => sql`
        select private.record_send_outcome(
          ${messageId}, ${watiId}, ${failure?.code ?? null}, ${failure?.reason ?? null})`,
    );
  };

  let connection: WatiConnection | undefined;
  let watiId: string | null = null;
  try {
    // Only admins may read the Wati credentials: the member's reply was authorised by SQL
    // already (prepare_reply), the send itself goes through the service connection.
    // The chatbot's bursts read the credentials once in a while; other sends read them each time,
    // so that a connection just saved or removed applies to the very next message.
    connection = await (sender === 'claimed'
      ? cachedConnection(message.organization_id)
      : serviceWatiConnection(message.organization_id));
    if (connection) watiId = await deliver(connection, message);
  } catch (error) {
    const { failure, final } = await describeFailure(error);
    if (!final && sender !== 'member') return 'queued';
    await record(null, failure);
    return 'failed';
  }
  if (!connection) {
    connections.delete(message.organization_id);
    await record(null, await failureOf(noConnection()));
    return 'failed';
  }
  await record(watiId);
  return 'sent';
}
