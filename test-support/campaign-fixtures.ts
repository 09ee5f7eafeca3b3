import type { SupabaseClient } from '@supabase/supabase-js';
import {
  randomWaId,
  sandboxControl,
  sandboxTenant,
  type SandboxTenantControl,
} from './wati/stack-tenant';
import type { SandboxMessage } from '../scripts/sandbox/wati/tenant-state';
import { createTeam, type Team } from './personas';
import { sql } from './database';
import { serviceClient } from './clients';
import { poller } from './wait';
import { createWatiClient, type WatiClient } from '@shared/wati/client.ts';
import type {
  BatchReport,
  ClaimedBatch,
} from '../supabase/functions/broadcast-dispatcher/batch.ts';

// Campaigns on the real stack for the integration tests of the dispatcher, the status webhooks and
// the campaign_outcome segment condition: an organisation in sandbox mode with its Wati sandbox
// tenant, approved templates that exist at the sandbox, contacts with unique numbers, drafts
// launched by its admins; and the means to play a dispatcher by hand.

/** Campaigns finish in seconds with the test paces; the wait for evidence is 30 s. */
export const waitUntil = poller({ timeoutMs: 45_000, intervalMs: 150 });

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The sandbox's seeded templates used here, with their placeholders in order. */
const TEMPLATES = {
  bienvenue: {
    body: 'Bonjour {{name}}, bienvenue sur le canal WhatsApp officiel de la CNSA.',
    parameters: ['name'],
  },
  rappel_rendez_vous: {
    body: 'Bonjour {{name}}, votre rendez-vous du {{date}} à {{heure}} au {{centre}} est confirmé.',
    parameters: ['name', 'date', 'heure', 'centre'],
  },
} as const;
export type TemplateName = keyof typeof TEMPLATES;

/** An organisation that campaigns can be drafted in. */
export interface CampaignOrganization {
  organizationId: string;
  /** whatsapp_templates ids, all APPROVED, named as at the sandbox. */
  templates: Record<TemplateName, string>;
  /** Its members' clients; without them, drafts are written and launched by the service role. */
  clients?: { admin: SupabaseClient };
}

export interface CampaignTeam extends Team, CampaignOrganization {
  clients: Team['clients'];
  wati: SandboxTenantControl;
}

/**
 * The sandbox's templates in the organisation, APPROVED, as a sync would have brought them in (the
 * `name` placeholder mapped to the contact's name, as an admin would map it); their ids by name.
 */
export async function approvedTemplates(
  organizationId: string,
): Promise<Record<TemplateName, string>> {
  const rows = await sql<{ id: string; name: TemplateName }>(
    `insert into public.whatsapp_templates
       (organization_id, name, category, language, status, body, parameters, parameter_mapping)
     select $1, t.name, 'MARKETING', 'fr', 'APPROVED', t.body, t.parameters,
            '{"name": {"source": "field", "value": "name"}}'::jsonb
     from jsonb_to_recordset($2::jsonb) as t(name text, body text, parameters text[])
     returning id, name`,
    [
      organizationId,
      JSON.stringify(Object.entries(TEMPLATES).map(([name, value]) => ({ name, ...value }))),
    ],
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.id])) as Record<TemplateName, string>;
}

/**
 * An organisation (one member per role, and a stranger with their own organisation) in sandbox
 * mode, its Wati sandbox tenant, and the sandbox's templates, approved.
 */
export async function campaignTeam(label: string): Promise<CampaignTeam> {
  const team = await createTeam(label);
  const wati = await sandboxTenant(team.organizationId, team.clients.owner);
  const templates = await approvedTemplates(team.organizationId);
  return { ...team, wati, templates };
}

export interface ContactSeed {
  name?: string | null;
  tags?: string[];
  attributes?: Record<string, string>;
  optedOut?: boolean;
  /** E.164; a unique random Cameroonian mobile number when absent. */
  phone?: string;
}

export interface SeededContact {
  id: string;
  phone: string;
  name: string | null;
}

// Numbers ending in these Meta codes always fail at the sandbox: never drawn at random.
const FAILING_SUFFIXES = ['131026', '131049', '131050'];

