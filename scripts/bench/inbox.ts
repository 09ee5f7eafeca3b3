import type { SupabaseClient } from '@supabase/supabase-js';
import { createNodeClient } from '../node-supabase-client';
import { querySql } from '../stack/sql';
import { startStack } from '../stack/stack';

/**
 * `npm run bench:inbox`: the shared inbox on an ephemeral stack with the Wati sandbox, as
 * `npm start` runs it (sandbox → wati-webhook → Postgres → Realtime → an agent's supabase-js).
 * - latency: 100 inbound messages/s from 2,000 distinct contacts for 20 s; from the moment the
 *   sandbox is asked to post each webhook to the message reaching a subscribed agent through
 *   postgres_changes (RLS checked for the agent): p50 and p95;
 * - saturation: 6,000 inbound messages posted as fast as the sandbox sends them: messages stored
 *   and delivered to the agent per second;
 * - assignment: 500 conversations arriving at once for 10 online agents: conversations given
 *   twice, and the spread between the busiest and the least busy agent;
 * - scale: 1,000,000 messages in 100,000 conversations of one organisation (generated in SQL):
 *   the first page of « Mes conversations » with unread counts, and the last 50 messages of a
 *   conversation, each as an agent through PostgREST: p95.
 * Prints BENCH_RESULT {json}; progress goes to stderr. WCAP_BENCH_INBOX_PHASES (a comma-separated
 * list of `flow`, `assignment`, `scale`; all of them by default) runs only the phases named: `flow`
 * is latency and saturation.
 */
const LATENCY_RATE = 100;
const LATENCY_SECONDS = 20;
const LATENCY_CONTACTS = 2000;
const SATURATION_MESSAGES = 6000;
const ASSIGNMENT_CONVERSATIONS = 500;
const ASSIGNMENT_AGENTS = 10;
const SCALE_CONVERSATIONS = 100_000;
const SCALE_MESSAGES_PER_CONVERSATION = 10;
const SCALE_SAMPLES = 200;

const PHASES = ['flow', 'assignment', 'scale'] as const;
type Phase = (typeof PHASES)[number];
const chosenPhases = (process.env.WCAP_BENCH_INBOX_PHASES ?? '')
  .split(',')
  .map((phase) => phase.trim())
  .filter(Boolean);
for (const phase of chosenPhases) {
  if (!PHASES.includes(phase as Phase)) {
    throw new Error(`WCAP_BENCH_INBOX_PHASES: unknown phase ${phase} (${PHASES.join(', ')})`);
  }
}
const runs = (phase: Phase) => chosenPhases.length === 0 || chosenPhases.includes(phase);

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const stack = await startStack({ ephemeral: true, watiSandbox: { webhookConcurrency: 64 } });
const { info } = stack;
const sql = <T extends Record<string, unknown>>(text: string, params?: unknown[]) =>
  querySql<T>(info.dbUrl, text, params);
const wati = info.sandboxes.wati as { url: string; token: string };

async function control(path: string, body: unknown): Promise<void> {
  const response = await fetch(`${wati.url}/_sandbox${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${wati.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`sandbox ${path}: HTTP ${response.status} ${await response.text()}`);
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** A member signed in through supabase-js, as a browser is. */
async function member(organizationId: string, role: 'agent' | 'admin', label: string) {
  const client: SupabaseClient = createNodeClient(info.apiUrl, info.anonKey);
  const { data, error } = await client.auth.signUp({
    email: `banc-${label}-${crypto.randomUUID()}@wcap.test`,
    password: 'Banc-2026!',
  });
  if (error || !data.user) throw error ?? new Error('no user');
  await sql(`insert into public.memberships (organization_id, user_id, role) values ($1, $2, $3)`, [
    organizationId,
    data.user.id,
    role,
  ]);
  return { client, userId: data.user.id };
}

/** An organisation in sandbox mode whose Wati sandbox tenant posts webhooks to WCAP. */
async function organisation(label: string, autoAssign: boolean) {
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country, plan_id,
                                       contacts_quota, messages_quota, agents_quota)
     values ($1, $2, 'CM', 'CM', 'enterprise', null, null, 50) returning id`,
    [`Banc boîte ${label}`, `banc-boite-${label}`],
  );
  const [secret] = await sql<{ secret: string }>(
    `select secret from private.webhook_secrets where organization_id = $1`,
    [row!.id],
  );
  const organizationId = row!.id;
  // 10 agents × 100 open conversations each hold the 500 of the assignment run.
  await sql(
    `update public.inbox_settings set auto_assign = $2, default_capacity = 100 where organization_id = $1`,
    [organizationId, autoAssign],
  );
  await control('/tenants', {
    id: organizationId,
    webhookUrl: `${info.functionsUrl}/wati-webhook?org=${organizationId}&token=${secret!.secret}`,
  });
  return organizationId;
}

