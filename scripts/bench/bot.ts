import http from 'node:http';
import { querySql } from '../stack/sql';
import { startStack } from '../stack/stack';

/**
 * `npm run bench:bot`: the chatbot answering on an ephemeral stack with the Wati sandbox, as
 * `npm start` runs it (sandbox → wati-webhook → Postgres → the engine → Wati's interactive session
 * message). 3,000 contacts each write a flow's keyword, posted at 250 a second; each reply is the
 * flow's buttons. 3,000 other contacts did the same before, and the tables were analysed since, as
 * in a workspace that has been answering for a while. Measured from the moment the sandbox is asked to post a contact's webhook to the
 * moment Wati (the sandbox) accepted the bot's answer (the message's sent_at, recorded on Wati's
 * answer): replies per second over the whole run, and the p95 time.
 * The sandbox's per-endpoint rate limit (Wati's 100 calls per 10 s) is lifted: the bench measures
 * WCAP, and a real workspace sends as fast as its plan lets it (429 keeps a reply for the sweep).
 * Prints BENCH_RESULT {json}; progress goes to stderr.
 */
const CONTACTS = 3000;
const RATE = 250;
const MAX_WAITING_POSTS = 64;
/** The measured contacts, those of the day before, and the one who warms the function up. */
const ALL_CONTACTS = 2 * CONTACTS + 1;

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const stack = await startStack({
  ephemeral: true,
  watiSandbox: { webhookConcurrency: 64, rateLimit: { requestsPer10s: 1_000_000 } },
});
const { info } = stack;
const sql = <T extends Record<string, unknown>>(text: string, params?: unknown[]) =>
  querySql<T>(info.dbUrl, text, params);
const wati = info.sandboxes.wati as { url: string; token: string };

// node:http with kept-alive connections, not fetch: the load generator shares the machine's two
// cores with what it measures, and fetch costs several times more per POST.
const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_WAITING_POSTS });

function control(path: string, body: unknown): Promise<void> {
  const payload = JSON.stringify(body);
  const url = new URL(`${wati.url}/_sandbox${path}`);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          authorization: `Bearer ${wati.token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else
            reject(
              new Error(`sandbox ${path}: HTTP ${status} ${Buffer.concat(chunks).toString()}`),
            );
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const menu = {
  schemaVersion: 1,
  nodes: [
    {
      id: 'start',
      type: 'start',
      position: { x: 0, y: 0 },
      data: { triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['menu'] }] },
    },
    {
      id: 'choices',
      type: 'buttons',
      position: { x: 0, y: 150 },
      data: {
        body: 'Bonjour {{first_name}} ! Que souhaitez-vous faire ?',
        header: '',
        footer: '',
        buttons: [
          { id: 'hours', title: 'Nos horaires' },
          { id: 'advisor', title: 'Un conseiller' },
        ],
      },
    },
    {
      id: 'hours',
      type: 'message',
      position: { x: 0, y: 300 },
      data: { text: '8 h – 17 h', media: null },
    },
    {
      id: 'advisor',
      type: 'handoff',
      position: { x: 200, y: 300 },
      data: { message: '', target: { kind: 'auto' } },
    },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'choices' },
    { id: 'e2', source: 'choices', sourceHandle: 'hours', target: 'hours' },
    { id: 'e3', source: 'choices', sourceHandle: 'advisor', target: 'advisor' },
  ],
};

async function organisation(): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country, plan_id,
                                       contacts_quota, messages_quota, agents_quota)
     values ('Banc chatbot', 'banc-chatbot', 'CM', 'CM', 'enterprise', null, null, 50) returning id`,
  );
  const organizationId = row!.id;
  const [secret] = await sql<{ secret: string }>(
    `select secret from private.webhook_secrets where organization_id = $1`,
    [organizationId],
  );
  // Published as an admin would (the bot-flows function checks it first; here it is known good).
  const [flow] = await sql<{ id: string }>(
    `insert into public.bot_flows (organization_id, name, draft, enabled) values ($1, 'Menu', $2, true)
     returning id`,
    [organizationId, JSON.stringify(menu)],
  );
  await sql(
    `with v as (
       insert into public.bot_flow_versions (organization_id, flow_id, number, document)
       select organization_id, id, 1, draft from public.bot_flows where id = $1 returning id
     )
     update public.bot_flows set published_version_id = (select id from v) where id = $1`,
    [flow!.id],
  );
  await sql(
    `insert into public.contacts (organization_id, phone, country_code, name, opt_in_source,
                                  wati_sync_status, wati_synced_at)
     select $1, '+2376' || (70000000 + n)::text, 'CM', 'Assuré ' || n, 'import', 'synced', now()
     from generate_series(0, $2 - 1) n`,
    [organizationId, ALL_CONTACTS],
  );
  await sql(`analyze public.contacts`);
  await control('/tenants', {
    id: organizationId,
    webhookUrl: `${info.functionsUrl}/wati-webhook?org=${organizationId}&token=${secret!.secret}`,
  });
  for (let n = 0; n < ALL_CONTACTS; n += 1000) {
    await control(`/tenants/${organizationId}/contacts`, {
      contacts: Array.from({ length: 1000 }, (_, i) => ({ whatsapp_number: phoneOf(n + i) })),
    });
  }
  return organizationId;
}

