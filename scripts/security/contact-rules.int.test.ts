import { beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../stack/sql';
import { stackInfo } from '../../test-support/clients';
import { createTeam, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';

interface ImportResult {
  imported: number;
  updated: number;
  unchanged: number;
  overQuota: number;
  firstOverQuotaLine: number | null;
  invalid: { line: number; value: string }[];
  remaining: number | null;
}

type Row = {
  line: number;
  phone: string | null;
  name?: string;
  email?: string;
  tags?: string[];
  attributes?: Record<string, string>;
};

let serial = 0;
/** Cameroonian mobile numbers (MTN 67x) no other test of the run uses. */
function freshPhones(count: number): string[] {
  const base = 10_000_000 + (process.pid % 1000) * 10_000 + (serial += 100);
  return Array.from({ length: count }, (_, i) => `+23767${String(base + i).slice(1)}`);
}

async function importAs(
  team: Team,
  persona: 'owner' | 'admin' | 'agent' | 'viewer' | 'stranger',
  rows: Row[],
  options: { update_existing?: boolean; add_tags?: string[] } = {},
) {
  return team.clients[persona].rpc('import_contacts', {
    organization_id: team.organizationId,
    rows,
    update_existing: options.update_existing ?? false,
    add_tags: options.add_tags ?? [],
  });
}

async function imported(team: Team, rows: Row[], options = {}): Promise<ImportResult> {
  const { data, error } = await importAs(team, 'admin', rows, options);
  if (error) throw error;
  return data as ImportResult;
}

async function setQuota(team: Team, quota: number | null): Promise<void> {
  await sql(`update public.organizations set contacts_quota = $2 where id = $1`, [
    team.organizationId,
    quota,
  ]);
}

async function contactCount(team: Team): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `select count(*)::int as n from public.contacts where organization_id = $1`,
    [team.organizationId],
  );
  return row!.n;
}

describe('import_contacts', () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam('import');
  });

  it('is for admins of the organisation only', async () => {
    const rows = [{ line: 2, phone: freshPhones(1)[0]! }];
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      const { error } = await importAs(team, persona, rows);
      expect(error?.message, persona).toMatch(/administrateurs/);
    }
    const anonymous = await team.clients.anonymous.rpc('import_contacts', {
      organization_id: team.organizationId,
      rows,
    });
    expect(anonymous.error).not.toBeNull();
    expect(await contactCount(team)).toBe(0);
  });

  it('counts new, existing and invalid rows, and keeps the first of repeated numbers', async () => {
    const [a, b] = freshPhones(2);
    const result = await imported(
      team,
      [
        { line: 2, phone: a!, name: 'Éloïse Ngo Biyong', tags: ['vip'] },
        { line: 3, phone: 'pas un numéro' },
        { line: 4, phone: a!, name: 'Doublon' },
        { line: 5, phone: b!, email: 'pas-un-email', attributes: { ville: 'Douala' } },
        { line: 6, phone: null },
      ],
      { add_tags: ['cnsa', ' '] },
    );
    expect(result).toMatchObject({ imported: 2, updated: 0, unchanged: 0, overQuota: 0 });
    expect(result.invalid).toEqual([
      {
        line: 3,
        value: 'pas un numéro',
        reason: 'Numéro attendu au format international E.164 (ex. +237671234567)',
      },
      { line: 6, value: '', reason: 'Numéro manquant' },
    ]);
    const rows = await sql(
      `select phone, name, email, tags, attributes, opt_in_status, opt_in_source
       from public.contacts where phone = any($1) order by phone`,
      [[a, b]],
    );
    expect(rows).toEqual([
      {
        phone: a,
        name: 'Éloïse Ngo Biyong',
        email: null,
        tags: ['cnsa', 'vip'],
        attributes: {},
        opt_in_status: 'opted_in',
        opt_in_source: 'import',
      },
      {
        phone: b,
        name: null,
        email: null,
        tags: ['cnsa'],
        attributes: { ville: 'Douala' },
        opt_in_status: 'opted_in',
        opt_in_source: 'import',
      },
    ]);
  });

  it('changes nothing when the same rows come twice; merges only when asked', async () => {
    const [a] = freshPhones(1);
    const rows: Row[] = [
      { line: 2, phone: a!, name: 'Paul Biya', attributes: { ville: 'Yaoundé' } },
    ];
    await imported(team, rows, { add_tags: ['cnsa'] });
    // The Wati contact sync (every 5 s) would write the row meanwhile: it waits a day here.
    await sql(
      `update public.contacts set wati_sync_due_at = now() + interval '1 day' where phone = $1`,
      [a],
    );
    const before = await sql(`select * from public.contacts where phone = $1`, [a]);

    expect(await imported(team, rows, { add_tags: ['cnsa'] })).toMatchObject({
      imported: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await imported(team, rows, { update_existing: true, add_tags: ['cnsa'] })).toMatchObject(
      {
        imported: 0,
        updated: 0,
        unchanged: 1,
      },
    );
    expect(await sql(`select * from public.contacts where phone = $1`, [a])).toEqual(before);

    const merged = await imported(
      team,
      [{ line: 9, phone: a!, name: 'Paul B.', tags: ['relance'], attributes: { age: '41' } }],
      { update_existing: true },
    );
    expect(merged).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    const [after] = await sql(
      `select name, tags, attributes, wati_sync_status from public.contacts where phone = $1`,
      [a],
    );
    expect(after).toEqual({
      name: 'Paul B.',
      tags: ['cnsa', 'relance'],
      attributes: { ville: 'Yaoundé', age: '41' },
      wati_sync_status: 'pending',
    });
  });

  it('never re-subscribes a contact who opted out', async () => {
    const [a] = freshPhones(1);
    await imported(team, [{ line: 2, phone: a! }]);
    await sql(
      `update public.contacts set opt_in_status = 'opted_out', opt_in_source = 'whatsapp' where phone = $1`,
      [a],
    );
    await imported(team, [{ line: 2, phone: a!, name: 'Revenu' }], { update_existing: true });
    const [row] = await sql(`select name, opt_in_status from public.contacts where phone = $1`, [
      a,
    ]);
    expect(row).toEqual({ name: 'Revenu', opt_in_status: 'opted_out' });
  });

  it('refuses more than 10,000 rows at once, or rows that are not a list', async () => {
    const tooMany = Array.from({ length: 10_001 }, (_, i) => ({ line: i + 2, phone: null }));
    expect((await importAs(team, 'admin', tooMany)).error?.message).toMatch(/10 000 lignes/);
    const notAList = await team.clients.admin.rpc('import_contacts', {
      organization_id: team.organizationId,
      rows: { line: 1 },
    });
    expect(notAList.error?.message).toMatch(/liste/);
  });
});

