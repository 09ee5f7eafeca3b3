import type { WatiClient } from '../wati/client.ts';
import { WatiError, WatiUnknownError } from '../wati/errors.ts';
import { DEFAULT_RETRY_POLICY } from '../wati/retry.ts';
import { serviceWatiConnection } from '../wati-connection.ts';
import { alreadyAtWati, describeFailure, failureOutcome } from './failures.ts';
import { beginRun, claimContacts, endRun, finishContacts, type ContactOutcome } from './queue.ts';
import { addContactRequest, updateEntry, watiNumber, type ClaimedContact } from './wati-contact.ts';

/** Contacts per `PUT /contacts` (Wati's largest page size). */
export const UPDATE_BATCH_SIZE = 100;
/** After a failure to reach Wati's settings (sandbox down, unreadable token). */
const CONNECTION_RETRY_SECONDS = 60;

export interface OrganizationReport {
  organizationId: string;
  synced: number;
  failed: number;
  requeued: number;
  calls: number;
  skipped?: 'busy' | 'no_connection';
  blockedSeconds?: number;
  error?: string;
}

/** One organisation's share of a run: its call budget, what it did, and when to stop. */
class OrganizationRun {
  readonly outcomes: ContactOutcome[] = [];
  /** When each call ended (ms since epoch). */
  readonly callEnds: number[] = [];
  blockSeconds: number | null = null;
  private stopped = false;

  constructor(
    private budget: number,
    private readonly deadline: number,
  ) {}

  get room(): number {
    return this.budget;
  }

  canCall(): boolean {
    return !this.stopped && this.budget > 0 && Date.now() < this.deadline;
  }

  /**
   * One call to Wati, counted against the window. An idempotent update that failed on a server
   * error was retried by the client, so every try it may have made is counted.
   */
  async call<T>(repeatable: boolean, send: () => Promise<T>): Promise<T> {
    this.budget -= 1;
    let tries = 1;
    try {
      return await send();
    } catch (error) {
      if (repeatable && error instanceof WatiError && error.kind === 'server') {
        tries = DEFAULT_RETRY_POLICY.attempts;
      }
      throw error;
    } finally {
      const end = Date.now();
      for (let i = 0; i < tries; i += 1) this.callEnds.push(end);
    }
  }

  synced(contact: ClaimedContact): void {
    this.outcomes.push({ id: contact.id, lease_until: lease(contact), outcome: 'synced' });
  }

  /** Back in the queue, no failure counted (out of time or calls, or Wati asked to wait). */
  requeue(contact: ClaimedContact, forget = false): void {
    this.outcomes.push({
      id: contact.id,
      lease_until: lease(contact),
      outcome: 'pending',
      retry_in_seconds: this.blockSeconds ?? 0,
      forget,
    });
  }

  failed(contacts: ClaimedContact[], error: unknown): void {
    if (!(error instanceof WatiError)) throw error;
    console.warn(`wati-contact-sync: ${error.message}`);
    const failure = describeFailure(error, contacts.length);
    if (failure.blockSeconds !== null) {
      this.blockSeconds = Math.max(this.blockSeconds ?? 0, failure.blockSeconds);
    }
    if (failure.stopRun) this.stopped = true;
    for (const contact of contacts) {
      this.outcomes.push({
        id: contact.id,
        lease_until: lease(contact),
        ...failureOutcome(failure, contact.attempts),
      });
    }
  }

  report(organizationId: string): OrganizationReport {
    const count = (outcome: ContactOutcome['outcome']) =>
      this.outcomes.filter((item) => item.outcome === outcome).length;
    return {
      organizationId,
      synced: count('synced'),
      failed: count('failed'),
      requeued: count('pending'),
      calls: this.callEnds.length,
      ...(this.blockSeconds === null ? {} : { blockedSeconds: this.blockSeconds }),
    };
  }
}

const lease = (contact: ClaimedContact): string => new Date(contact.lease_until).toISOString();

/**
 * `PUT /contacts` for contacts Wati should know. Those Wati updated are synced; returns the ones
 * missing from its answer (unknown to Wati). A failure is recorded for all of them.
 */
