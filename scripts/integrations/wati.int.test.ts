import type { SupabaseClient } from '@supabase/supabase-js';
import { FunctionsHttpError } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo-login';
import { createTeam } from '../../test-support/personas';
import { sql } from '../../test-support/database';
import { anonClient, stackInfo } from '../../test-support/clients';
import { poller } from '../../test-support/wait';
import { messagesOf, queuedMessages } from '../../supabase/functions/inbox-send/inbox-fixtures.ts';

const DEMO = 'c0000000-0000-4000-8000-000000000001';

async function demoOwner(): Promise<SupabaseClient> {
  const client = anonClient();
  const { error } = await client.auth.signInWithPassword({
    email: 'proprietaire@cnsa-demo.test',
    password: demoPassword,
  });
  if (error) throw error;
  return client;
}

async function errorBody(error: unknown): Promise<{ error: { code: string; message: string } }> {
  return (await (error as FunctionsHttpError).context.json()) as {
    error: { code: string; message: string };
  };
}

interface ConnectionStatus {
  mode: string;
  maskedToken: string | null;
  webhookUrl: string;
  endpoint: string | null;
}

const waitUntil = poller({ timeoutMs: 15_000, intervalMs: 100 });

let owner: SupabaseClient;
let webhook: string;

beforeAll(async () => {
  owner = await demoOwner();
  const { data, error } = await owner.functions.invoke<ConnectionStatus>(
    `wati-connection?organizationId=${DEMO}`,
    { method: 'GET' },
  );
  if (error) throw error;
  webhook = data!.webhookUrl;
});

describe('Intégration Wati (sandbox mode)', () => {
  it('shows the sandbox state and a webhook URL carrying the organisation and its secret', async () => {
    const { data } = await owner.functions.invoke<ConnectionStatus>(
      `wati-connection?organizationId=${DEMO}`,
      { method: 'GET' },
    );
    expect(data).toMatchObject({ mode: 'sandbox', maskedToken: null, endpoint: null });
    expect(webhook).toMatch(
      new RegExp(`/functions/v1/wati-webhook\\?org=${DEMO}&token=[0-9a-f]{48}$`),
    );
  });

  it('tests the connection with a clear French result', async () => {
    const { data, error } = await owner.functions.invoke('wati-connection', {
      body: { organizationId: DEMO, action: 'test' },
    });
    expect(error).toBeNull();
    expect(data.message).toMatch(
      /^Connexion réussie au bac à sable Wati : \d+ modèles? disponibles?\.$/,
    );
    // The count on its own, for the interface to say it in the reader's language.
    expect(data.templateCount).toEqual(expect.any(Number));
    expect(data.message).toContain(` ${data.templateCount} `);
  });

  it('keeps the integration from agents', async () => {
    const agent = anonClient();
    await agent.auth.signInWithPassword({ email: 'agent@cnsa-demo.test', password: demoPassword });
    const { error } = await agent.functions.invoke(`wati-connection?organizationId=${DEMO}`, {
      method: 'GET',
    });
    expect((error as FunctionsHttpError).context.status).toBe(403);
  });

  it('synchronises the sandbox templates, idempotently', async () => {
    const first = await owner.functions.invoke('wati-sync-templates', {
      body: { organizationId: DEMO },
    });
    expect(first.error).toBeNull();
    expect(first.data).toMatchObject({ source: 'sandbox', removed: 0 });
    expect(first.data.received).toBeGreaterThanOrEqual(5);
    const second = await owner.functions.invoke('wati-sync-templates', {
      body: { organizationId: DEMO },
    });
    expect(second.data).toMatchObject({ created: 0, updated: first.data.received, removed: 0 });

    const { data: templates } = await owner
      .from('whatsapp_templates')
      .select('name, status, language, parameters')
      .eq('organization_id', DEMO)
      .order('name');
    expect(templates!.filter((t) => t.status === 'APPROVED').length).toBeGreaterThanOrEqual(4);
    expect(templates!.map((t) => t.name)).toContain('bienvenue');
  });
});