const phoneOf = (n: number) => `2376${String(70_000_000 + n).padStart(8, '0')}`;

/** Resolves with the time each contact message's text reached the client. */
function listen(client: SupabaseClient, organizationId: string, arrivals: Map<string, number>) {
  return new Promise<void>((resolve, reject) => {
    client
      .channel(`banc-${organizationId}`)
      .on(
        'postgres_changes' as never,
        {
          event: 'INSERT',
          schema: 'public',
          table: 'messages',
          filter: `organization_id=eq.${organizationId}`,
        } as never,
        (payload: { new: { author: string; body: string } }) => {
          if (payload.new.author === 'contact') arrivals.set(payload.new.body, Date.now());
        },
      )
      .subscribe((status, error) => {
        if (status === 'SUBSCRIBED') resolve();
        else if (status !== 'CLOSED') reject(error ?? new Error(status));
      });
  });
}

async function latencyAndSaturation() {
  const organizationId = await organisation('flux', false);
  // People answer a campaign: they are the organisation's contacts, imported and synced to Wati
  // beforehand (and the table analysed, as autovacuum does after an import). Unknown numbers are filed too (intake
  // tests prove it), but are not what an inbox mostly receives.
  await sql(
    `insert into public.contacts (organization_id, phone, country_code, name, opt_in_source,
                                  wati_sync_status, wati_synced_at)
     select $1, '+2376' || (70000000 + n)::text, 'CM', 'Assuré ' || n, 'import', 'synced', now()
     from generate_series(0, $2 - 1) n`,
    [organizationId, LATENCY_CONTACTS + 4000],
  );
  await sql(`analyze public.contacts`);
  // Synced: Wati knows them too (no first-message notice before their messages).
  for (let n = 0; n < LATENCY_CONTACTS + 4000; n += 1000) {
    await control(`/tenants/${organizationId}/contacts`, {
      contacts: Array.from({ length: 1000 }, (_, i) => ({ whatsapp_number: phoneOf(n + i) })),
    });
  }
  const { client } = await member(organizationId, 'admin', 'flux');
  const arrivals = new Map<string, number>();
  await listen(client, organizationId, arrivals);

  const sentAt = new Map<string, number>();
  const total = LATENCY_RATE * LATENCY_SECONDS;
  const started = Date.now();
  const posts: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / LATENCY_RATE;
    if (due > Date.now()) await sleep(due - Date.now());
    const text = `latence ${i}`;
    sentAt.set(text, Date.now());
    posts.push(
      control(`/tenants/${organizationId}/inbound`, { from: phoneOf(i % LATENCY_CONTACTS), text }),
    );
  }
  await Promise.all(posts);
  await waitFor('every latency message at the agent', async () => arrivals.size >= total, 120_000);
  const latencies = [...sentAt].map(([text, at]) => arrivals.get(text)! - at);
  log(`latency: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms`);

  arrivals.clear();
  const saturationStart = Date.now();
  for (let i = 0; i < SATURATION_MESSAGES; i += 200) {
    await Promise.all(
      Array.from({ length: Math.min(200, SATURATION_MESSAGES - i) }, (_, j) =>
        control(`/tenants/${organizationId}/inbound`, {
          from: phoneOf(LATENCY_CONTACTS + ((i + j) % 4000)),
          text: `saturation ${i + j}`,
        }),
      ),
    );
  }
  await waitFor(
    'every saturation message at the agent',
    async () => arrivals.size >= SATURATION_MESSAGES,
    300_000,
  );
  const [stored] = await sql<{ first: Date; last: Date; count: number }>(
    `select min(created_at) as first, max(updated_at) as last, count(*)::int as count
     from public.messages where organization_id = $1 and body like 'saturation %'`,
    [organizationId],
  );
  const fannedOutSeconds = (Math.max(...arrivals.values()) - saturationStart) / 1000;
  log(`saturation: ${stored!.count} messages in ${fannedOutSeconds} s`);
  await client.removeAllChannels();
  return {
    inboundToAgentP50Ms: percentile(latencies, 50),
    inboundToAgentP95Ms: percentile(latencies, 95),
    inboundPerSecond: Math.round(stored!.count / fannedOutSeconds),
  };
}

