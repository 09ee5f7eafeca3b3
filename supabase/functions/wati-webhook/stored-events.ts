import type postgres from 'postgres';
import { afterResponse } from '../_shared/after-response.ts';
import { storableCopy } from '../_shared/bounded-json.ts';
import { serviceDatabase } from '../_shared/database.ts';
import { MicroBatcher } from '../_shared/micro-batcher.ts';
import { answering, applyEvent, type Applied } from './apply-event.ts';
import type { IngestRow } from './batch-ingest.ts';
import { describeError } from './database-errors.ts';
import { classifyEvent, type WebhookAction } from './events.ts';
import { inboundItem, type InboundRow } from './inbound.ts';
import { statusItem } from './status-ingest.ts';

/** One event as received: whose it is, its key, its type and its body. */
export interface WebhookEvent {
  organizationId: string;
  key: string;
  eventType: string;
  payload: Record<string, unknown>;
}

/** What the webhook answers about an event. */
export type Handled = { duplicate: true } | { duplicate: false; outcome: string; reason?: string };

/** What `applyStored` carries out: any readable event. */
type StoredAction = Exclude<WebhookAction, { kind: 'invalid' }>;

/**
 * Keeps an event whose application failed, with its error, for another try (Wati delivering it
 * again, or the redelivery job). Its outcome: `deferred`, or `dead` after the last try; null when it
 * was applied meanwhile.
 */
export async function deferEvent(
  sql: postgres.ISql,
  event: WebhookEvent,
  error: unknown,
): Promise<string | null> {
  console.error(
    `wati-webhook: event ${event.key} of ${event.organizationId} not applied, kept for another try`,
    error,
  );
  const [row] = await sql<{ state: string | null }[]>`
    select private.defer_wati_webhook_event(
      ${event.organizationId}, ${event.key}, ${event.eventType}, ${sql.json(event.payload as never)},
      ${describeError(error)}) as state`;
  return row?.state ?? null;
}

/** Applies a stored event in `sql`'s transaction and marks it processed. */
async function applyIn(
  sql: postgres.TransactionSql,
  id: string,
  event: WebhookEvent,
  action: StoredAction,
): Promise<Applied> {
  const { organizationId: org, key, eventType, payload } = event;
  // Statuses and contacts' events: the batch functions, with a batch of one, mark the event
  // processed themselves.
  if (action.kind === 'status') {
    const item = statusItem(org, key, eventType, payload, action);
    const [row] = await sql<IngestRow[]>`
      select * from private.ingest_status_events(${sql.json([item] as never)})`;
    return { outcome: row?.outcome ?? 'unmatched' };
  }
  if (action.kind === 'inbound' || action.kind === 'seen') {
    const item = inboundItem(org, key, eventType, payload, action);
    const [row] = await sql<InboundRow[]>`
      select * from private.ingest_contact_messages(${sql.json([item] as never)})`;
    return { outcome: row?.outcome ?? 'unmatched', afterwards: answering(row?.send) };
  }
  const applied = await applyEvent(sql, org, action);
  await sql`
    update private.wati_webhook_events
    set processed_at = now(), next_attempt_at = null, outcome = ${applied.outcome}
    where id = ${id}`;
  return applied;
}

/**
 * Applies a stored event, locked by `sql`'s transaction. Whatever makes it fail rolls back what
 * it changed, and the event is kept in the same transaction with its error for another try.
 */
async function applyStored(
  sql: postgres.TransactionSql,
  id: string,
  event: WebhookEvent,
  action: StoredAction,
): Promise<Applied> {
  try {
    return await sql.savepoint((inner) => applyIn(inner, id, event, action));
  } catch (error) {
    return { outcome: (await deferEvent(sql, event, error)) ?? 'deferred' };
  }
}

interface FollowUpNote {
  org: string;
  key: string;
  more: string;
  /** Each note is its own, even two identical ones. */
  serial: number;
}

let notes = 0;

// A burst of answered events writes its follow-ups' words by one call, not one call each.
const followUpNotes = new MicroBatcher<FollowUpNote, null>({
  maxItems: 500,
  maxWaitMs: 5,
  maxInFlight: 1,
  keyOf: (note) => String(note.serial),
  flush: async (batch) => {
    const sql = serviceDatabase();
    const rows = batch.map(({ org, key, more }) => ({ org, key, more }));
    await sql`select private.note_event_follow_ups(${sql.json(rows as never)})`;
    return batch.map(() => null);
  },
});

/**
 * The follow-up of an applied event (`afterwards`), once the transaction that applied it is
 * committed; its words join the event's outcome.
 */
