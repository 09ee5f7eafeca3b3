import { beforeAll, describe, expect, it } from 'vitest';
import { withClient } from '../stack/sql';
import { stackInfo } from '../../test-support/clients';
import { createTeam, type Team } from '../../test-support/personas';
import { sql } from '../../test-support/database';

// Re-subscribing a contact who opted out is an owner's or an admin's, with a reason and a proof of
// the contact's consent that the history keeps beside who did it; opting out stays open to agents.
// Tried through supabase-js, as the SPA and a script with a member's token would.

/** A Cameroonian mobile number (MTN 67x), as members may add. */
const freshPhone = (): string =>
  `+23767${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

const reason = 'A redemandé les rappels de cotisation au guichet de Douala';
const proof = 'Formulaire papier signé le 3 mars, classé au dossier 2026-031';

let team: Team;

beforeAll(async () => {
  team = await createTeam('reabonnement');
});

/** A contact of the team, opted out by an agent (a member's own choice, not the contact's). */
async function optedOutByAgent(): Promise<string> {
  const { data, error } = await team.clients.agent
    .from('contacts')
    .insert({ organization_id: team.organizationId, phone: freshPhone(), name: 'Awa' })
    .select('id')
    .single();
  if (error) throw error;
  const out = await team.clients.agent
    .from('contacts')
    .update({ opt_in_status: 'opted_out', opt_in_source: 'manual' }, { count: 'exact' })
    .eq('id', data.id);
  expect(out).toMatchObject({ error: null, count: 1 });
  return data.id as string;
}

/** A contact who wrote STOP on WhatsApp (the webhook's function, with the service role's rights). */
async function optedOutOnWhatsApp(): Promise<string> {
  const phone = freshPhone();
  await withClient(stackInfo().dbUrl, async (client) => {
    await client.query('begin');
    await client.query('set local role service_role');
    await client.query(`select private.opt_out_from_whatsapp($1, $2, 'CM', 'Inconnu', now())`, [
      team.organizationId,
      phone,
    ]);
    await client.query('commit');
  });
  const [row] = await sql<{ id: string }>(
    `select id from public.contacts where organization_id = $1 and phone = $2`,
    [team.organizationId, phone],
  );
  return row!.id;
}

const statusOf = async (id: string) =>
  (
    await sql<{ status: string }>(
      `select opt_in_status::text as status from public.contacts where id = $1`,
      [id],
    )
  )[0]!.status;

const historyOf = (id: string) =>
  sql(
    `select status::text, source, changed_by, reason, proof from public.contact_consent_events
     where contact_id = $1 order by id`,
    [id],
  );

describe('re-subscribing a contact who opted out', () => {
  it('is refused to an agent, by the function and by editing the row, with its code', async () => {
    const id = await optedOutByAgent();
    const called = await team.clients.agent.rpc('resubscribe_contact', {
      contact_id: id,
      reason,
      proof,
    });
    expect(called.error).toMatchObject({ code: '42501', hint: 'resubscribe_requires_admin' });
    expect(called.status).toBe(403);

    const patched = await team.clients.agent
      .from('contacts')
      .update({ opt_in_status: 'opted_in', opt_in_source: 'manual' })
      .eq('id', id);
    expect(patched.error).toMatchObject({
      code: '42501',
      message: 'Seuls les propriétaires et les administrateurs réabonnent un contact désinscrit.',
      hint: 'resubscribe_requires_admin',
    });
    expect(await statusOf(id)).toBe('opted_out');
  });

  it('is refused to a viewer, and unknown to a stranger', async () => {
    const id = await optedOutByAgent();
    const viewer = await team.clients.viewer.rpc('resubscribe_contact', {
      contact_id: id,
      reason,
      proof,
    });
    expect(viewer.error).toMatchObject({ code: '42501', hint: 'resubscribe_requires_admin' });
    const stranger = await team.clients.stranger.rpc('resubscribe_contact', {
      contact_id: id,
      reason,
      proof,
    });
    expect(stranger.error).toMatchObject({ code: 'P0002', hint: 'contact_not_found' });
    const anonymous = await team.clients.anonymous.rpc('resubscribe_contact', {
      contact_id: id,
      reason,
      proof,
    });
    expect(anonymous.error).not.toBeNull();
    expect(await statusOf(id)).toBe('opted_out');
  });

  it('asks an admin for a reason and a proof, each bounded', async () => {
    const id = await optedOutOnWhatsApp();
    const admin = team.clients.admin;
    const direct = await admin
      .from('contacts')
      .update({ opt_in_status: 'opted_in', opt_in_source: 'manual' })
      .eq('id', id);
    expect(direct.error).toMatchObject({ code: '22023', hint: 'resubscribe_reason_required' });

    const attempts = [
      [{ reason: '   ', proof }, 'resubscribe_reason_required', null],
      [{ reason: 'r'.repeat(501), proof }, 'resubscribe_reason_too_long', { max: 500 }],
      [{ reason, proof: '' }, 'resubscribe_proof_required', null],
      [{ reason, proof: null }, 'resubscribe_proof_required', null],
      [{ reason, proof: 'p'.repeat(501) }, 'resubscribe_proof_too_long', { max: 500 }],
    ] as const;
    for (const [given, hint, values] of attempts) {
      const { error } = await admin.rpc('resubscribe_contact', { contact_id: id, ...given });
      expect(error, hint).toMatchObject({ code: '22023', hint });
      expect(error!.details ? JSON.parse(error!.details) : null).toEqual(values);
    }
    expect(await statusOf(id)).toBe('opted_out');
    expect(await historyOf(id)).toHaveLength(1);
  });

  it('lets an admin re-subscribe a STOP with both, and the history keeps them with who did it', async () => {
    const id = await optedOutOnWhatsApp();
    const { data, error } = await team.clients.admin.rpc('resubscribe_contact', {
      contact_id: id,
      reason: `  ${reason} `,
      proof,
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({
      id,
      opt_in_status: 'opted_in',
      opt_in_source: 'manual',
      opted_out_at: null,
    });
    expect(await historyOf(id)).toEqual([
      { status: 'opted_out', source: 'whatsapp', changed_by: null, reason: null, proof: null },
      { status: 'opted_in', source: 'manual', changed_by: team.userIds.admin, reason, proof },
    ]);
    // Members read the history with the reason and the proof.
    const seen = await team.clients.viewer
      .from('contact_consent_events')
      .select('status, reason, proof')
      .eq('contact_id', id)
      .order('id');
    expect(seen.data).toEqual([
      { status: 'opted_out', reason: null, proof: null },
      { status: 'opted_in', reason, proof },
    ]);

    const again = await team.clients.owner.rpc('resubscribe_contact', {
      contact_id: id,
      reason,
      proof,
    });
    expect(again.error).toMatchObject({ code: 'P0001', hint: 'contact_already_subscribed' });
  });

  it('lets an owner re-subscribe a contact an agent opted out', async () => {
    const id = await optedOutByAgent();
    const { error } = await team.clients.owner.rpc('resubscribe_contact', {
      contact_id: id,
      reason,
      proof,
    });
    expect(error).toBeNull();
    expect(await historyOf(id)).toEqual([
      {
        status: 'opted_out',
        source: 'manual',
        changed_by: team.userIds.agent,
        reason: null,
        proof: null,
      },
      { status: 'opted_in', source: 'manual', changed_by: team.userIds.owner, reason, proof },
    ]);
  });

  it('keeps the reason and the proof out of members’ direct writes', async () => {
    const id = await optedOutByAgent();
    const forged = await team.clients.admin.from('contact_consent_events').insert({
      organization_id: team.organizationId,
      contact_id: id,
      status: 'opted_in',
      source: 'manual',
      reason,
      proof,
    });
    expect(forged.error).toMatchObject({ code: '42501' });
    // Only a re-subscription carries them, both together.
    for (const [status, why, how] of [
      ['opted_out', reason, proof],
      ['opted_in', reason, null],
    ] as const) {
      await expect(
        sql(
          `insert into public.contact_consent_events (organization_id, contact_id, status, source, reason, proof)
           values ($1, $2, $3, 'manual', $4, $5)`,
          [team.organizationId, id, status, why, how],
        ),
      ).rejects.toMatchObject({ code: '23514' });
    }
  });
});

describe('opting out', () => {
  it('stays open to agents, by hand and in bulk', async () => {
    const { data, error } = await team.clients.agent
      .from('contacts')
      .insert({ organization_id: team.organizationId, phone: freshPhone(), tags: ['relance-stop'] })
      .select('id')
      .single();
    if (error) throw error;
    const bulk = await team.clients.agent.rpc('bulk_update_contacts', {
      organization_id: team.organizationId,
      action: 'opt_out',
      contact_ids: [data.id],
    });
    expect(bulk).toMatchObject({ error: null, data: 1 });
    expect(await historyOf(data.id as string)).toEqual([
      {
        status: 'opted_out',
        source: 'manual',
        changed_by: team.userIds.agent,
        reason: null,
        proof: null,
      },
    ]);
  });

  it('starts the history of a contact added already opted out', async () => {
    const phone = freshPhone();
    const { data, error } = await team.clients.agent
      .from('contacts')
      .insert({
        organization_id: team.organizationId,
        phone,
        opt_in_status: 'opted_out',
        opt_in_source: 'manual',
      })
      .select('id')
      .single();
    if (error) throw error;
    expect(await historyOf(data.id as string)).toEqual([
      {
        status: 'opted_out',
        source: 'manual',
        changed_by: team.userIds.agent,
        reason: null,
        proof: null,
      },
    ]);
  });
});