/** Distinct random numbers, none the sandbox would fail on purpose. */
export function uniquePhones(count: number): string[] {
  const phones = new Set<string>();
  while (phones.size < count) {
    const waId = randomWaId();
    if (!FAILING_SUFFIXES.some((suffix) => waId.endsWith(suffix))) phones.add(`+${waId}`);
  }
  return [...phones];
}

/**
 * Contacts of the organisation, inserted as already pushed to Wati so that the background contact
 * sync leaves the sandbox tenant (and its webhook) alone. Returned in the order given.
 */
export async function addContacts(
  organizationId: string,
  seeds: ContactSeed[],
): Promise<SeededContact[]> {
  const phones = uniquePhones(seeds.length);
  const rows = seeds.map((seed, index) => ({
    phone: seed.phone ?? phones[index]!,
    name: seed.name === undefined ? `Contact ${index + 1}` : seed.name,
    tags: seed.tags ?? [],
    attributes: seed.attributes ?? {},
    opt_in_status: seed.optedOut ? 'opted_out' : 'opted_in',
    ord: index,
  }));
  const inserted = await sql<SeededContact & { ord: number } & Record<string, unknown>>(
    `with seeds as (
       select * from jsonb_to_recordset($2::jsonb)
         as s(phone text, name text, tags text[], attributes jsonb, opt_in_status public.opt_in_status, ord int)
     ), inserted as (
       insert into public.contacts (organization_id, phone, country_code, name, tags, attributes,
                                    opt_in_status, wati_sync_status, wati_synced_at)
       select $1, s.phone, 'CM', s.name, s.tags, s.attributes, s.opt_in_status, 'synced', now()
       from seeds s order by s.ord
       returning id, phone, name
     )
     select i.id, i.phone, i.name, s.ord from inserted i join seeds s on s.phone = i.phone
     order by s.ord`,
    [organizationId, JSON.stringify(rows)],
  );
  return inserted.map(({ id, phone, name }) => ({ id, phone, name }));
}

/** `n` plain opted-in contacts named « Contact 1 »… */
export const someContacts = (organizationId: string, n: number) =>
  addContacts(
    organizationId,
    Array.from({ length: n }, () => ({})),
  );

export type Audience =
  { kind: 'all' } | { kind: 'segment'; segmentId: string } | { kind: 'tags'; tags: string[] };

export type ParameterMapping = Record<
  string,
  { source: 'field' | 'attribute' | 'text'; value: string }
>;

export interface DraftFields {
  name?: string;
  template?: TemplateName;
  parameterMapping?: ParameterMapping;
  audience?: Audience;
  /** ISO; absent: send as soon as launched. */
  scheduledAt?: string | null;
  quietHours?: { start: string; end: string };
}

export interface CampaignRow {
  id: string;
  organization_id: string;
  name: string;
  template_id: string | null;
  status: 'draft' | 'scheduled' | 'sending' | 'paused' | 'completed' | 'cancelled';
  recipients_total: number;
  excluded: { opted_out: number; invalid_number: number; missing_parameter: number };
  reserved_messages: number;
  progress_topic: string;
  last_error: string | null;
  scheduled_at: string | null;
  launched_at: string | null;
  completed_at: string | null;
}

/** Who writes and launches drafts unless told: the organisation's admin, or the service role. */
const drafter = (organization: CampaignOrganization): SupabaseClient =>
  organization.clients?.admin ?? serviceClient();

/** A draft written by an admin (or `client`) through the Data API, as the builder saves it. */
export async function createDraft(
  organization: CampaignOrganization,
  fields: DraftFields = {},
  client: SupabaseClient = drafter(organization),
): Promise<CampaignRow> {
  const { data, error } = await client
    .from('campaigns')
    .insert({
      organization_id: organization.organizationId,
      name: fields.name ?? `Campagne ${crypto.randomUUID().slice(0, 8)}`,
      template_id: organization.templates[fields.template ?? 'bienvenue'],
      parameter_mapping: fields.parameterMapping ?? {},
      audience: fields.audience ?? { kind: 'all' },
      scheduled_at: fields.scheduledAt ?? null,
      quiet_hours_start: fields.quietHours?.start ?? null,
      quiet_hours_end: fields.quietHours?.end ?? null,
    })
    .select()
    .single();
  if (error) throw error;
  return data as CampaignRow;
}