describe('the contact quota', () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam('quota');
  });

  it('stops an import at the quota, in line order, without half-writing', async () => {
    await setQuota(team, 5);
    const phones = freshPhones(8);
    const result = await imported(
      team,
      phones.map((phone, i) => ({ line: 20 - i, phone })),
    );
    expect(result).toMatchObject({
      imported: 5,
      overQuota: 3,
      firstOverQuotaLine: 18,
      remaining: 0,
    });
    // Lines 20 down to 13 were sent: the five kept are lines 13 to 17, the last five numbers.
    const kept = await sql<{ phone: string }>(
      `select phone from public.contacts where organization_id = $1 order by phone`,
      [team.organizationId],
    );
    expect(kept.map((row) => row.phone)).toEqual(phones.slice(3));

    const next = await imported(team, [{ line: 2, phone: freshPhones(1)[0]! }]);
    expect(next).toMatchObject({ imported: 0, overQuota: 1, remaining: 0 });
  });

  it('holds when two imports run at once', async () => {
    await sql(`delete from public.contacts where organization_id = $1`, [team.organizationId]);
    await setQuota(team, 5);
    const first = freshPhones(4).map((phone, i) => ({ line: i + 2, phone }));
    const second = freshPhones(4).map((phone, i) => ({ line: i + 2, phone }));
    const results = await Promise.all([imported(team, first), imported(team, second)]);
    expect(results.map((r) => r.imported).reduce((a, b) => a + b)).toBe(5);
    expect(await contactCount(team)).toBe(5);
  });

  it('holds for contacts added one by one, with a French message', async () => {
    await sql(`delete from public.contacts where organization_id = $1`, [team.organizationId]);
    await setQuota(team, 1);
    const [a, b] = freshPhones(2);
    const agent = team.clients.agent;
    const first = await agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: a });
    expect(first.error).toBeNull();
    const second = await agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: b });
    expect(second.error?.message).toMatch(
      /Quota de contacts atteint : votre abonnement permet 1 contacts/,
    );
    expect(await contactCount(team)).toBe(1);

    const usage = await agent.rpc('organization_usage', { organization_id: team.organizationId });
    expect(usage.data).toEqual([expect.objectContaining({ contacts: 1 })]);
    await setQuota(team, null);
  });
});