describe('wati-webhook', () => {
  const post = (url: string, body: unknown) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  async function outbound(localId: string): Promise<void> {
    // An agent's template reply: the sweep of WCAP's own queued messages leaves it alone.
    await queuedMessages(DEMO, '+237690000123', [localId], { kind: 'template', author: 'agent' });
  }

  const statusOf = async (localId: string) =>
    (
      await sql<{ status: string; failure_code: string | null }>(
        `select status, failure_code from public.messages where organization_id = $1 and local_message_id = $2`,
        [DEMO, localId],
      )
    )[0];

  it('refuses a missing or wrong secret with 401 and stores nothing', async () => {
    const before = await sql<{ n: number }>(
      `select count(*)::int as n from private.wati_webhook_events`,
    );
    const base = `${stackInfo().functionsUrl}/wati-webhook`;
    expect((await post(base, { eventType: 'message' })).status).toBe(401);
    expect((await post(`${base}?org=${DEMO}&token=faux`, { eventType: 'message' })).status).toBe(
      401,
    );
    const wrong = await post(webhook.replace(/token=\w+/, 'token=' + 'a'.repeat(48)), {
      eventType: 'message',
    });
    expect(wrong.status).toBe(401);
    expect(((await wrong.json()) as { error: { message: string } }).error.message).toMatch(
      /Adresse de webhook invalide/,
    );
    const after = await sql<{ n: number }>(
      `select count(*)::int as n from private.wati_webhook_events`,
    );
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('keeps statuses moving forward whatever order events arrive in, and stores duplicates once', async () => {
    const localId = `test-${crypto.randomUUID()}`;
    await outbound(localId);
    const read = {
      eventType: 'sentMessageREAD_v2',
      statusString: 'Read',
      localMessageId: localId,
      id: 'w1',
      timestamp: '1765791400',
    };
    expect((await post(webhook, read)).status).toBe(200);
    const duplicate = await post(webhook, read);
    expect(await duplicate.json()).toEqual({ ok: true, duplicate: true });
    await post(webhook, {
      eventType: 'sentMessageDELIVERED_v2',
      statusString: 'Delivered',
      localMessageId: localId,
      id: 'w1',
      timestamp: '1765791300',
    });
    await post(webhook, {
      eventType: 'templateMessageSent_v2',
      statusString: 'SENT',
      localMessageId: localId,
      id: 'w1',
      created: '2025-12-15T09:46:23.4083984Z',
    });
    await post(webhook, {
      eventType: 'templateMessageFailed',
      statusString: 'Failed',
      localMessageId: localId,
      id: 'w1',
      failedCode: '131026',
      timestamp: '1765791500',
    });
    expect(await statusOf(localId)).toEqual({ status: 'read', failure_code: null });
    const stored = await sql<{ n: number }>(
      `select count(*)::int as n from private.wati_webhook_events where payload ->> 'localMessageId' = $1`,
      [localId],
    );
    expect(stored[0]!.n).toBe(4);
  });

  it('records a failure with its code and a French reason', async () => {
    const localId = `test-${crypto.randomUUID()}`;
    await outbound(localId);
    await post(webhook, {
      eventType: 'templateMessageFailed',
      statusString: 'Failed',
      localMessageId: localId,
      id: 'w2',
      failedCode: '131026',
      failedDetail: 'Message undeliverable',
      timestamp: '1765791500',
    });
    const [row] = await sql(
      `select status, failure_code, failure_reason from public.messages where local_message_id = $1`,
      [localId],
    );
    expect(row).toEqual({
      status: 'failed',
      failure_code: '131026',
      failure_reason: expect.stringMatching(/non délivrable/),
    });
  });

  it('keeps unknown event types without failing, and files inbound messages for the inbox', async () => {
    const unknown = await post(webhook, { eventType: 'somethingNew', id: `x-${Date.now()}` });
    expect(await unknown.json()).toEqual({ ok: true, outcome: 'ignored' });
    const inbound = await post(webhook, {
      eventType: 'message',
      id: `in-${Date.now()}`,
      waId: '237690000124',
      text: 'Bonjour',
      timestamp: '1765791600',
    });
    expect(await inbound.json()).toEqual({ ok: true, outcome: 'inbound' });
    const filed = await messagesOf(DEMO, '237690000124');
    expect(filed.filter((message) => message.author === 'contact')).toEqual([
      expect.objectContaining({ kind: 'text', body: 'Bonjour' }),
    ]);
  });

  it('receives the sandbox’s real webhooks: sent, delivered, then read', async () => {
    const localId = `test-${crypto.randomUUID()}`;
    await outbound(localId);
    const { wati } = stackInfo().sandboxes as { wati: { url: string; token: string } };
    const tenant = await fetch(`${wati.url}/_sandbox/tenants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wati.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: DEMO, webhookUrl: webhook }),
    });
    const { endpoint, token } = (await tenant.json()) as { endpoint: string; token: string };
    const sent = await fetch(`${new URL(endpoint).origin}/api/ext/v3/messageTemplates/send`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        template_name: 'bienvenue',
        broadcast_name: 'test-webhooks',
        recipients: [
          {
            phone_number: '237690000123',
            local_message_id: localId,
            custom_params: [{ name: 'name', value: 'Awa' }],
          },
        ],
      }),
    });
    expect(sent.status).toBe(200);
    await waitUntil(async () => (await statusOf(localId))?.status === 'read', 'the read webhook');
  });
});

describe('saving real credentials', () => {
  it('checks them with Wati, keeps the token encrypted and masked, and switches to live', async () => {
    const team = await createTeam('wati-live');
    const { wati } = stackInfo().sandboxes as { wati: { url: string; token: string } };
    const tenant = await fetch(`${wati.url}/_sandbox/tenants`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wati.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `live-${Date.now()}` }),
    });
    const { endpoint, token } = (await tenant.json()) as { endpoint: string; token: string };

    const refused = await team.clients.owner.functions.invoke('wati-connection', {
      method: 'PUT',
      body: { organizationId: team.organizationId, endpoint, token: `${token}x` },
    });
    expect((await errorBody(refused.error)).error.message).toMatch(/Wati refuse ce jeton/);

    const saved = await team.clients.owner.functions.invoke<ConnectionStatus>('wati-connection', {
      method: 'PUT',
      body: { organizationId: team.organizationId, endpoint, token },
    });
    expect(saved.error).toBeNull();
    expect(saved.data).toMatchObject({
      mode: 'live',
      endpoint,
      maskedToken: `••••••••${token.slice(-4)}`,
    });
    expect(JSON.stringify(saved.data)).not.toContain(token);
    const [stored] = await sql<{ token_ciphertext: string; updated_by: string }>(
      `select token_ciphertext, updated_by from private.wati_connections where organization_id = $1`,
      [team.organizationId],
    );
    expect(stored!.token_ciphertext).not.toContain(token.slice(0, 20));
    // Saved by SQL acting for the caller: auth.uid() is the owner who called the function.
    expect(stored!.updated_by).toBe(team.userIds.owner);

    const synced = await team.clients.owner.functions.invoke('wati-sync-templates', {
      body: { organizationId: team.organizationId },
    });
    expect(synced.data).toMatchObject({ source: 'live' });

    const removed = await team.clients.owner.functions.invoke<ConnectionStatus>('wati-connection', {
      method: 'DELETE',
      body: { organizationId: team.organizationId },
    });
    expect(removed.data).toMatchObject({ mode: 'sandbox', maskedToken: null });
  });
});

describe('npm run wati:sync', () => {
  it('synchronises every organisation with the service role key, as an ops script would', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/wati-sync.ts'],
      {
        env: {
          ...process.env,
          SUPABASE_URL: stackInfo().apiUrl,
          SUPABASE_SERVICE_ROLE_KEY: stackInfo().serviceRoleKey,
        },
        encoding: 'utf8',
      },
    );
    expect(stdout).toMatch(new RegExp(`${DEMO} \\(sandbox\\) : \\d+ modèle\\(s\\) reçu\\(s\\)`));
  });
});