async function assignment() {
  const organizationId = await organisation('tour', true);
  const agents = await Promise.all(
    Array.from({ length: ASSIGNMENT_AGENTS }, (_, i) =>
      member(organizationId, 'agent', `tour-${i}`),
    ),
  );
  // Each agent's inbox page sends a heartbeat every 20 s: without one for 60 s, an agent gets nothing.
  const heartbeat = () =>
    Promise.all(
      agents.map(async ({ client }) => {
        const { error } = await client.rpc('inbox_heartbeat', {
          organization_id: organizationId,
          availability: 'online',
        });
        if (error) throw new Error(`heartbeat refused: ${error.message}`);
      }),
    );
  await heartbeat();
  const beating = setInterval(() => void heartbeat(), 20_000);
  await Promise.all(
    Array.from({ length: ASSIGNMENT_CONVERSATIONS }, (_, i) =>
      control(`/tenants/${organizationId}/inbound`, {
        from: phoneOf(100_000 + i),
        text: `Bonjour ${i}`,
      }),
    ),
  );
  try {
    await waitFor(
      'every conversation assigned',
      async () => {
        const [row] = await sql<{ waiting: number; total: number }>(
          `select count(*) filter (where assignee_id is null)::int as waiting, count(*)::int as total
           from public.conversations where organization_id = $1`,
          [organizationId],
        );
        return row!.total === ASSIGNMENT_CONVERSATIONS && row!.waiting === 0;
      },
      120_000,
    );
  } catch (error) {
    const [row] = await sql<{ state: unknown }>(
      `select jsonb_build_object(
         'conversations', (select count(*) from public.conversations where organization_id = $1),
         'unassigned', (select count(*) from public.conversations where organization_id = $1 and assignee_id is null),
         'agents', (select jsonb_agg(to_jsonb(a)) from public.inbox_agents a where organization_id = $1)) as state`,
      [organizationId],
    );
    log(`assignment state: ${JSON.stringify(row!.state)}`);
    throw error;
  } finally {
    clearInterval(beating);
  }
  const [duplicated] = await sql<{ n: number }>(
    `select count(*)::int as n from (
       select conversation_id from public.messages
       where organization_id = $1 and event ->> 'type' = 'assigned'
       group by conversation_id having count(*) > 1) x`,
    [organizationId],
  );
  const counts = await sql<{ n: number }>(
    `select count(c.id)::int as n from public.inbox_agents a
     left join public.conversations c on c.assignee_id = a.user_id and c.organization_id = a.organization_id
     where a.organization_id = $1 group by a.user_id`,
    [organizationId],
  );
  const loads = counts.map((row) => row.n);
  return {
    assignmentsDuplicated: duplicated!.n,
    assignmentSpread: Math.max(...loads) - Math.min(...loads),
  };
}