export function followUp(
  event: Pick<WebhookEvent, 'organizationId' | 'key'>,
  afterwards: Applied['afterwards'],
): void {
  if (!afterwards) return;
  afterResponse('wati-webhook', async () => {
    const more = await afterwards();
    notes += 1;
    await followUpNotes.submit({ org: event.organizationId, key: event.key, more, serial: notes });
  });
}

/** An event WCAP cannot read: kept as a dead letter with the reason, for ops, never applied. */
async function keepUnreadable(event: WebhookEvent, reason: string): Promise<Handled> {
  const sql = serviceDatabase();
  const [row] = await sql`
    insert into private.wati_webhook_events
      (organization_id, event_key, event_type, payload, last_error, dead_at)
    values (${event.organizationId}, ${event.key}, ${storableCopy(event.eventType) as string},
            ${sql.json(storableCopy(event.payload) as never)}, ${reason}, now())
    on conflict (organization_id, event_key) do nothing
    returning id`;
  return row ? { duplicate: false, outcome: 'invalid', reason } : { duplicate: true };
}

/**
 * An event other than a status or a contact's (those are batched): stored and applied in one
 * transaction, so it is never stored without being either applied or kept with its error for
 * another try. Delivered again while not applied, it is applied then. Its follow-up, if any, runs
 * once, after the commit of the transaction that applied it.
 */
export async function receiveEvent(
  event: WebhookEvent,
  action: Extract<WebhookAction, { kind: 'template' } | { kind: 'ignored' } | { kind: 'invalid' }>,
): Promise<Handled> {
  if (action.kind === 'invalid') return await keepUnreadable(event, action.reason);
  const stored = await serviceDatabase().begin(async (sql) => {
    const [row] = await sql<{ id: string }[]>`
      insert into private.wati_webhook_events as w (organization_id, event_key, event_type, payload)
      values (${event.organizationId}, ${event.key}, ${event.eventType},
              ${sql.json(event.payload as never)})
      on conflict (organization_id, event_key) do update set event_type = excluded.event_type
        where w.processed_at is null and w.dead_at is null
      returning w.id`;
    return row ? await applyStored(sql, row.id, event, action) : undefined;
  });
  if (!stored) return { duplicate: true };
  followUp(event, stored.afterwards);
  return { duplicate: false, outcome: stored.outcome };
}

interface StoredRow {
  id: string;
  organization_id: string;
  event_key: string;
  event_type: string;
  payload: Record<string, unknown>;
}

/** What one run of the redelivery job did. */
export interface RedeliveryReport {
  applied: number;
  deferred: number;
  dead: number;
  /** Taken meanwhile by a delivery of the same event, which applies it. */
  skipped: number;
}

/** Applies one stored event again, unless something else holds it; its outcome. */
async function redeliver(stored: StoredRow): Promise<string | undefined> {
  const event: WebhookEvent = {
    organizationId: stored.organization_id,
    key: stored.event_key,
    eventType: stored.event_type,
    payload: stored.payload,
  };
  const action = classifyEvent(event.payload);
  const result = await serviceDatabase().begin(async (sql) => {
    const [locked] = await sql`
      select 1 from private.wati_webhook_events
      where id = ${stored.id} and processed_at is null and dead_at is null
      for update skip locked`;
    if (!locked) return undefined;
    if (action.kind === 'invalid') {
      await sql`
        update private.wati_webhook_events
        set dead_at = now(), next_attempt_at = null, last_error = ${action.reason}
        where id = ${stored.id}`;
      return { outcome: 'dead' };
    }
    return await applyStored(sql, stored.id, event, action);
  });
  if (result) followUp(event, result.afterwards);
  return result?.outcome;
}

/** The redelivery job: applies again the stored events whose next attempt is due, oldest first. */
export async function redeliverDue(limit: number): Promise<RedeliveryReport> {
  const due = await serviceDatabase()<StoredRow[]>`
    select id, organization_id, event_key, event_type, payload
    from private.wati_webhook_events
    where processed_at is null and dead_at is null and next_attempt_at <= now()
    order by next_attempt_at
    limit ${limit}`;
  const report: RedeliveryReport = { applied: 0, deferred: 0, dead: 0, skipped: 0 };
  for (const stored of due) {
    const outcome = await redeliver(stored);
    if (outcome === undefined) report.skipped += 1;
    else if (outcome === 'deferred' || outcome === 'dead') report[outcome] += 1;
    else report.applied += 1;
  }
  return report;
}
