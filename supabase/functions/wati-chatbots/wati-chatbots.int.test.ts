import { FunctionsHttpError, type SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import { poller } from '../../../test-support/wait';
import {
  randomWaId,
  sandboxControl,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { withClient } from '../../../scripts/stack/sql';
import { runFailures } from '../../../src/features/chatbot/wati-chatbots/run-failures';
import { invokeAsService } from '../inbox-send/inbox-fixtures.ts';

// Wati's own chatbots on the real stack and the Wati sandbox: the list, a start for one contact
// (at once) or for a segment (by the sweep, at Wati's pace, each contact exactly once), who may do
// what, and Wati's refusals as people read them.

const waitUntil = poller({ timeoutMs: 45_000, intervalMs: 200 });

/** The sandbox's chatbots (scripts/sandbox/wati/seed-templates.ts). */
const WELCOME_BOT = { id: '66c5a0e1f1b2c3d4e5f61001', name: 'Accueil et orientation' };

interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string } };
}

/** Calls wati-chatbots as the SPA does (supabase-js, the member's session). */
async function ask(
  client: SupabaseClient,
  request: { query: Record<string, string> } | { body: Record<string, unknown> },
): Promise<Answer> {
  const { data, error } =
    'query' in request
      ? await client.functions.invoke(`wati-chatbots?${new URLSearchParams(request.query)}`, {
          method: 'GET',
        })
      : await client.functions.invoke('wati-chatbots', { body: request.body });
  if (error instanceof FunctionsHttpError) {
    const response = error.context as Response;
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }
  if (error) throw error;
  return { status: 200, body: data as Answer['body'] };
}

const refusal = (status: number, code: string) => ({
  status,
  body: { error: expect.objectContaining({ code, message: expect.any(String) }) },
});

/**
 * Contacts of the organisation (E.164 in WCAP); with `tenant`, already in its Wati workspace and
 * synchronised (the contact sync leaves them alone: its calls would meet the faults set here).
 */
async function contactsOf(
  organizationId: string,
  tenant: SandboxTenantControl | null,
  contacts: Array<{ tag?: string; optedOut?: boolean }>,
): Promise<Array<{ id: string; waId: string }>> {
  const made = [];
  for (const contact of contacts) {
    const waId = randomWaId();
    const [row] = await sql<{ id: string }>(
      `insert into public.contacts (organization_id, phone, name, tags, opt_in_status,
                                    wati_sync_status, wati_synced_at, wati_sync_due_at)
       select $1, $2, $3, $4, $5, s.status::public.wati_sync_status, s.at, coalesce(s.at, now())
       from (select case when $6 then 'synced' else 'pending' end as status,
                    case when $6 then now() end as at) s
       returning id`,
      [
        organizationId,
        `+${waId}`,
        `Contact ${waId.slice(-4)}`,
        contact.tag ? [contact.tag] : [],
        contact.optedOut ? 'opted_out' : 'opted_in',
        tenant !== null,
      ],
    );
    made.push({ id: row!.id, waId });
  }
  await tenant?.seedContacts(made.map(({ waId }) => ({ whatsapp_number: waId })));
  return made;
}