/** launch_campaign as `client`; throws the PostgREST error (its French message) on refusal. */
export async function launch(client: SupabaseClient, campaignId: string): Promise<CampaignRow> {
  const { data, error } = await client.rpc('launch_campaign', { campaign_id: campaignId });
  if (error) throw new Error(error.message);
  return data as CampaignRow;
}

/** A draft launched by the organisation's admin (or the service role). */
export async function launchedCampaign(
  organization: CampaignOrganization,
  fields: DraftFields = {},
): Promise<CampaignRow> {
  const draft = await createDraft(organization, fields);
  return await launch(drafter(organization), draft.id);
}

/** Calls one of the campaign RPCs (pause, resume, cancel, duplicate) as `client`. */
export async function campaignAction(
  client: SupabaseClient,
  action: 'pause_campaign' | 'resume_campaign' | 'cancel_campaign' | 'duplicate_campaign',
  campaignId: string,
): Promise<CampaignRow> {
  const { data, error } = await client.rpc(action, { campaign_id: campaignId });
  if (error) throw new Error(error.message);
  return data as CampaignRow;
}

export async function campaignRow(campaignId: string): Promise<CampaignRow> {
  const [row] = await sql<CampaignRow & Record<string, unknown>>(
    `select id, organization_id, name, template_id, status, recipients_total, excluded,
            reserved_messages, progress_topic, last_error, scheduled_at::text, launched_at::text,
            completed_at::text
     from public.campaigns where id = $1`,
    [campaignId],
  );
  if (!row) throw new Error(`campaign ${campaignId} not found`);
  return row;
}

export interface RecipientRow {
  id: string;
  contact_id: string | null;
  phone: string;
  contact_name: string | null;
  parameters: { name: string; value: string }[];
  local_message_id: string;
  dispatch: 'pending' | 'claimed' | 'unknown' | 'accepted' | 'rejected' | 'cancelled';
  status: 'queued' | 'sent' | 'delivered' | 'read' | 'replied' | 'failed';
  attempts: number;
  batch_name: string | null;
  wati_broadcast_id: string | null;
  due_at: Date;
  accepted_at: Date | null;
  sent_at: Date | null;
  delivered_at: Date | null;
  read_at: Date | null;
  failed_at: Date | null;
  failure_code: string | null;
  failure_reason: string | null;
}

/** The campaign's recipients as the database holds them, by phone. */
export async function recipientsOf(campaignId: string): Promise<RecipientRow[]> {
  return await sql<RecipientRow & Record<string, unknown>>(
    `select id, contact_id, phone, contact_name, parameters, local_message_id, dispatch, status,
            attempts, batch_name, wati_broadcast_id, due_at, accepted_at, sent_at, delivered_at,
            read_at, failed_at, failure_code, failure_reason
     from public.campaign_recipients where campaign_id = $1 order by phone`,
    [campaignId],
  );
}

/** How many of the campaign's recipients are in each dispatch state. */
export async function dispatchCounts(campaignId: string): Promise<Record<string, number>> {
  const rows = await sql<{ dispatch: string; n: number }>(
    `select dispatch::text, count(*)::int as n from public.campaign_recipients
     where campaign_id = $1 group by dispatch`,
    [campaignId],
  );
  return Object.fromEntries(rows.map((row) => [row.dispatch, row.n]));
}

export const campaignStatus = async (campaignId: string) => (await campaignRow(campaignId)).status;

export interface SendLimits {
  messagesPerSecond?: number;
  watiCallsPer10s?: number | null;
  /** Null: no daily tier. */
  dailyRecipients?: number | null;
}

/** The organisation's pace, as ops would set it in private.campaign_send_limits. */
export async function setSendLimits(organizationId: string, limits: SendLimits): Promise<void> {
  await sql(
    `insert into private.campaign_send_limits (organization_id) values ($1) on conflict do nothing`,
    [organizationId],
  );
  const sets: string[] = [];
  const params: unknown[] = [organizationId];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  };
  if (limits.messagesPerSecond !== undefined) set('messages_per_second', limits.messagesPerSecond);
  if (limits.watiCallsPer10s !== undefined) set('wati_calls_per_10s', limits.watiCallsPer10s);
  if (limits.dailyRecipients !== undefined) set('daily_recipients', limits.dailyRecipients);
  if (sets.length === 0) return;
  await sql(
    `update private.campaign_send_limits set ${sets.join(', ')} where organization_id = $1`,
    params,
  );
}

