import { FunctionsHttpError, type SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import { poller } from '../../../test-support/wait';
import { sandboxTenant, type SandboxTenantControl } from '../../../test-support/wati/stack-tenant';

// A campaign text submitted to Wati as a new template, on the real stack and its Wati sandbox:
// pending in Modèles at once, then approved or rejected by WhatsApp's review (the sandbox's, a
// couple of seconds later, told by the templateReviewed webhook); who may submit; what is refused
// before Wati is called, and what Wati refuses.

const waitUntil = poller({ timeoutMs: 30_000, intervalMs: 200 });

interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string } };
}

/** Calls wati-submit-template as the SPA does (supabase-js, the member's session). */
async function submit(client: SupabaseClient, body: Record<string, unknown>): Promise<Answer> {
  const { data, error } = await client.functions.invoke('wati-submit-template', { body });
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

let team: Team;
let tenant: SandboxTenantControl;
let names = 0;

/** A name no other test of the run uses. */
const freshName = (prefix = 'promo') => `${prefix}_${Date.now().toString(36)}_${(names += 1)}`;

const request = (fields: Record<string, unknown> = {}) => ({
  organizationId: team.organizationId,
  name: freshName(),
  category: 'MARKETING',
  language: 'fr',
  body: 'Bonjour {{1}}, les soldes commencent le {{2}} dans votre magasin de Douala !',
  ...fields,
});

const createCalls = async () =>
  (await tenant.calls()).filter((call) => call.operation === 'createTemplate').length;

interface TemplateRow extends Record<string, unknown> {
  id: string;
  status: string;
  wati_id: string | null;
}

const templateRows = (organizationId: string, name: string) =>
  sql<TemplateRow>(
    `select id, wati_id, name, category, language, status, header, body, footer, buttons, parameters
     from public.whatsapp_templates where organization_id = $1 and name = $2`,
    [organizationId, name],
  );

async function statusBecomes(name: string, status: string): Promise<void> {
  await waitUntil(
    async () => (await templateRows(team.organizationId, name))[0]?.status === status,
    `${name} ${status}`,
  );
}

beforeAll(async () => {
  team = await createTeam('modeles');
  tenant = await sandboxTenant(team.organizationId, team.clients.owner);
});

describe('wati-submit-template', () => {
  it('files the template pending at once; the review approves it and the webhook says so', async () => {
    const asked = request();
    const answer = await submit(team.clients.admin, asked);
    expect(answer).toEqual({
      status: 200,
      body: { template: { id: expect.any(String), name: asked.name, status: 'PENDING' } },
    });
    const [row] = await templateRows(team.organizationId, asked.name);
    expect(row).toMatchObject({
      id: (answer.body.template as { id: string }).id,
      wati_id: expect.stringMatching(/^[0-9a-f]{24}$/),
      category: 'MARKETING',
      language: 'fr',
      status: 'PENDING',
      header: null,
      body: asked.body,
      footer: null,
      buttons: [],
      parameters: ['1', '2'],
    });
    // Members see it in Modèles (row-level security), pending.
    const { data: seen } = await team.clients.viewer
      .from('whatsapp_templates')
      .select('name, status')
      .eq('name', asked.name);
    expect(seen).toEqual([{ name: asked.name, status: 'PENDING' }]);

    await statusBecomes(asked.name, 'APPROVED');
    const events = await tenant.events();
    const review = events.find(
      (event) =>
        event.eventType === 'templateReviewed' && event.payload.templateName === asked.name,
    );
    expect(review?.payload).toMatchObject({
      watiTemplateId: row!.wati_id,
      oldTemplateStatus: 1,
      newTemplateStatus: 2,
    });

    // The next synchronisation finds the same template (same name and language), not another.
    const synced = await team.clients.owner.functions.invoke('wati-sync-templates', {
      body: { organizationId: team.organizationId },
    });
    expect(synced.error).toBeNull();
    expect(await templateRows(team.organizationId, asked.name)).toEqual([
      expect.objectContaining({ id: row!.id, wati_id: row!.wati_id, status: 'APPROVED' }),
    ]);
  });

  it('a template WhatsApp rejects becomes rejected', async () => {
    const asked = request({ name: freshName('sandbox_reject'), category: 'UTILITY' });
    expect(await submit(team.clients.owner, asked)).toMatchObject({
      status: 200,
      body: { template: { status: 'PENDING' } },
    });
    await statusBecomes(asked.name, 'REJECTED');
  });

  it('refuses agents, viewers and other organisations’ owners before calling Wati', async () => {
    const before = await createCalls();
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      const asked = request();
      expect(await submit(team.clients[persona], asked)).toMatchObject(
        refusal(403, 'template_sync_requires_admin'),
      );
      expect(await templateRows(team.organizationId, asked.name)).toEqual([]);
    }
    expect(await submit(team.clients.anonymous, request())).toMatchObject(
      refusal(401, 'unauthenticated'),
    );
    expect(await createCalls()).toBe(before);
  });

  it('refuses a text WhatsApp would refuse, and a name it would not take, before calling Wati', async () => {
    const before = await createCalls();
    const first = await submit(
      team.clients.admin,
      request({ body: '{{1}}, les soldes commencent le {{2}} à Douala !' }),
    );
    expect(first).toMatchObject(refusal(400, 'template_body_invalid'));
    expect(first.body.error?.message).toBe(
      'Ce texte ne peut pas devenir un modèle WhatsApp. Le texte commence ou finit par une variable, ce que WhatsApp refuse.',
    );
    expect(
      await submit(team.clients.admin, request({ body: 'Bonjour {{1}} et {{3}} !' })),
    ).toMatchObject(refusal(400, 'template_body_invalid'));
    expect(await submit(team.clients.admin, request({ name: 'Promo Soldes' }))).toMatchObject(
      refusal(400, 'invalid_input'),
    );
    expect(await submit(team.clients.admin, request({ category: 'AUTHENTICATION' }))).toMatchObject(
      refusal(400, 'invalid_input'),
    );
    expect(await createCalls()).toBe(before);
  });

  it('refuses a name already used in that language, in WCAP or in Wati', async () => {
    const asked = request();
    expect((await submit(team.clients.admin, asked)).status).toBe(200);
    const afterFirst = await createCalls();
    expect(await submit(team.clients.admin, asked)).toMatchObject(
      refusal(409, 'template_name_taken'),
    );
    expect(await createCalls()).toBe(afterFirst);
    expect(await templateRows(team.organizationId, asked.name)).toHaveLength(1);

    // « bienvenue » is in the Wati workspace but was never synchronised into this organisation.
    await sql(`delete from public.whatsapp_templates where organization_id = $1 and name = $2`, [
      team.organizationId,
      'bienvenue',
    ]);
    expect(await submit(team.clients.admin, request({ name: 'bienvenue' }))).toMatchObject(
      refusal(409, 'template_name_taken'),
    );
    expect(await createCalls()).toBe(afterFirst + 1);
    expect(await templateRows(team.organizationId, 'bienvenue')).toEqual([]);

    // Two admins submitting the same name at once: one goes to Wati, the other is turned away.
    const twice = request();
    const answers = await Promise.all([
      submit(team.clients.admin, twice),
      submit(team.clients.owner, twice),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    expect(await createCalls()).toBe(afterFirst + 2);
    expect(await templateRows(team.organizationId, twice.name)).toHaveLength(1);

    // Another language is another template.
    expect(
      await submit(team.clients.admin, { ...asked, language: 'en', body: 'Hello {{1}}, sales!' }),
    ).toMatchObject({ status: 200 });
  });

  it('answers 502 when Wati is unavailable, filing nothing', async () => {
    const asked = request();
    await tenant.setFaults({ unavailableRate: 1 });
    try {
      expect(await submit(team.clients.admin, asked)).toMatchObject(
        refusal(502, 'wati_unavailable'),
      );
    } finally {
      await tenant.setFaults({});
    }
    expect(await templateRows(team.organizationId, asked.name)).toEqual([]);
  });

  it('answers 409 when the organisation has no Wati connection', async () => {
    await sql(`update public.organizations set mode = 'live' where id = $1`, [
      team.otherOrganizationId,
    ]);
    expect(
      await submit(team.clients.stranger, request({ organizationId: team.otherOrganizationId })),
    ).toMatchObject(refusal(409, 'wati_not_configured'));
  });
});
