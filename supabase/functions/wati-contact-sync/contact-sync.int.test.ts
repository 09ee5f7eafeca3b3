import { FunctionsHttpError } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import {
  randomWaId,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import { serviceClient } from '../../../test-support/clients';
import { poller } from '../../../test-support/wait';

// The scheduler calls wati-contact-sync every 5 s: these tests only create contacts and watch.
const waitUntil = poller({ timeoutMs: 30_000, intervalMs: 250 });

interface SyncState extends Record<string, unknown> {
  id: string;
  phone: string;
  wati_sync_status: string;
  wati_sync_attempts: number;
  wati_sync_error: string | null;
  wati_sync_due_at: Date | string;
  wati_synced_at: Date | null;
}

async function connectedTeam(label: string): Promise<{ team: Team; wati: SandboxTenantControl }> {
  const team = await createTeam(label);
  return { team, wati: await sandboxTenant(team.organizationId, team.clients.owner) };
}

async function addContacts(
  team: Team,
  rows: Array<{
    phone: string;
    name?: string;
    tags?: string[];
    attributes?: object;
    email?: string;
    opt_in_status?: 'opted_in' | 'opted_out';
  }>,
): Promise<string[]> {
  const { data, error } = await team.clients.agent
    .from('contacts')
    // One set of columns for every row: PostgREST fills absent ones with null, not their default.
    .insert(
      rows.map((row) => ({
        organization_id: team.organizationId,
        name: null,
        email: null,
        tags: [],
        attributes: {},
        opt_in_status: 'opted_in',
        ...row,
      })),
    )
    .select('id');
  if (error) throw error;
  return data.map((row) => row.id as string);
}

async function syncStates(ids: string[]): Promise<SyncState[]> {
  return await sql<SyncState>(
    `select id, phone, wati_sync_status, wati_sync_attempts, wati_sync_error,
            case when wati_sync_due_at = 'infinity' then 'infinity' else wati_sync_due_at::text end as wati_sync_due_at,
            wati_synced_at
     from public.contacts where id = any ($1) order by phone`,
    [ids],
  );
}

const allSynced = async (ids: string[]) =>
  (await syncStates(ids)).every((row) => row.wati_sync_status === 'synced');

const paramsOf = (contact: { custom_params: Array<{ name: string; value: string }> }) =>
  Object.fromEntries(contact.custom_params.map(({ name, value }) => [name, value]));

describe('contacts pushed to Wati in the background', () => {
  it('creates new contacts at Wati with their attributes, tags and e-mail, opted-out ones too', async () => {
    const { team, wati } = await connectedTeam('sync-new');
    const [awa, moise] = [randomWaId(), randomWaId()];
    const ids = await addContacts(team, [
      {
        phone: `+${awa}`,
        name: 'Awa Ngo Biyong',
        email: 'awa@exemple.cm',
        tags: ['assurés', 'employeurs'],
        attributes: { ville: 'Yaoundé', numero_assure: 'CNSA-000123' },
      },
      { phone: `+${moise}`, opt_in_status: 'opted_out' },
    ]);
    await waitUntil(() => allSynced(ids), 'both contacts synced');
    for (const row of await syncStates(ids)) {
      expect(row).toMatchObject({ wati_sync_attempts: 0, wati_sync_error: null });
      expect(row.wati_synced_at).toBeInstanceOf(Date);
    }
    const atWati = await wati.contacts();
    const created = atWati.find((contact) => contact.wa_id === awa)!;
    expect(created.name).toBe('Awa Ngo Biyong');
    expect(paramsOf(created)).toEqual({
      ville: 'Yaoundé',
      numero_assure: 'CNSA-000123',
      tags: 'assurés, employeurs',
      email: 'awa@exemple.cm',
    });
    expect(atWati.find((contact) => contact.wa_id === moise)?.name).toBe(`+${moise}`);

    // Members read the sync state; they cannot forge it.
    const { data } = await team.clients.viewer
      .from('contacts')
      .select('wati_sync_status')
      .in('id', ids);
    expect(data).toEqual([{ wati_sync_status: 'synced' }, { wati_sync_status: 'synced' }]);
    const forged = await team.clients.admin
      .from('contacts')
      .update({ wati_sync_status: 'failed' } as never)
      .eq('id', ids[0]!);
    expect(forged.error).not.toBeNull();
  });

  it('pushes a change again: pending at once, then synced with the new values at Wati', async () => {
    const { team, wati } = await connectedTeam('sync-change');
    const waId = randomWaId();
    const [id] = await addContacts(team, [
      {
        phone: `+${waId}`,
        name: 'Hervé Abena',
        tags: ['assurés'],
        attributes: { ville: 'Douala' },
      },
    ]);
    await waitUntil(() => allSynced([id!]), 'the first push');
    const firstPush = (await syncStates([id]))[0]!.wati_synced_at!;

    const changed = await team.clients.agent
      .from('contacts')
      .update({ attributes: { ville: 'Garoua' }, tags: [] })
      .eq('id', id!);
    expect(changed.error).toBeNull();
    expect((await syncStates([id]))[0]!.wati_sync_status).toMatch(/^(pending|syncing)$/);

    await waitUntil(async () => {
      const [row] = await syncStates([id!]);
      return row!.wati_sync_status === 'synced' && row!.wati_synced_at! > firstPush;
    }, 'the second push');
    const contact = (await wati.contacts()).find((item) => item.wa_id === waId)!;
    expect(paramsOf(contact)).toMatchObject({ ville: 'Garoua', tags: '' });
    const operations = (await wati.calls()).map((call) => call.operation);
    expect(operations).toEqual(['addContact', 'updateContacts']);
  });

  it('updates known contacts a hundred per call (after a bulk change, for instance)', async () => {
    const { team, wati } = await connectedTeam('sync-bulk');
    const numbers = new Set<string>();
    while (numbers.size < 150) numbers.add(randomWaId());
    await wati.seedContacts([...numbers].map((waId) => ({ whatsapp_number: waId })));
    // Pushed once already, changed since: as after « Ajouter une étiquette » on a selection.
    const rows = await sql<{ id: string }>(
      `insert into public.contacts (organization_id, phone, tags, wati_sync_status, wati_synced_at)
       select $1, '+' || n, array['relance'], 'pending', now() - interval '1 day'
       from unnest($2::text[]) n
       returning id`,
      [team.organizationId, [...numbers]],
    );
    const ids = rows.map((row) => row.id);

    await waitUntil(() => allSynced(ids), 'the 150 updates');
    expect((await wati.calls()).map(({ operation, status }) => ({ operation, status }))).toEqual([
      { operation: 'updateContacts', status: 200 },
      { operation: 'updateContacts', status: 200 },
    ]);
    const atWati = await wati.contacts();
    expect(atWati).toHaveLength(150);
    expect(atWati.every((contact) => paramsOf(contact).tags === 'relance')).toBe(true);
  });

  it('updates a number Wati already knows (it wrote first) instead of failing', async () => {
    const { team, wati } = await connectedTeam('sync-known');
    const waId = randomWaId();
    // Wati has the number already (as when the contact wrote first). Seeded rather than written:
    // a message would also reach WCAP's webhook, which files the contact itself, racing the add.
    await wati.seedContacts([{ whatsapp_number: waId }]);
    const [id] = await addContacts(team, [
      { phone: `+${waId}`, name: 'Clémence Bello', attributes: { ville: 'Bafoussam' } },
    ]);
    await waitUntil(() => allSynced([id!]), 'the push');
    const contact = (await wati.contacts()).find((item) => item.wa_id === waId)!;
    expect(paramsOf(contact)).toMatchObject({ ville: 'Bafoussam' });
  });

  it('records Wati’s failures in French, backs off, and lets admins retry', async () => {
    const { team, wati } = await connectedTeam('sync-failure');
    await wati.setFaults({ unavailableRate: 1 });
    const [id] = await addContacts(team, [{ phone: `+${randomWaId()}`, name: 'Ibrahim Kamga' }]);

    await waitUntil(
      async () => (await syncStates([id]))[0]!.wati_sync_status === 'failed',
      'the failure',
    );
    const [failed] = await syncStates([id!]);
    expect(failed).toMatchObject({
      wati_sync_attempts: 1,
      wati_sync_error:
        'Wati ne répond pas correctement pour le moment. Un nouvel essai aura lieu automatiquement.',
    });
    const wait = (Date.parse(String(failed!.wati_sync_due_at)) - Date.now()) / 1000;
    expect(wait).toBeGreaterThan(15);
    expect(wait).toBeLessThanOrEqual(30);

    const agent = await team.clients.agent.rpc('retry_contact_sync', {
      organization_id: team.organizationId,
    });
    expect(agent.error).toMatchObject({
      code: '42501',
      message: 'Seuls les administrateurs relancent la synchronisation des contacts avec Wati.',
    });
    const viewer = await team.clients.viewer.rpc('retry_contact_sync', {
      organization_id: team.organizationId,
    });
    expect(viewer.error?.code).toBe('42501');
    const stranger = await team.clients.stranger.rpc('retry_contact_sync', {
      organization_id: team.organizationId,
      contact_ids: [id!],
    });
    expect(stranger.error?.code).toBe('42501');
    // Their own organisation does not reach our contacts either.
    const elsewhere = await team.clients.stranger.rpc('retry_contact_sync', {
      organization_id: team.otherOrganizationId,
      contact_ids: [id!],
    });
    expect(elsewhere).toMatchObject({ data: 0, error: null });
    const anonymous = await team.clients.anonymous.rpc('retry_contact_sync', {
      organization_id: team.organizationId,
    });
    expect(anonymous.error).not.toBeNull();
    expect((await syncStates([id]))[0]!.wati_sync_status).toBe('failed');

    await wati.setFaults({});
    const admin = await team.clients.admin.rpc('retry_contact_sync', {
      organization_id: team.organizationId,
      contact_ids: [id!],
    });
    expect(admin).toMatchObject({ data: 1, error: null });
    await waitUntil(() => allSynced([id!]), 'the retried push', 15_000);
    expect((await syncStates([id]))[0]!.wati_sync_error).toBeNull();
  });

  it('does not retry on its own a number Wati refuses', async () => {
    const { team, wati } = await connectedTeam('sync-refused');
    // Seven digits: a valid E.164 shape, too short for WhatsApp (and for the sandbox). A member's
    // own write refuses it, so it is stored the way the server's paths store a number.
    const [{ id }] = (await sql<{ id: string }>(
      `insert into public.contacts (organization_id, phone, name) values ($1, '+1234567', 'Numéro court')
       returning id`,
      [team.organizationId],
    )) as [{ id: string }];
    await waitUntil(
      async () => (await syncStates([id]))[0]!.wati_sync_status === 'failed',
      'the refusal',
    );
    expect((await syncStates([id]))[0]).toMatchObject({
      wati_sync_error: 'Numéro refusé par Wati : ce n’est pas un numéro WhatsApp valide.',
      wati_sync_due_at: 'infinity',
    });
    const callsBefore = (await wati.calls()).length;
    // A contact added after it is pushed by a later run: that run left the refused number alone.
    const [later] = await addContacts(team, [
      { phone: `+${randomWaId()}`, name: 'Contact suivant' },
    ]);
    await waitUntil(() => allSynced([later!]), 'the later contact synced');
    expect((await wati.calls()).slice(callsBefore).map(({ operation }) => operation)).toEqual([
      'addContact',
    ]);
    expect((await syncStates([id]))[0]).toMatchObject({
      wati_sync_status: 'failed',
      wati_sync_due_at: 'infinity',
    });
  });

  it(
    'keeps within 10 contact calls per 10 s and never meets a 429',
    { timeout: 90_000 },
    async () => {
      const { team, wati } = await connectedTeam('sync-pace');
      const ids = await addContacts(
        team,
        Array.from({ length: 24 }, (_, index) => ({
          phone: `+${randomWaId()}`,
          name: `Contact ${index + 1}`,
        })),
      );
      await waitUntil(() => allSynced(ids), 'all 24 contacts synced', 75_000);

      const calls = await wati.calls();
      expect(calls.every((call) => call.status === 200)).toBe(true);
      expect(calls.filter((call) => call.operation === 'addContact')).toHaveLength(24);
      const times = calls.map((call) => Date.parse(call.at));
      for (const at of times) {
        const inWindow = times.filter((other) => other > at - 10_000 && other <= at).length;
        expect(inWindow).toBeLessThanOrEqual(10);
      }
      // 24 creations need three windows at Wati's pace.
      expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(10_000);
    },
  );

  it('backs the organisation off for as long as a 429’s Retry-After says, then goes on', async () => {
    const { team, wati } = await connectedTeam('sync-429');
    await wati.setFaults({ rateLimitBurst: { requests: 1, retryAfterSeconds: 9 } });
    const ids = await addContacts(team, [{ phone: `+${randomWaId()}`, name: 'Désiré Ondoa' }]);

    const blockedUntil = async () =>
      (
        await sql<{ blocked_until: Date | null }>(
          `select blocked_until from private.wati_contact_sync_state where organization_id = $1`,
          [team.organizationId],
        )
      )[0]?.blocked_until ?? null;
    await waitUntil(async () => (await blockedUntil()) !== null, 'the back-off');
    const [refused] = await wati.calls();
    expect(refused).toMatchObject({ operation: 'addContact', status: 429 });
    const until = (await blockedUntil())!.getTime();
    expect(until - Date.parse(refused!.at)).toBeGreaterThanOrEqual(9000);
    // Waiting for Wati is not a failure of the contact.
    expect((await syncStates(ids))[0]).toMatchObject({
      wati_sync_status: 'pending',
      wati_sync_attempts: 0,
      wati_sync_error: null,
    });

    await waitUntil(() => allSynced(ids), 'the push after the wait', 25_000);
    const [, accepted] = await wati.calls();
    expect(accepted).toMatchObject({ operation: 'addContact', status: 200 });
    expect(Date.parse(accepted!.at)).toBeGreaterThanOrEqual(until - 1000);
  });

  it('takes back a contact whose sync lease ended (a run killed midway), not one still leased', async () => {
    const { team, wati } = await connectedTeam('sync-lease');
    const [abandoned, leased] = [randomWaId(), randomWaId()];
    const rows = await sql<{ id: string; phone: string }>(
      `insert into public.contacts (organization_id, phone, name, wati_sync_status, wati_sync_due_at)
       values ($1, $2, 'Run interrompu', 'syncing', now() - interval '1 second'),
              ($1, $3, 'Encore réservé', 'syncing', now() + interval '1 hour')
       returning id, phone`,
      [team.organizationId, `+${abandoned}`, `+${leased}`],
    );
    const idOf = (waId: string) => rows.find((row) => row.phone === `+${waId}`)!.id;

    await waitUntil(() => allSynced([idOf(abandoned)]), 'the abandoned contact synced');
    expect((await wati.contacts()).map((contact) => contact.wa_id)).toEqual([abandoned]);
    expect((await syncStates([idOf(leased)]))[0]!.wati_sync_status).toBe('syncing');
  });

  it('skips organisations without a Wati connection: their contacts stay pending', async () => {
    const team = await createTeam('sync-unconnected');
    await sql(`update public.organizations set mode = 'live' where id = $1`, [team.organizationId]);
    const ids = await addContacts(team, [{ phone: `+${randomWaId()}` }]);

    const { data, error } = await serviceClient().functions.invoke('wati-contact-sync', {
      body: { organizationId: team.organizationId },
    });
    expect(error).toBeNull();
    expect(data.organizations).toEqual([
      expect.objectContaining({ organizationId: team.organizationId, skipped: 'no_connection' }),
    ]);
    expect((await syncStates(ids))[0]).toMatchObject({
      wati_sync_status: 'pending',
      wati_sync_attempts: 0,
    });
  });

  it('runs only for the service role', async () => {
    const team = await createTeam('sync-callers');
    const refused = await team.clients.owner.functions.invoke('wati-contact-sync', { body: {} });
    expect((refused.error as FunctionsHttpError).context.status).toBe(403);
  });
});