describe('the contact quota on re-subscription', () => {
  /** What the WhatsApp webhook does on a STOP from a number, with the service role's rights. */
  async function stopFromWhatsApp(team: Team, phone: string): Promise<string> {
    return withClient(stackInfo().dbUrl, async (client) => {
      await client.query('begin');
      await client.query('set local role service_role');
      const { rows } = await client.query<{ outcome: string }>(
        `select private.opt_out_from_whatsapp($1, $2, 'CM', 'Inconnu', now()) as outcome`,
        [team.organizationId, phone],
      );
      await client.query('commit');
      return rows[0]!.outcome;
    });
  }

  const consentOf = (team: Team) =>
    sql<{ phone: string; opt_in_status: string; events: number }>(
      `select c.phone, c.opt_in_status::text,
              (select count(*)::int from public.contact_consent_events e where e.contact_id = c.id) as events
       from public.contacts c where c.organization_id = $1 order by c.phone`,
      [team.organizationId],
    );

  /** Owners' and admins' « Réabonner », with the reason and the proof of consent it requires. */
  const resubscribe = (team: Team, phone: string) =>
    sql<{ id: string }>(
      `select id from public.contacts where organization_id = $1 and phone = $2`,
      [team.organizationId, phone],
    ).then(([contact]) =>
      team.clients.admin.rpc('resubscribe_contact', {
        contact_id: contact!.id,
        reason: 'A redemandé les rappels au guichet',
        proof: 'Formulaire papier signé le 3 mars',
      }),
    );

  it('refuses re-subscribing an opt-out kept beyond the quota, and changes nothing', async () => {
    const team = await createTeam('resubscribe');
    await setQuota(team, 3);
    const subscribed = freshPhones(3);
    const inserted = await team.clients.admin
      .from('contacts')
      .insert(subscribed.map((phone) => ({ organization_id: team.organizationId, phone })));
    expect(inserted.error).toBeNull();
    const strangers = freshPhones(2);
    for (const phone of strangers) expect(await stopFromWhatsApp(team, phone)).toBe('created');
    expect(await contactCount(team)).toBe(5);
    const before = await consentOf(team);

    const refused = await resubscribe(team, strangers[0]!);
    expect(refused.error).toMatchObject({
      code: 'P0001',
      message: 'Quota de contacts atteint : votre abonnement permet 3 contacts.',
      hint: 'contact_quota_reached',
      details: '{"limit": 3}',
    });
    expect(refused.status).toBe(400);
    expect(await consentOf(team)).toEqual(before);

    // Within the quota again, the same re-subscriptions go through: the refusal was the quota's.
    const removed = await team.clients.admin
      .from('contacts')
      .delete({ count: 'exact' })
      .eq('organization_id', team.organizationId)
      .in('phone', subscribed.slice(0, 2));
    expect(removed.count).toBe(2);
    for (const phone of strangers) expect((await resubscribe(team, phone)).error).toBeNull();
    const [still] = await sql<{ count: number }>(
      `select count(*)::int from public.contacts where organization_id = $1 and opt_in_status = 'opted_out'`,
      [team.organizationId],
    );
    expect(still!.count).toBe(0);
  });
});

describe('consent', () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam('consent');
  });

  it('records who changed the opt-in status, when and from where', async () => {
    const [a] = freshPhones(1);
    const agent = team.clients.agent;
    const { data: contact, error } = await agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: a, name: 'Awa' })
      .select('id, opted_out_at')
      .single();
    if (error) throw error;
    expect(contact.opted_out_at).toBeNull();

    await agent
      .from('contacts')
      .update({ opt_in_status: 'opted_out', opt_in_source: 'manual' })
      .eq('id', contact.id);
    const [out] = await sql(`select opted_out_at from public.contacts where id = $1`, [contact.id]);
    expect(out!.opted_out_at).toBeInstanceOf(Date);

    await agent.from('contacts').update({ name: 'Awa N.' }).eq('id', contact.id);
    // Re-subscribing is an owner's or an admin's, with a reason and a proof of consent.
    const back = await team.clients.admin.rpc('resubscribe_contact', {
      contact_id: contact.id,
      reason: 'Elle a redemandé les rappels',
      proof: 'Formulaire papier signé le 3 mars',
    });
    expect(back.error).toBeNull();

    const { data: history } = await team.clients.viewer
      .from('contact_consent_events')
      .select('status, source, changed_by')
      .eq('contact_id', contact.id)
      .order('id');
    expect(history).toEqual([
      { status: 'opted_out', source: 'manual', changed_by: team.userIds.agent },
      { status: 'opted_in', source: 'manual', changed_by: team.userIds.admin },
    ]);
    const [now] = await sql(`select opted_out_at from public.contacts where id = $1`, [contact.id]);
    expect(now!.opted_out_at).toBeNull();
  });

  it('keeps sync state and consent dates out of members’ hands', async () => {
    const [a] = freshPhones(1);
    const agent = team.clients.agent;
    const forged = await agent.from('contacts').insert({
      organization_id: team.organizationId,
      phone: a,
      wati_sync_status: 'synced',
    });
    expect(forged.error?.code).toBe('42501');
    const { data } = await agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: a })
      .select('id')
      .single();
    const stamped = await agent
      .from('contacts')
      .update({ opted_out_at: new Date().toISOString() })
      .eq('id', data!.id);
    expect(stamped.error?.code).toBe('42501');
  });
});
