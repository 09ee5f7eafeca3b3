import type { FunctionsHttpError, SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { mailTo, waitForMail } from '../../../test-support/mail';
import { createTeam, type Team } from '../../../test-support/personas';

const APP = 'http://127.0.0.1:5173';
let team: Team;
let mailSandbox: string;

beforeAll(async () => {
  team = await createTeam('invitation-email');
  mailSandbox = (stackInfo().sandboxes.mail as { url: string }).url;
  // A name a browser would run if it were not escaped.
  await sql(`update public.organizations set name = $2 where id = $1`, [
    team.organizationId,
    'Équipe <b>Douala</b> & Co',
  ]);
});

async function newInvitation(role = 'agent'): Promise<{ invitationId: string; token: string }> {
  const { data, error } = await team.clients.owner
    .rpc('create_invitation', { organization_id: team.organizationId, role })
    .single<{ invitation_id: string; token: string }>();
  expect(error).toBeNull();
  return { invitationId: data!.invitation_id, token: data!.token };
}

const recipient = () => `invited-${crypto.randomUUID().slice(0, 8)}@wcap.test`;

function send(client: SupabaseClient, body: Record<string, unknown>, origin: string | null = APP) {
  return client.functions.invoke<{ sent: boolean }>('send-invitation-email', {
    body,
    headers: origin ? { origin } : {},
  });
}

async function refusal(error: unknown): Promise<{ status: number; code: string; message: string }> {
  const response = (error as FunctionsHttpError).context as Response;
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, ...body.error };
}

describe('send-invitation-email', () => {
  it('mails the acceptance link in the language the inviter chose, names escaped', async () => {
    const invitation = await newInvitation();
    const email = recipient();
    const { data, error } = await send(team.clients.owner, { ...invitation, email, locale: 'en' });
    expect(error).toBeNull();
    expect(data).toEqual({ sent: true });

    const message = await waitForMail(mailSandbox, email);
    expect(message.subject).toBe('Invitation to join “Équipe <b>Douala</b> & Co” on WCAP');
    expect(message.from).toBe('WCAP <no-reply@wcap.local>');
    expect(message.text).toContain('as an agent');
    expect(message.text).toContain(`${APP}/invitation/${invitation.token}`);
    expect(message.html).toContain('Équipe &lt;b&gt;Douala&lt;/b&gt; &amp; Co');
    expect(message.html).not.toContain('<b>Douala</b>');
    expect(message.html).toContain(`href="${APP}/invitation/${invitation.token}"`);
  });

  it('writes French when asked, for an admin as well as an owner', async () => {
    const invitation = await newInvitation('viewer');
    const email = recipient();
    const { error } = await send(team.clients.admin, { ...invitation, email, locale: 'fr' });
    expect(error).toBeNull();
    const message = await waitForMail(mailSandbox, email);
    expect(message.subject).toBe('Invitation à rejoindre « Équipe <b>Douala</b> & Co » sur WCAP');
    expect(message.text).toContain('en tant que lecteur');
  });

  it('refuses a viewer (403) and a stranger (404, the invitation stays unknown), mailing nothing', async () => {
    const invitation = await newInvitation();
    const email = recipient();
    const viewer = await send(team.clients.viewer, { ...invitation, email, locale: 'fr' });
    expect(await refusal(viewer.error)).toEqual({
      status: 403,
      code: 'invite_requires_admin',
      message: 'Seuls les propriétaires et les administrateurs invitent des membres.',
    });
    const stranger = await send(team.clients.stranger, { ...invitation, email, locale: 'fr' });
    expect(await refusal(stranger.error)).toEqual({
      status: 404,
      code: 'invitation_not_found',
      message: "Cette invitation n'existe pas.",
    });
    const anonymous = await send(team.clients.anonymous, { ...invitation, email, locale: 'fr' });
    expect((await refusal(anonymous.error)).status).toBe(401);
    expect(await mailTo(mailSandbox, email)).toEqual([]);
  });

  it('refuses a bad address, a token of another link and an origin Auth would not redirect to', async () => {
    const invitation = await newInvitation();
    const email = recipient();
    const badEmail = await send(team.clients.owner, {
      ...invitation,
      email: 'pas-une-adresse',
      locale: 'fr',
    });
    expect(await refusal(badEmail.error)).toEqual({
      status: 400,
      code: 'invalid_input',
      message: 'Adresse e-mail invalide.',
    });
    const other = await newInvitation();
    const wrongToken = await send(team.clients.owner, {
      invitationId: invitation.invitationId,
      token: other.token,
      email,
      locale: 'fr',
    });
    expect(await refusal(wrongToken.error)).toMatchObject({
      status: 400,
      code: 'invitation_token_mismatch',
    });
    for (const origin of ['https://evil.example', null]) {
      const elsewhere = await send(
        team.clients.owner,
        { ...invitation, email, locale: 'fr' },
        origin,
      );
      expect(await refusal(elsewhere.error)).toMatchObject({
        status: 400,
        code: 'origin_not_allowed',
      });
    }
    expect(await mailTo(mailSandbox, email)).toEqual([]);
  });

  it('sends at most 20 invitation emails an hour per organisation', async () => {
    const invitation = await newInvitation();
    await sql(
      `insert into private.invitation_emails (organization_id, invitation_id, sent_by)
       select $1, $2, $3 from generate_series(1, 20)`,
      [team.organizationId, invitation.invitationId, team.userIds.owner],
    );
    const email = recipient();
    const limited = await send(team.clients.owner, { ...invitation, email, locale: 'fr' });
    expect(await refusal(limited.error)).toMatchObject({
      status: 429,
      code: 'invitation_email_limit',
    });
    expect(await mailTo(mailSandbox, email)).toEqual([]);
  });
});
