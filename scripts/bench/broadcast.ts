import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { querySql } from '../stack/sql';
import { startStack } from '../stack/stack';

/**
 * `npm run bench:broadcast`: the campaign engine on an ephemeral stack with the Wati sandbox, as
 * `npm start` runs it (scheduler → broadcast-dispatcher → sandbox → webhooks → wati-webhook).
 * - unthrottled: 100,000 recipients at the pace of a number without limit: messages recorded as
 *   accepted per second from launch to the last one, and delivered/read webhooks ingested per second;
 * - throttled: 200 messages/s for 40 s: what reaches the sandbox in the first 30 s over the limit,
 *   and the busiest sliding 1-s window at the sandbox over the limit;
 * - faults: 10 % of sends answered 500 after acceptance, 429 bursts, slow answers, and the
 *   dispatcher killed twice mid-run: each recipient must reach the sandbox exactly once.
 * Prints BENCH_RESULT {json}; progress goes to stderr.
 */
const UNTHROTTLED_RECIPIENTS = 100_000;
const THROTTLED_LIMIT = 200;
const THROTTLED_SECONDS = 40;
const MEASURED_SECONDS = 30;
const FAULT_RECIPIENTS = 20_000;

const log = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number, digits = 3) => Number(value.toFixed(digits));

interface SandboxMessage {
  localMessageId: string;
  created: string;
}

// Wati does not say how many webhooks it posts at once; 64 keeps the pipe full on a 2-core machine.
const stack = await startStack({ ephemeral: true, watiSandbox: { webhookConcurrency: 64 } });
const { info } = stack;
const sql = <T extends Record<string, unknown>>(text: string, params?: unknown[]) =>
  querySql<T>(info.dbUrl, text, params);
const wati = info.sandboxes.wati as { url: string; token: string };

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${wati.url}/_sandbox${path}`, {
    method,
    headers: { authorization: `Bearer ${wati.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Every message the tenant accepted, page by page. */
async function sandboxMessages(tenantId: string): Promise<SandboxMessage[]> {
  const all: SandboxMessage[] = [];
  for (;;) {
    const { messages } = await control<{ messages: SandboxMessage[] }>(
      'GET',
      `/tenants/${tenantId}/messages?after=${all.length}&limit=10000`,
    );
    all.push(...messages);
    if (messages.length < 10_000) return all;
  }
}

interface Limits {
  messagesPerSecond: number;
  callsPer10s: number;
}

/** An organisation in sandbox mode with `recipients` opted-in contacts and a draft campaign. */
async function prepareCampaign(label: string, recipients: number, limits: Limits) {
  const [organization] = await sql<{ id: string }>(
    `insert into public.organizations (name, slug, country_code, default_phone_country, plan_id,
                                       contacts_quota, messages_quota)
     values ($1, $2, 'CM', 'CM', 'enterprise', null, null) returning id`,
    [`Banc d'essai ${label}`, `banc-essai-${label}`],
  );
  const organizationId = organization!.id;
  await sql(
    `insert into public.contacts (organization_id, phone, country_code, name, opt_in_source)
     select $1, '+2376' || lpad(n::text, 8, '0'), 'CM', 'Assuré ' || n, 'import'
     from generate_series(1, $2) n`,
    [organizationId, recipients],
  );
  const [template] = await sql<{ id: string }>(
    `insert into public.whatsapp_templates (organization_id, name, status, body, parameters)
     values ($1, 'bienvenue', 'APPROVED', 'Bonjour {{name}}', '{name}') returning id`,
    [organizationId],
  );
  await sql(
    `insert into private.campaign_send_limits (organization_id, messages_per_second, wati_calls_per_10s, daily_recipients)
     values ($1, $2, $3, null)`,
    [organizationId, limits.messagesPerSecond, limits.callsPer10s],
  );
  const [campaign] = await sql<{ id: string }>(
    `insert into public.campaigns (organization_id, name, template_id, parameter_mapping)
     values ($1, $2, $3, '{"name": {"source": "field", "value": "name"}}') returning id`,
    [organizationId, `Banc ${label}`, template!.id],
  );
  return { organizationId, campaignId: campaign!.id };
}

async function launch(campaignId: string): Promise<number> {
  const [row] = await sql<{ at: Date }>(
    `select launched_at as at from public.launch_campaign($1)`,
    [campaignId],
  );
  return row!.at.getTime();
}

async function progressOf(campaignId: string) {
  const [row] = await sql<{ remaining: number; accepted: number; read: number; status: string }>(
    `select (p->>'remaining')::int as remaining, (p->>'accepted')::int as accepted,
            (p->>'read')::int as read, p->>'status' as status
     from private.campaign_progress_of($1) p`,
    [campaignId],
  );
  return row!;
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 250,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(everyMs);
  }
}