export interface SendLimitsRow {
  messages_per_second: number;
  daily_recipients: number | null;
  backoff_until: Date | null;
  dispatcher: string | null;
  dispatcher_until: Date | null;
}

export async function sendLimitsOf(organizationId: string): Promise<SendLimitsRow> {
  const [row] = await sql<SendLimitsRow & Record<string, unknown>>(
    `select messages_per_second, daily_recipients, backoff_until, dispatcher, dispatcher_until
     from private.campaign_send_limits where organization_id = $1`,
    [organizationId],
  );
  if (!row) throw new Error(`no send limits for ${organizationId}`);
  return row;
}

// What the sandbox saw ---------------------------------------------------------------------------

/** Template messages the sandbox accepted for these recipients' local ids. */
export async function sandboxSends(
  wati: SandboxTenantControl,
  recipients?: { local_message_id: string }[],
): Promise<SandboxMessage[]> {
  const messages = (await wati.messages()).filter((message) => message.kind === 'template');
  if (!recipients) return messages;
  const wanted = new Set(recipients.map((recipient) => recipient.local_message_id));
  return messages.filter((message) => wanted.has(message.localMessageId));
}

/** Sandbox messages per local message id. */
export function countByLocalId(messages: SandboxMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    counts.set(message.localMessageId, (counts.get(message.localMessageId) ?? 0) + 1);
  }
  return counts;
}

/**
 * Every recipient reached the sandbox exactly once (by local message id), and nothing else of the
 * campaign did: the test's core promise.
 */
export async function expectSentExactlyOnce(
  wati: SandboxTenantControl,
  campaignId: string,
): Promise<{ recipients: RecipientRow[]; messages: SandboxMessage[] }> {
  const recipients = await recipientsOf(campaignId);
  const messages = await sandboxSends(wati, recipients);
  const counts = countByLocalId(messages);
  const problems = recipients
    .filter((recipient) => counts.get(recipient.local_message_id) !== 1)
    .map((recipient) => `${recipient.phone}: ${counts.get(recipient.local_message_id) ?? 0}`);
  if (problems.length > 0) {
    throw new Error(`sent other than exactly once at the sandbox: ${problems.join(', ')}`);
  }
  return { recipients, messages };
}

/** The send calls (`POST /messageTemplates/send`) the sandbox received, 429s and faults included. */
export async function sendCalls(wati: SandboxTenantControl) {
  return (await wati.calls()).filter((call) => call.operation === 'sendTemplateMessages');
}

/** Read-back calls (broadcast listings), the dispatcher's way to settle a batch in doubt. */
export async function readBackCalls(wati: SandboxTenantControl) {
  return (await wati.calls()).filter(
    (call) => call.operation === 'listBroadcasts' || call.operation === 'listBroadcastRecipients',
  );
}

/**
 * Points the tenant's webhook at an address that refuses connections: Wati's events are emitted
 * (and retried) but never reach WCAP. A dispatcher run registers the real address again (its Wati
 * connection gives the sandbox the webhook URL), so this holds only while no run starts.
 */
export async function disableWebhooks(organizationId: string): Promise<void> {
  await sandboxControl('PUT', `/tenants/${organizationId}/webhook`, {
    url: 'http://127.0.0.1:9/webhook-hors-service',
  });
}

export async function clearFaults(wati: SandboxTenantControl): Promise<void> {
  await wati.setFaults({});
}

/** Wati's API as the organisation's workspace token reaches it (no retries), for a test playing a dispatcher. */
export async function tenantWatiClient(organizationId: string): Promise<WatiClient> {
  // Without webhookUrl the sandbox leaves the tenant's webhook as it is.
  const credentials = await sandboxControl<{ endpoint: string; token: string }>(
    'POST',
    '/tenants',
    { id: organizationId },
  );
  return createWatiClient({
    endpoint: credentials.endpoint,
    token: credentials.token,
    timeoutMs: 10_000,
    retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 },
  });
}

/** Posts one webhook body to the organisation's webhook URL, as Wati would; its JSON answer. */
export async function postWebhook<Body = Record<string, unknown>>(
  webhookUrl: string,
  payload: unknown,
): Promise<{ status: number; body: Body }> {
  const response = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  return { status: response.status, body: (await response.json()) as Body };
}