const phoneOf = (n: number) => `2376${String(70_000_000 + n).padStart(8, '0')}`;

try {
  const organizationId = await organisation();
  // A first message warms the function (its module graph, its connections) up.
  await control(`/tenants/${organizationId}/inbound`, {
    from: phoneOf(2 * CONTACTS),
    text: 'menu',
  });
  /** The organisation's replies accepted by Wati, and those Wati reports read. */
  const progress = async () => {
    const [row] = await sql<{ sent: number; read: number }>(
      `select count(*) filter (where sent_at is not null)::int as sent,
              count(*) filter (where read_at is not null)::int as read
       from public.messages where organization_id = $1 and author = 'bot'`,
      [organizationId],
    );
    return row!;
  };
  const waitFor = async (what: string, done: (p: { sent: number; read: number }) => boolean) => {
    const deadline = Date.now() + 300_000;
    while (!done(await progress())) {
      if (Date.now() > deadline) throw new Error(`${what}: not reached after 5 minutes`);
      await sleep(200);
    }
  };
  await waitFor('the warm-up message answered', (p) => p.sent >= 1);

  /** Contacts first … first + count - 1 each write the keyword, at RATE a second. */
  async function burst(first: number, count: number) {
    const postedAt = new Map<string, number>();
    const started = Date.now();
    const posts = new Set<Promise<void>>();
    for (let i = 0; i < count; i += 1) {
      const due = started + (i * 1000) / RATE;
      if (due > Date.now()) await sleep(due - Date.now());
      // The sandbox answers once WCAP took the webhook: past this many waiting, the run is behind.
      while (posts.size >= MAX_WAITING_POSTS) await Promise.race(posts);
      const phone = phoneOf(first + i);
      postedAt.set(`+${phone}`, Date.now());
      const post = control(`/tenants/${organizationId}/inbound`, { from: phone, text: 'Menu' });
      posts.add(post);
      void post.finally(() => posts.delete(post));
    }
    await Promise.all(posts);
    log(`posted ${count} messages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { postedAt, started };
  }

  // A live workspace has answered before, and autovacuum has analysed its tables since: the
  // measured burst must not run on the plans Postgres makes for tables it has never seen filled
  // (a status looked up by a unique key, planned while the table was all but empty and never
  // analysed, read every message of the organisation: 1 ms a status, and 180 replies a second).
  // The day before: other contacts go through the same flow, Wati reports every reply read, and
  // the tables are analysed as autovacuum would.
  await burst(CONTACTS, CONTACTS);
  await waitFor('the warm-up replies read', (p) => p.read >= CONTACTS + 1);
  await sql(`analyze`);

  const { postedAt, started } = await burst(0, CONTACTS);
  await waitFor('every reply accepted', (p) => p.sent >= ALL_CONTACTS);
  const replies = await sql<{ phone: string; sent_at: Date }>(
    `select k.phone, m.sent_at from public.messages m join public.contacts k on k.id = m.contact_id
     where m.organization_id = $1 and m.author = 'bot' and m.sent_at is not null`,
    [organizationId],
  );
  const measured = replies.filter((reply) => postedAt.has(reply.phone));
  const latencies = measured.map((reply) => reply.sent_at.getTime() - postedAt.get(reply.phone)!);
  const last = Math.max(...measured.map((reply) => reply.sent_at.getTime()));
  const [twice] = await sql<{ count: number }>(
    `select count(*)::int as count from (
       select contact_id from public.messages where organization_id = $1 and author = 'bot'
       group by contact_id having count(*) > 1) t`,
    [organizationId],
  );
  const result = {
    replies: latencies.length,
    repliesPerSecond: Math.round(latencies.length / ((last - started) / 1000)),
    replyP50Ms: percentile(latencies, 50),
    replyP95Ms: percentile(latencies, 95),
    answeredTwice: twice!.count,
  };
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
} finally {
  await stack.stop();
}