async function update(
  client: WatiClient,
  run: OrganizationRun,
  contacts: ClaimedContact[],
): Promise<ClaimedContact[]> {
  let answer;
  try {
    answer = await run.call(true, () =>
      client.updateContacts({ contacts: contacts.map(updateEntry) }),
    );
  } catch (error) {
    run.failed(contacts, error);
    return [];
  }
  const updated = new Set(
    answer.map((contact) => (contact.wa_id ?? contact.phone ?? '').replace(/\D/g, '')),
  );
  const missing: ClaimedContact[] = [];
  for (const contact of contacts) {
    if (updated.has(watiNumber(contact.phone))) run.synced(contact);
    else missing.push(contact);
  }
  return missing;
}

/** `POST /contacts`; true when Wati already had the number (then it needs an update instead). */
async function create(
  client: WatiClient,
  run: OrganizationRun,
  contact: ClaimedContact,
): Promise<boolean> {
  try {
    await run.call(false, () => client.addContact(addContactRequest(contact)));
    run.synced(contact);
    return false;
  } catch (error) {
    if (alreadyAtWati(error)) return true;
    run.failed([contact], error);
    return false;
  }
}

/**
 * Pushes the organisation's due contacts within the calls the window leaves: first the known
 * contacts, updated a hundred per call; then, one call each, those retried after a failure and
 * the new ones (created, or updated when Wati already had them — a number that wrote first).
 */
async function pushContacts(
  client: WatiClient,
  organizationId: string,
  run: OrganizationRun,
): Promise<void> {
  // Updates may take every call but one, which goes to the contacts sent alone.
  const batchCalls = run.room >= 2 ? run.room - 1 : run.room;
  const batches = chunks(
    await claimContacts(organizationId, true, batchCalls * UPDATE_BATCH_SIZE),
    UPDATE_BATCH_SIZE,
  );
  const left = run.room - batches.length;
  // One call kept for the numbers Wati turns out to know already.
  const singles = await claimContacts(organizationId, false, left >= 2 ? left - 1 : left);

  // Known to WCAP as synced, unknown to Wati (deleted there): to be created again.
  const lost: ClaimedContact[] = [];
  for (const batch of batches) {
    if (!run.canCall()) for (const contact of batch) run.requeue(contact);
    else lost.push(...(await update(client, run, batch)));
  }
  const toCreate: ClaimedContact[] = [];
  for (const contact of singles) {
    if (!contact.known) toCreate.push(contact);
    else if (!run.canCall()) run.requeue(contact);
    else lost.push(...(await update(client, run, [contact])));
  }
  const lostIds = new Set(lost.map((contact) => contact.id));

  const existing: ClaimedContact[] = [];
  for (const contact of [...lost, ...toCreate]) {
    if (!run.canCall()) run.requeue(contact, lostIds.has(contact.id));
    else if (await create(client, run, contact)) existing.push(contact);
  }

  if (existing.length === 0) return;
  if (!run.canCall()) {
    for (const contact of existing) run.requeue(contact);
    return;
  }
  const unconfirmed = await update(client, run, existing);
  for (const contact of unconfirmed) {
    run.failed(
      [contact],
      new WatiUnknownError({
        operation: 'updateContacts',
        status: 200,
        detail: 'the contact Wati said it had is missing from its answer',
      }),
    );
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size));
  }
  return result;
}

/**
 * One run for one organisation: takes its run lease and call budget, pushes what it can, records
 * each contact's outcome and the calls made, and frees the lease — also when something breaks
 * midway (contacts left claimed are due again when their lease ends).
 */
export async function syncOrganization(
  organizationId: string,
  deadline: number,
): Promise<OrganizationReport> {
  const available = await beginRun(organizationId);
  const empty = { organizationId, synced: 0, failed: 0, requeued: 0, calls: 0 };
  if (available <= 0) return { ...empty, skipped: 'busy' };

  const run = new OrganizationRun(available, deadline);
  try {
    let connection;
    try {
      connection = await serviceWatiConnection(organizationId);
    } catch (error) {
      console.error(`wati-contact-sync: no Wati connection for ${organizationId}`, error);
      run.blockSeconds = CONNECTION_RETRY_SECONDS;
      return { ...run.report(organizationId), error: 'connection' };
    }
    if (!connection) return { ...empty, skipped: 'no_connection' };
    await pushContacts(connection.client, organizationId, run);
    return run.report(organizationId);
  } finally {
    try {
      await finishContacts(organizationId, run.outcomes);
    } finally {
      const now = Date.now();
      await endRun(
        organizationId,
        run.callEnds.map((end) => now - end),
        run.blockSeconds,
      );
    }
  }
}