async function unthrottled() {
  const { organizationId, campaignId } = await prepareCampaign('libre', UNTHROTTLED_RECIPIENTS, {
    messagesPerSecond: 100_000,
    callsPer10s: 100,
  });
  const launchedAt = await launch(campaignId);
  log(`unthrottled: launched ${UNTHROTTLED_RECIPIENTS} recipients`);
  await waitFor(
    'every recipient accepted',
    async () => {
      const progress = await progressOf(campaignId);
      log(`  accepted ${progress.accepted}`);
      return progress.remaining === 0;
    },
    600_000,
    1000,
  );
  const [sent] = await sql<{ last: Date; accepted: number }>(
    `select max(accepted_at) as last, count(*) filter (where dispatch = 'accepted')::int as accepted
     from public.campaign_recipients where campaign_id = $1`,
    [campaignId],
  );
  const seconds = (sent!.last.getTime() - launchedAt) / 1000;
  await waitFor(
    'every recipient read',
    async () => {
      const progress = await progressOf(campaignId);
      log(`  read ${progress.read}`);
      return progress.read >= UNTHROTTLED_RECIPIENTS;
    },
    900_000,
    2000,
  );
  const [events] = await sql<{ count: number; first: Date; last: Date }>(
    `select count(*)::int as count, min(received_at) as first, max(received_at) as last
     from private.wati_webhook_events
     where organization_id = $1 and event_type in ('sentMessageDELIVERED_v2', 'sentMessageREAD_v2')`,
    [organizationId],
  );
  const eventSeconds = (events!.last.getTime() - events!.first.getTime()) / 1000;
  return {
    recipients: UNTHROTTLED_RECIPIENTS,
    accepted: sent!.accepted,
    seconds: round(seconds),
    messagesPerSecond: Math.round(sent!.accepted / seconds),
    statusEvents: events!.count,
    statusEventsPerSecond: Math.round(events!.count / eventSeconds),
  };
}

/** The most messages in any window [t, t + 1 s) of the accept times given (sorted). */
function busiestSecond(times: number[]): number {
  let most = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while (times[end]! - times[start]! >= 1000) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

async function throttled() {
  const recipients = THROTTLED_LIMIT * THROTTLED_SECONDS;
  const { organizationId, campaignId } = await prepareCampaign('rythme', recipients, {
    messagesPerSecond: THROTTLED_LIMIT,
    callsPer10s: 100,
  });
  await launch(campaignId);
  log(`throttled: launched ${recipients} recipients at ${THROTTLED_LIMIT}/s`);
  await waitFor(
    'the throttled campaign to end',
    async () => (await progressOf(campaignId)).remaining === 0,
    THROTTLED_SECONDS * 3000,
    1000,
  );
  const times = (await sandboxMessages(organizationId))
    .map((message) => Date.parse(message.created))
    .sort((a, b) => a - b);
  const first = times[0]!;
  const inWindow = times.filter((time) => time < first + MEASURED_SECONDS * 1000).length;
  return {
    limit: THROTTLED_LIMIT,
    recipients,
    measuredSeconds: MEASURED_SECONDS,
    achievedOverLimit: round(inWindow / (THROTTLED_LIMIT * MEASURED_SECONDS)),
    maxOneSecondOverLimit: round(busiestSecond(times) / THROTTLED_LIMIT),
  };
}

const run = promisify(execFile);

/** Kills the broadcast-dispatcher's Deno process (the next tick starts a new one). */
async function killDispatcher(): Promise<number> {
  const { stdout } = await run('ps', ['-eo', 'pid=,args=']);
  const pids = stdout
    .split('\n')
    .filter((line) => line.includes('broadcast-dispatcher/index.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  return pids.length;
}

async function faults() {
  const { organizationId, campaignId } = await prepareCampaign('pannes', FAULT_RECIPIENTS, {
    messagesPerSecond: 2000,
    callsPer10s: 100,
  });
  const arm = () =>
    control('PUT', '/faults', {
      tenantId: organizationId,
      errorAfterAcceptRate: 0.1,
      errorAfterAcceptStatus: 500,
      delayMs: 300,
      rateLimitBurst: { requests: 3, retryAfterSeconds: 1 },
    });
  await arm();
  await launch(campaignId);
  log(`faults: launched ${FAULT_RECIPIENTS} recipients`);
  const kills: number[] = [];
  let rearmed = Date.now();
  await waitFor(
    'the campaign under faults to end',
    async () => {
      const progress = await progressOf(campaignId);
      const done = (progress.accepted / FAULT_RECIPIENTS) * 100;
      if ((kills.length === 0 && done >= 25) || (kills.length === 1 && done >= 60)) {
        kills.push(await killDispatcher());
        log(`  dispatcher killed at ${Math.round(done)} %`);
      }
      if (Date.now() - rearmed > 4000) {
        await arm();
        rearmed = Date.now();
      }
      return progress.remaining === 0;
    },
    600_000,
    500,
  );
  const sentIds = new Map<string, number>();
  for (const message of await sandboxMessages(organizationId)) {
    sentIds.set(message.localMessageId, (sentIds.get(message.localMessageId) ?? 0) + 1);
  }
  const recipients = await sql<{ local_message_id: string; first_attempt: string }>(
    `select local_message_id, id::text as first_attempt from public.campaign_recipients where campaign_id = $1`,
    [campaignId],
  );
  let lost = 0;
  let duplicates = 0;
  for (const recipient of recipients) {
    const times =
      (sentIds.get(recipient.first_attempt) ?? 0) +
      (recipient.local_message_id === recipient.first_attempt
        ? 0
        : (sentIds.get(recipient.local_message_id) ?? 0));
    if (times === 0) lost += 1;
    if (times > 1) duplicates += times - 1;
  }
  const { calls } = await control<{ calls: { operation: string; status: number }[] }>(
    'GET',
    `/tenants/${organizationId}/calls`,
  );
  const sends = calls.filter((call) => call.operation === 'sendTemplateMessages');
  return {
    recipients: FAULT_RECIPIENTS,
    killed: kills.filter((count) => count > 0).length,
    sentExactlyOnce: lost === 0 && duplicates === 0,
    lost,
    duplicates,
    sendCalls: sends.length,
    answered429: sends.filter((call) => call.status === 429).length,
    answered500AfterAccepting: sends.filter((call) => call.status === 500).length,
  };
}

try {
  const result = {
    unthrottled: await unthrottled(),
    throttled: await throttled(),
    faults: await faults(),
  };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
} finally {
  await stack.stop();
}
