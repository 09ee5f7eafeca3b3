import { FunctionsHttpError, type SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';

interface ConnectionStatus {
  mode: string;
  webhookUrl: string;
}

async function refusal(error: unknown): Promise<{ status: number; code: string; message: string }> {
  const response = (error as FunctionsHttpError).context as Response;
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

async function webhookSecretRow(organizationId: string) {
  const [row] = await sql<{ secret: string; rotated_at: string; xmin: string }>(
    `select secret, rotated_at::text, xmin::text from private.webhook_secrets where organization_id = $1`,
    [organizationId],
  );
  return row;
}

let team: Team;

beforeAll(async () => {
  team = await createTeam('acts-as-caller');
});

describe('functions called by a user act as that user', () => {
  it('gives every new organisation its webhook secret, so that reading the URL never writes', async () => {
    const before = await webhookSecretRow(team.organizationId);
    expect(before?.secret).toMatch(/^[0-9a-f]{48}$/);

    for (let read = 0; read < 3; read += 1) {
      const { data, error } = await team.clients.owner.functions.invoke<ConnectionStatus>(
        `wati-connection?organizationId=${team.organizationId}`,
        { method: 'GET' },
      );
      expect(error).toBeNull();
      expect(data!.webhookUrl).toContain(`token=${before!.secret}`);
    }
    // The same row version: no GET updated it.
    expect(await webhookSecretRow(team.organizationId)).toEqual(before);
  });

  it('lets SQL refuse members who are not owners or admins, with its code and French reason', async () => {
    const agentRead = await team.clients.agent.functions.invoke(
      `wati-connection?organizationId=${team.organizationId}`,
      { method: 'GET' },
    );
    expect(await refusal(agentRead.error)).toEqual({
      status: 403,
      code: 'wati_requires_admin',
      message: 'Seuls les propriétaires et les administrateurs gèrent l’intégration Wati.',
    });

    const before = await webhookSecretRow(team.organizationId);
    const viewerRotate = await team.clients.viewer.functions.invoke('wati-connection', {
      body: { organizationId: team.organizationId, action: 'rotate-webhook-secret' },
    });
    expect((await refusal(viewerRotate.error)).status).toBe(403);
    expect(await webhookSecretRow(team.organizationId)).toEqual(before);

    const strangerSync = await team.clients.stranger.functions.invoke('wati-sync-templates', {
      body: { organizationId: team.organizationId },
    });
    expect(await refusal(strangerSync.error)).toEqual({
      status: 403,
      code: 'template_sync_requires_admin',
      message: 'Seuls les propriétaires et les administrateurs synchronisent les modèles.',
    });
  });

  it('lets an admin renew the webhook secret, as themself', async () => {
    const before = await webhookSecretRow(team.organizationId);
    const { data, error } = await team.clients.admin.functions.invoke<ConnectionStatus>(
      'wati-connection',
      { body: { organizationId: team.organizationId, action: 'rotate-webhook-secret' } },
    );
    expect(error).toBeNull();
    const after = await webhookSecretRow(team.organizationId);
    expect(after!.secret).not.toBe(before!.secret);
    expect(data!.webhookUrl).toContain(`token=${after!.secret}`);
  });

  it('keeps the SQL the functions call out of the Data API', async () => {
    const owner: SupabaseClient = team.clients.owner;
    const { error } = await owner
      .schema('private' as never)
      .rpc('wati_credentials' as never, { org: team.organizationId } as never);
    expect(error?.code).toBe('PGRST106');
  });
});