async function segmentOf(organizationId: string, tag: string): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.segments (organization_id, name, criteria) values ($1, $2, $3) returning id`,
    [organizationId, `Segment ${tag}`, { match: 'all', conditions: [{ type: 'has_tag', tag }] }],
  );
  return row!.id;
}

/** Keeps every sweep away from the organisation (a Wati block), or lets them in again. */
async function holdSweeps(organizationId: string, held: boolean): Promise<void> {
  await sql(
    `insert into private.wati_call_windows (organization_id, endpoint, blocked_until)
     values ($1, 'startChatbot', case when $2 then now() + interval '1 hour' end)
     on conflict (organization_id, endpoint) do update set blocked_until = excluded.blocked_until`,
    [organizationId, held],
  );
}

interface RunRow extends Record<string, unknown> {
  id: string;
  status: string;
  total: number;
  started: number;
  failed: number;
  failure: string | null;
}

async function runById(id: string): Promise<RunRow> {
  const [row] = await sql<RunRow>(`select * from public.wati_chatbot_runs where id = $1`, [id]);
  return row!;
}

async function recipientsOf(runId: string) {
  return await sql<{ contact_id: string; status: string; failure: string | null }>(
    `select contact_id, status::text, failure::text from public.wati_chatbot_run_recipients
     where run_id = $1 order by contact_id`,
    [runId],
  );
}

async function startCalls(tenant: SandboxTenantControl, status: number): Promise<number> {
  return (await tenant.calls()).filter(
    (call) => call.operation === 'startChatbot' && call.status === status,
  ).length;
}

let team: Team;
let tenant: SandboxTenantControl;

beforeAll(async () => {
  team = await createTeam('wati-chatbots');
  tenant = await sandboxTenant(team.organizationId, team.clients.owner);
});

describe('the list of Wati’s chatbots', () => {
  it('shows every member the workspace’s chatbots', async () => {
    const answer = await ask(team.clients.viewer, {
      query: { organizationId: team.organizationId },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ page: 1, hasMore: false });
    expect(answer.body.chatbots).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...WELCOME_BOT, created: expect.any(String) }),
      ]),
    );
    expect(answer.body.chatbots).toHaveLength(3);
  });

  it('refuses strangers before reaching Wati, and anonymous callers', async () => {
    expect(
      await ask(team.clients.stranger, { query: { organizationId: team.organizationId } }),
    ).toEqual(refusal(403, 'not_a_member'));
    expect(
      (await ask(team.clients.anonymous, { query: { organizationId: team.organizationId } }))
        .status,
    ).toBe(401);
    expect(await ask(team.clients.viewer, { query: { organizationId: 'x' } })).toEqual(
      refusal(400, 'invalid_input'),
    );
  });
});

describe('starting a chatbot for one contact', () => {
  it('starts it at Wati at once and records it', async () => {
    const [contact] = await contactsOf(team.organizationId, tenant, [{}]);
    const before = await startCalls(tenant, 200);
    const answer = await ask(team.clients.agent, {
      body: {
        action: 'start',
        organizationId: team.organizationId,
        chatbotId: WELCOME_BOT.id,
        contactId: contact!.id,
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.run).toMatchObject({
      kind: 'contact',
      contact_id: contact!.id,
      chatbot_id: WELCOME_BOT.id,
      chatbot_name: WELCOME_BOT.name,
      status: 'completed',
      total: 1,
      started: 1,
      failed: 0,
      created_by: team.userIds.agent,
    });
    expect(answer.body.recipient).toEqual({ status: 'started', failure: null });
    expect(await startCalls(tenant, 200)).toBe(before + 1);
    const runId = (answer.body.run as { id: string }).id;
    expect(await recipientsOf(runId)).toEqual([
      { contact_id: contact!.id, status: 'started', failure: null },
    ]);
    // Members read it through the Data API, as the page does.
    const { data } = await team.clients.viewer
      .from('wati_chatbot_runs')
      .select('id, status')
      .eq('id', runId);
    expect(data).toEqual([{ id: runId, status: 'completed' }]);
  });

  it('refuses a contact who opted out, with its code, and calls nobody', async () => {
    const [contact] = await contactsOf(team.organizationId, tenant, [{ optedOut: true }]);
    const before = (await tenant.calls()).length;
    expect(
      await ask(team.clients.admin, {
        body: {
          action: 'start',
          organizationId: team.organizationId,
          chatbotId: WELCOME_BOT.id,
          contactId: contact!.id,
        },
      }),
    ).toEqual(refusal(409, 'wati_chatbot_contact_opted_out'));
    expect((await tenant.calls()).length).toBe(before);
    expect(
      await sql(`select 1 from public.wati_chatbot_runs where contact_id = $1`, [contact!.id]),
    ).toEqual([]);
  });

  it('refuses viewers, and agents a segment', async () => {
    const [contact] = await contactsOf(team.organizationId, tenant, [{ tag: 'lecteurs' }]);
    const start = {
      action: 'start',
      organizationId: team.organizationId,
      chatbotId: WELCOME_BOT.id,
    };
    expect(await ask(team.clients.viewer, { body: { ...start, contactId: contact!.id } })).toEqual(
      refusal(403, 'wati_chatbot_start_requires_agent'),
    );
    const segmentId = await segmentOf(team.organizationId, 'lecteurs');
    expect(await ask(team.clients.agent, { body: { ...start, segmentId } })).toEqual(
      refusal(403, 'wati_chatbot_segment_requires_admin'),
    );
    expect(
      await ask(team.clients.agent, { body: { ...start, contactId: contact!.id, segmentId } }),
    ).toEqual(refusal(422, 'invalid_input'));
  });

  it('refuses another organisation’s contact or segment, and strangers', async () => {
    const [theirs] = await contactsOf(team.otherOrganizationId, null, [{ tag: 'autres' }]);
    const theirSegment = await segmentOf(team.otherOrganizationId, 'autres');
    const start = {
      action: 'start',
      organizationId: team.organizationId,
      chatbotId: WELCOME_BOT.id,
    };
    expect(await ask(team.clients.admin, { body: { ...start, contactId: theirs!.id } })).toEqual(
      refusal(404, 'contact_not_found'),
    );
    expect(await ask(team.clients.admin, { body: { ...start, segmentId: theirSegment } })).toEqual(
      refusal(404, 'segment_not_found'),
    );
    const [ours] = await contactsOf(team.organizationId, tenant, [{}]);
    expect(await ask(team.clients.stranger, { body: { ...start, contactId: ours!.id } })).toEqual(
      refusal(403, 'not_a_member'),
    );
    expect(
      await sql(`select 1 from public.wati_chatbot_runs where contact_id = any ($1)`, [
        [theirs!.id, ours!.id],
      ]),
    ).toEqual([]);
  });

  it('refuses a chatbot Wati does not have', async () => {
    const [contact] = await contactsOf(team.organizationId, tenant, [{}]);
    expect(
      await ask(team.clients.agent, {
        body: {
          action: 'start',
          organizationId: team.organizationId,
          chatbotId: '66c5a0e1f1b2c3d4e5f6ffff',
          contactId: contact!.id,
        },
      }),
    ).toEqual(refusal(422, 'wati_chatbot_not_found'));
  });
});

describe('starting a chatbot for a segment', () => {
  it('starts every opted-in contact exactly once across concurrent sweeps, through 429s', async () => {
    const tag = `campagne-${crypto.randomUUID().slice(0, 8)}`;
    const contacts = await contactsOf(team.organizationId, tenant, [
      ...Array.from({ length: 12 }, () => ({ tag })),
      { tag, optedOut: true },
      {},
    ]);
    const opted = contacts.slice(0, 12);
    // A contact of another organisation with the same tag is never part of it.
    await contactsOf(team.otherOrganizationId, null, [{ tag }]);
    const segmentId = await segmentOf(team.organizationId, tag);
    await holdSweeps(team.organizationId, true);

    const answer = await ask(team.clients.admin, {
      body: {
        action: 'start',
        organizationId: team.organizationId,
        chatbotId: WELCOME_BOT.id,
        segmentId,
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body.run).toMatchObject({
      kind: 'segment',
      segment_id: segmentId,
      segment_name: `Segment ${tag}`,
      status: 'queued',
      total: 12,
      started: 0,
    });
    const runId = (answer.body.run as { id: string }).id;
    expect((await recipientsOf(runId)).map((row) => row.contact_id).sort()).toEqual(
      opted.map((contact) => contact.id).sort(),
    );
    // Opted out after the start: skipped with its reason, never called.
    await sql(`update public.contacts set opt_in_status = 'opted_out' where id = $1`, [
      opted[0]!.id,
    ]);

    const [started200, started429] = [await startCalls(tenant, 200), await startCalls(tenant, 429)];
    await tenant.setFaults({ rateLimitBurst: { requests: 3, retryAfterSeconds: 1 } });
    await holdSweeps(team.organizationId, false);
    const sweeps = await Promise.all([
      invokeAsService('wati-chatbots', { sweep: true }),
      invokeAsService('wati-chatbots', { sweep: true }),
    ]);
    expect(sweeps.map((sweep) => sweep.status)).toEqual([200, 200]);
    await waitUntil(
      async () => (await runById(runId)).status === 'completed',
      'the run to complete',
    );
    await tenant.setFaults({});

    expect(await runById(runId)).toMatchObject({
      total: 12,
      started: 11,
      failed: 1,
      failure: null,
    });
    const recipients = await recipientsOf(runId);
    expect(recipients.filter((row) => row.status === 'started')).toHaveLength(11);
    expect(recipients.find((row) => row.contact_id === opted[0]!.id)).toMatchObject({
      status: 'failed',
      failure: 'opted_out',
    });
    expect((await startCalls(tenant, 200)) - started200).toBe(11);
    // Wati's 429s were waited out (Retry-After) by the client, not turned into failures.
    expect((await startCalls(tenant, 429)) - started429).toBe(3);
  });

  it('keeps each organisation to its Wati pace, and a large run delays no other', async () => {
    const small = await createTeam('wati-chatbots-small');
    const smallTenant = await sandboxTenant(small.organizationId, small.clients.owner);
    const tag = `grand-${crypto.randomUUID().slice(0, 8)}`;
    await contactsOf(
      team.organizationId,
      tenant,
      Array.from({ length: 40 }, () => ({ tag })),
    );
    await contactsOf(
      small.organizationId,
      smallTenant,
      Array.from({ length: 3 }, () => ({ tag })),
    );
    const start = async (owner: SupabaseClient, organizationId: string) => {
      const segmentId = await segmentOf(organizationId, tag);
      const answer = await ask(owner, {
        body: { action: 'start', organizationId, chatbotId: WELCOME_BOT.id, segmentId },
      });
      return (answer.body.run as { id: string }).id;
    };
    await holdSweeps(team.organizationId, true);
    await holdSweeps(small.organizationId, true);
    const large = await start(team.clients.admin, team.organizationId);
    const other = await start(small.clients.owner, small.organizationId);
    const before = (await tenant.calls()).length;

    await holdSweeps(team.organizationId, false);
    await holdSweeps(small.organizationId, false);
    expect((await invokeAsService('wati-chatbots', { sweep: true })).status).toBe(200);
    // One sweep served both: the small run is done while the large one waits for Wati's window
    // (30 starts per 10 s on the Starter plan).
    await waitUntil(async () => (await runById(other)).status === 'completed', 'the small run');
    expect((await runById(large)).started).toBeLessThanOrEqual(30);
    await waitUntil(async () => (await runById(large)).status === 'completed', 'the large run');
    expect(await runById(large)).toMatchObject({ total: 40, started: 40, failed: 0 });

    const times = (await tenant.calls())
      .slice(before)
      .filter((call) => call.operation === 'startChatbot' && call.status === 200)
      .map((call) => Date.parse(call.at));
    expect(times).toHaveLength(40);
    const busiest = Math.max(
      ...times.map((from) => times.filter((at) => at >= from && at < from + 10_000).length),
    );
    expect(busiest).toBeLessThanOrEqual(30);
  });

  it('claims past the rows another sweep holds; a lost claim is never retried', async () => {
    const other = await createTeam('wati-chatbots-claims');
    const tag = 'claims';
    await contactsOf(
      other.organizationId,
      null,
      Array.from({ length: 20 }, () => ({ tag })),
    );
    const segmentId = await segmentOf(other.organizationId, tag);
    await holdSweeps(other.organizationId, true);
    const [created] = await sql<{ run: { id: string } }>(
      `select run from private.create_wati_chatbot_run($1, $2, $3, null, $4)`,
      [other.organizationId, WELCOME_BOT.id, WELCOME_BOT.name, segmentId],
    );
    const runId = created!.run.id;
    const claim = (max: number, lease: string) =>
      sql<{ id: string }>(
        `select id from private.claim_wati_chatbot_recipients($1, $2, $3::interval)`,
        [other.organizationId, max, lease],
      );

    // Another sweep is in the middle of claiming 8 recipients (their rows locked, uncommitted):
    // this claim passes them by instead of waiting for them or taking them too.
    const [held, first] = await withClient(stackInfo().dbUrl, async (holder) => {
      await holder.query('begin');
      const locked = await holder.query<{ id: string }>(
        `select id from public.wati_chatbot_run_recipients where run_id = $1
         order by due_at, id limit 8 for update`,
        [runId],
      );
      const claimed = await claim(20, '2 minutes');
      await holder.query('rollback');
      return [locked.rows.map((row) => row.id), claimed.map((row) => row.id)];
    });
    expect(first).toHaveLength(12);
    expect(first!.filter((id) => held!.includes(id))).toEqual([]);

    // Claimed once, never again: the next claim gets only the 8 left (with a lease that runs out
    // at once), the one after nothing.
    const second = (await claim(20, '1 millisecond')).map((row) => row.id);
    expect(second.sort()).toEqual([...held!].sort());
    expect(await claim(20, '2 minutes')).toEqual([]);
    // Those 8 had no outcome when their lease ran out: they may have been started, so they fail
    // as « outcome unknown » and are not tried again.
    const lost = await sql<{ failure: string }>(
      `select failure::text from public.wati_chatbot_run_recipients where id = any ($1)`,
      [second],
    );
    expect(lost.map((row) => row.failure)).toEqual(Array(8).fill('wati_outcome_unknown'));
    expect(await runById(runId)).toMatchObject({ status: 'running', started: 0, failed: 8 });
  });

  it('lets admins cancel a run, once; recipients not yet started are cancelled', async () => {
    const tag = `annulation-${crypto.randomUUID().slice(0, 8)}`;
    await contactsOf(
      team.organizationId,
      tenant,
      Array.from({ length: 3 }, () => ({ tag })),
    );
    const segmentId = await segmentOf(team.organizationId, tag);
    await holdSweeps(team.organizationId, true);
    const answer = await ask(team.clients.owner, {
      body: {
        action: 'start',
        organizationId: team.organizationId,
        chatbotId: WELCOME_BOT.id,
        segmentId,
      },
    });
    const runId = (answer.body.run as { id: string }).id;

    const cancel = { action: 'cancel', runId };
    expect(await ask(team.clients.agent, { body: cancel })).toEqual(
      refusal(403, 'wati_chatbot_run_not_found_or_admin_only'),
    );
    expect(await ask(team.clients.stranger, { body: cancel })).toEqual(
      refusal(403, 'wati_chatbot_run_not_found_or_admin_only'),
    );
    const cancelled = await ask(team.clients.admin, { body: cancel });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.run).toMatchObject({
      status: 'cancelled',
      cancelled_by: team.userIds.admin,
    });
    expect(new Set((await recipientsOf(runId)).map((row) => row.status))).toEqual(
      new Set(['cancelled']),
    );
    expect(await ask(team.clients.admin, { body: cancel })).toEqual(
      refusal(409, 'wati_chatbot_run_not_cancellable'),
    );
    await holdSweeps(team.organizationId, false);
  });
});

describe('the month’s message quota', () => {
  let quota: Team;
  let quotaTenant: SandboxTenantControl;

  beforeAll(async () => {
    quota = await createTeam('wati-chatbots-quota');
    quotaTenant = await sandboxTenant(quota.organizationId, quota.clients.owner);
  });

  /** This month's messages as the home page and campaigns read them. */
  async function messagesThisMonth(): Promise<number> {
    const { data, error } = await quota.clients.viewer.rpc('organization_usage', {
      organization_id: quota.organizationId,
    });
    if (error) throw error;
    return (data as Array<{ messages_this_month: number }>)[0]!.messages_this_month;
  }

  /** Leaves `left` messages of the month to the organisation. */
  async function leave(left: number): Promise<void> {
    await sql(
      `update public.organizations set messages_quota = private.messages_used_this_month(id) + $2
       where id = $1`,
      [quota.organizationId, left],
    );
  }

  const start = (target: { contactId: string } | { segmentId: string }) =>
    ask(quota.clients.admin, {
      body: {
        action: 'start',
        organizationId: quota.organizationId,
        chatbotId: WELCOME_BOT.id,
        ...target,
      },
    });

  it('counts a contact started, and refuses one more once none is left, before Wati', async () => {
    const [first, second] = await contactsOf(quota.organizationId, quotaTenant, [{}, {}]);
    await leave(1);
    const before = await messagesThisMonth();
    expect((await start({ contactId: first!.id })).body.recipient).toEqual({
      status: 'started',
      failure: null,
    });
    expect(await messagesThisMonth()).toBe(before + 1);

    const calls = (await quotaTenant.calls()).length;
    expect(await start({ contactId: second!.id })).toEqual({
      status: 409,
      body: {
        error: {
          code: 'message_quota_insufficient',
          // The campaigns' sentence; the SPA says it with its plurals right, from the code and
          // the details.
          message: 'Quota mensuel insuffisant : 1 messages à envoyer, 0 restants ce mois-ci.',
          details: '{"remaining": 0, "recipients": 1}',
        },
      },
    });
    expect((await quotaTenant.calls()).length).toBe(calls);
    expect(
      await sql(`select 1 from public.wati_chatbot_runs where contact_id = $1`, [second!.id]),
    ).toEqual([]);
  });

  it('gives the last message to one of two starts asked at once', async () => {
    const contacts = await contactsOf(quota.organizationId, quotaTenant, [{}, {}]);
    await leave(1);
    const answers = await Promise.all(contacts.map((contact) => start({ contactId: contact.id })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(answers.find((answer) => answer.status === 409)).toEqual(
      refusal(409, 'message_quota_insufficient'),
    );
    const [left] = await sql<{ left: number }>(
      `select private.messages_left_this_month($1) as left`,
      [quota.organizationId],
    );
    expect(left!.left).toBe(0);
  });

  it('starts a segment up to the messages left; the others are recorded as not started', async () => {
    const tag = `quota-${crypto.randomUUID().slice(0, 8)}`;
    const contacts = await contactsOf(
      quota.organizationId,
      quotaTenant,
      Array.from({ length: 4 }, () => ({ tag })),
    );
    const segmentId = await segmentOf(quota.organizationId, tag);
    await holdSweeps(quota.organizationId, true);
    await leave(2);
    const before = await messagesThisMonth();

    const answer = await start({ segmentId });
    expect(answer.status).toBe(200);
    expect(answer.body.run).toMatchObject({ total: 4, started: 0, failed: 2 });
    const runId = (answer.body.run as { id: string }).id;
    // The first contacts added are started; the last ones are left out.
    const byContact = new Map((await recipientsOf(runId)).map((row) => [row.contact_id, row]));
    expect(contacts.map((contact) => byContact.get(contact.id))).toEqual([
      expect.objectContaining({ status: 'pending', failure: null }),
      expect.objectContaining({ status: 'pending', failure: null }),
      expect.objectContaining({ status: 'failed', failure: 'message_quota' }),
      expect.objectContaining({ status: 'failed', failure: 'message_quota' }),
    ]);
    // Held from the start, as a launched campaign holds its recipients'.
    expect(await messagesThisMonth()).toBe(before + 2);
    expect(await start({ segmentId })).toEqual({
      status: 409,
      body: {
        error: {
          code: 'message_quota_insufficient',
          message: 'Quota mensuel insuffisant : 4 messages à envoyer, 0 restants ce mois-ci.',
          details: '{"remaining": 0, "recipients": 4}',
        },
      },
    });

    await holdSweeps(quota.organizationId, false);
    expect((await invokeAsService('wati-chatbots', { sweep: true })).status).toBe(200);
    await waitUntil(
      async () => (await runById(runId)).status === 'completed',
      'the run to complete',
    );
    expect(await runById(runId)).toMatchObject({ total: 4, started: 2, failed: 2 });
    expect(await messagesThisMonth()).toBe(before + 2);
  });

  it('gives back the messages of contacts a cancellation left unstarted', async () => {
    const tag = `rendu-${crypto.randomUUID().slice(0, 8)}`;
    await contactsOf(
      quota.organizationId,
      quotaTenant,
      Array.from({ length: 3 }, () => ({ tag })),
    );
    const segmentId = await segmentOf(quota.organizationId, tag);
    await holdSweeps(quota.organizationId, true);
    await leave(10);
    const before = await messagesThisMonth();
    const answer = await start({ segmentId });
    expect(await messagesThisMonth()).toBe(before + 3);
    const cancelled = await ask(quota.clients.admin, {
      body: { action: 'cancel', runId: (answer.body.run as { id: string }).id },
    });
    expect(cancelled.status).toBe(200);
    expect(await messagesThisMonth()).toBe(before);
    await holdSweeps(quota.organizationId, false);
  });
});

describe('Wati’s refusals', () => {
  it('says when the Wati plan has no chatbots (Pro plan), and records nothing', async () => {
    const growth = await createTeam('wati-chatbots-growth');
    await sandboxTenant(growth.organizationId, growth.clients.owner);
    await sandboxControl('POST', '/tenants', { id: growth.organizationId, plan: 'growth' });
    expect(
      await ask(growth.clients.agent, { query: { organizationId: growth.organizationId } }),
    ).toEqual(refusal(422, 'wati_plan_required'));
    const [contact] = await contactsOf(growth.organizationId, null, [{}]);
    expect(
      await ask(growth.clients.agent, {
        body: {
          action: 'start',
          organizationId: growth.organizationId,
          chatbotId: WELCOME_BOT.id,
          contactId: contact!.id,
        },
      }),
    ).toEqual(refusal(422, 'wati_plan_required'));
    expect(
      await sql(`select 1 from public.wati_chatbot_runs where organization_id = $1`, [
        growth.organizationId,
      ]),
    ).toEqual([]);
  });

  it('are each said by the page, whatever the reason recorded', async () => {
    const [row] = await sql<{ values: string[] }>(
      `select enum_range(null::public.wati_chatbot_failure)::text[] as values`,
    );
    expect(row!.values).toEqual([...runFailures]);
  });

  it('reserves the sweep to the service', async () => {
    expect(await ask(team.clients.owner, { body: { sweep: true } })).toEqual(
      refusal(403, 'forbidden'),
    );
  });
});