// A dispatcher played by the test ----------------------------------------------------------------

export interface DispatcherByHand {
  holder: string;
  /** private.claim_campaign_batch: a batch, `{waitUntil, reason}`, or null. */
  claim(
    maxRecipients?: number,
  ): Promise<ClaimedBatch | { waitUntil: string; reason: string } | null>;
  /** A claimed batch (throws when the database gave none). */
  claimBatch(maxRecipients?: number): Promise<ClaimedBatch>;
  finish(report: BatchReport): Promise<void>;
  /** Frees the organisation for the scheduled dispatcher, as a run that ends well does. */
  release(): Promise<void>;
  /**
   * Dies without a word: the lease is left to run out (made to run out now, instead of in 30 s),
   * and so are its recipients' leases.
   */
  die(): Promise<void>;
}

/**
 * Takes the organisation's dispatcher lease under a holder of the test's own: while it holds it
 * (`lease`, renewed by each claim), the scheduled dispatcher leaves the organisation alone and the
 * test claims batches itself.
 */
export async function dispatchByHand(
  organizationId: string,
  lease = '5 minutes',
): Promise<DispatcherByHand> {
  const holder = crypto.randomUUID();
  const [begun] = await sql<{ ok: boolean }>(
    `select private.begin_campaign_dispatch($1, $2, $3::interval) as ok`,
    [organizationId, holder, lease],
  );
  if (!begun?.ok) throw new Error('another dispatcher holds the organisation');
  const claim: DispatcherByHand['claim'] = async (maxRecipients = 10_000) => {
    const [row] = await sql<{ claim: ClaimedBatch | { waitUntil: string; reason: string } | null }>(
      // The recipients' lease is the dispatcher's; claiming renews the organisation's lease too.
      `select private.claim_campaign_batch($1, $2, $3, $4::interval) as claim`,
      [organizationId, holder, maxRecipients, lease],
    );
    return row?.claim ?? null;
  };
  return {
    holder,
    claim,
    async claimBatch(maxRecipients) {
      const claimed = await claim(maxRecipients);
      if (!claimed || !('recipients' in claimed)) {
        throw new Error(`no batch claimed: ${JSON.stringify(claimed)}`);
      }
      return claimed;
    },
    async finish(report) {
      await sql(`select private.finish_campaign_batch($1, $2::jsonb, interval '30 seconds')`, [
        organizationId,
        JSON.stringify(report),
      ]);
    },
    async release() {
      await sql(`select private.end_campaign_dispatch($1, $2)`, [organizationId, holder]);
    },
    async die() {
      await sql(
        `update private.campaign_send_limits set dispatcher_until = now() - interval '1 second'
         where organization_id = $1 and dispatcher = $2`,
        [organizationId, holder],
      );
      await sql(
        `update public.campaign_recipients set due_at = now() - interval '1 second'
         where organization_id = $1 and dispatch = 'claimed'`,
        [organizationId],
      );
    },
  };
}

/**
 * Ends the waits of the campaign's recipients in doubt (claimed by a dead dispatcher, or with an
 * unknown outcome) now rather than after 30 s, so the next dispatcher reads them back at Wati.
 */
export async function endWaitsInDoubt(campaignId: string): Promise<number> {
  const rows = await sql(
    `update public.campaign_recipients set due_at = now() - interval '1 second'
     where campaign_id = $1 and dispatch in ('claimed', 'unknown') returning id`,
    [campaignId],
  );
  return rows.length;
}

/** The dispatcher called directly for one organisation, in the foreground, with its report. */
export async function runDispatcher(organizationId: string, budgetMs = 5_000) {
  const { data, error } = await serviceClient().functions.invoke<{
    organizations: Array<{ organizationId: string; stopped?: string; batches: number }>;
  }>('broadcast-dispatcher', { body: { organizationId, wait: true, budgetMs } });
  if (error) throw error;
  return data!.organizations[0]!;
}

/** Waits until the campaign has ended (completed or cancelled) and nothing is in flight. */
export async function untilEnded(campaignId: string, timeoutMs?: number): Promise<CampaignRow> {
  await waitUntil(
    async () => ['completed', 'cancelled'].includes(await campaignStatus(campaignId)),
    `campaign ${campaignId} to end`,
    timeoutMs,
  );
  return await campaignRow(campaignId);
}