async function scale() {
  const organizationId = await organisation('volume', false);
  const { client, userId } = await member(organizationId, 'agent', 'volume');
  log(`scale: generating ${SCALE_CONVERSATIONS * SCALE_MESSAGES_PER_CONVERSATION} messages`);
  await sql(
    `insert into public.contacts (organization_id, phone, country_code, name, opt_in_source)
     select $1, '+2376' || lpad((80000000 + n)::text, 8, '0'), 'CM', 'Assuré ' || n, 'import'
     from generate_series(1, $2) n`,
    [organizationId, SCALE_CONVERSATIONS],
  );
  // A fifth of the conversations are the agent's, a fifth unassigned, the rest a colleague's.
  const colleague = await member(organizationId, 'agent', 'collegue');
  await sql(
    `insert into public.conversations (organization_id, contact_id, status, assignee_id,
       last_inbound_at, last_activity_at, waiting_since, last_message_preview, last_message_author)
     select $1, k.id,
       (array['open', 'open', 'resolved', 'snoozed', 'open']::public.conversation_status[])[1 + n % 5],
       case when n % 5 = 0 then $2::uuid when n % 5 = 1 then null else $3::uuid end,
       now() - make_interval(secs => n), now() - make_interval(secs => n),
       case when n % 2 = 0 then now() - make_interval(secs => n) end, 'Bonjour ' || n, 'contact'
     from (select id, row_number() over (order by phone) as n from public.contacts where organization_id = $1) k`,
    [organizationId, userId, colleague.userId],
  );
  await sql(
    `update public.conversations set snoozed_until = now() + interval '1 day'
     where organization_id = $1 and status = 'snoozed'`,
    [organizationId],
  );
  await sql(
    `insert into public.messages (organization_id, conversation_id, contact_id, author, body, created_at)
     select c.organization_id, c.id, c.contact_id,
       (case when m % 2 = 0 then 'contact' else 'agent' end)::public.message_author,
       'Message ' || m || ' au sujet du dossier ' || left(c.id::text, 8),
       c.last_activity_at - make_interval(mins => $2 - m)
     from public.conversations c, generate_series(1, $2) m
     where c.organization_id = $1`,
    [organizationId, SCALE_MESSAGES_PER_CONVERSATION],
  );
  await sql(`analyze public.conversations; analyze public.messages; analyze public.contacts`);
  const [sample] = await sql<{ ids: string[] }>(
    `select array_agg(id) as ids from (select id from public.conversations
     where organization_id = $1 and assignee_id = $2 order by random() limit $3) x`,
    [organizationId, userId, SCALE_SAMPLES],
  );
  const list: number[] = [];
  const thread: number[] = [];
  for (const id of sample!.ids) {
    let started = performance.now();
    const page = await client.rpc('inbox_conversations', {
      organization_id: organizationId,
      view: 'mine',
      statuses: ['open'],
      page_size: 30,
    });
    if (page.error) throw page.error;
    list.push(performance.now() - started);
    started = performance.now();
    const messages = await client
      .from('messages')
      .select('*')
      .eq('conversation_id', id)
      .order('created_at', { ascending: false })
      .limit(50);
    if (messages.error) throw messages.error;
    thread.push(performance.now() - started);
  }
  return {
    listP95Ms: Math.round(percentile(list, 95)),
    threadP95Ms: Math.round(percentile(thread, 95)),
  };
}

try {
  const flow = runs('flow') ? await latencyAndSaturation() : {};
  const assigned = runs('assignment') ? await assignment() : {};
  const volume = runs('scale') ? await scale() : {};
  const result = {
    ...flow,
    ...assigned,
    ...volume,
    targets: {
      inboundToAgentP95Ms: 1000,
      inboundPerSecond: 500,
      listP95Ms: 100,
      threadP95Ms: 100,
      assignmentsDuplicated: 0,
      assignmentSpread: 1,
    },
  };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
} finally {
  await stack.stop();
}
