import { beforeAll, describe, expect, it } from 'vitest';
import {
  randomWaId,
  sandboxControl,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sql } from '../../../test-support/database';
import {
  addContacts,
  approvedTemplates,
  launchedCampaign,
  recipientsOf,
} from '../../../test-support/campaign-fixtures';
import {
  awaitConversation,
  messagesOf,
  simulate,
  waitUntil,
  type MessageRow,
} from '../inbox-send/inbox-fixtures.ts';
import { contactWrites } from '../../../scripts/inbox/inbox-fixtures';

// What contacts write reaches the shared inbox: Wati's `message` webhook files each message, of
// any kind, once, in the contact's conversation (created with the contact when WCAP did not know
// the number); a STOP also opts the contact out and is answered; what someone writes from Wati's
// own dashboard is filed as such.

let team: Team;
let wati: SandboxTenantControl;

beforeAll(async () => {
  team = await createTeam('intake');
  wati = await sandboxTenant(team.organizationId, team.clients.owner);
});

/** The contact's messages once `count` of them are filed. */
async function filed(waId: string, count = 1, author = 'contact'): Promise<MessageRow[]> {
  const mine = async () =>
    (await messagesOf(team.organizationId, waId)).filter((message) => message.author === author);
  await waitUntil(async () => (await mine()).length >= count, `${count} message(s) of ${waId}`);
  return await mine();
}

async function write(waId: string, message: Record<string, unknown>): Promise<void> {
  const answer = await simulate(team.clients.agent, team.organizationId, {
    from: waId,
    ...message,
  });
  expect(answer).toEqual({ status: 200, body: { ok: true } });
}

describe('a contact writes', () => {
  it('files a message from an unknown number in a new conversation, with a new contact', async () => {
    const waId = randomWaId();
    await write(waId, {
      text: 'Bonjour, je voudrais des nouvelles de mon dossier.',
      senderName: 'Awa Ndiaye',
    });

    const [message] = await filed(waId);
    expect(message).toMatchObject({
      author: 'contact',
      author_name: 'Awa Ndiaye',
      kind: 'text',
      body: 'Bonjour, je voudrais des nouvelles de mon dossier.',
      media: null,
      opt_out: false,
      status: null,
    });
    expect(message!.wati_message_id).toEqual(expect.any(String));
    expect(message!.whatsapp_message_id).toMatch(/^wamid\./);

    const conversation = await awaitConversation(team.organizationId, waId);
    expect(conversation).toMatchObject({
      status: 'open',
      assignee_id: null,
      last_message_preview: 'Bonjour, je voudrais des nouvelles de mon dossier.',
    });
    expect(conversation.waiting_since).toBeInstanceOf(Date);
    const [contact] = await sql(
      `select name, opt_in_source, opt_in_status from public.contacts where id = $1`,
      [conversation.contact_id],
    );
    expect(contact).toEqual({
      name: 'Awa Ndiaye',
      opt_in_source: 'whatsapp',
      opt_in_status: 'opted_in',
    });

    // The members see it through the Data API, as the inbox does.
    const seen = await team.clients.viewer
      .from('messages')
      .select('body')
      .eq('conversation_id', conversation.id);
    expect(seen.data).toEqual([{ body: 'Bonjour, je voudrais des nouvelles de mon dossier.' }]);
  });

  it.each([
    [
      'an image, by its URL, with its caption',
      {
        type: 'image',
        url: 'https://cdn.example.org/photo.jpg',
        caption: 'Ma carte',
        fileName: 'photo.jpg',
      },
      {
        kind: 'image',
        body: 'Ma carte',
        media: {
          url: 'https://cdn.example.org/photo.jpg',
          caption: 'Ma carte',
          fileName: 'photo.jpg',
        },
      },
    ],
    [
      'a voice note, as audio',
      { type: 'voice', url: 'https://cdn.example.org/note.ogg' },
      { kind: 'audio', body: null, media: { url: 'https://cdn.example.org/note.ogg' } },
    ],
    [
      'a template button pressed, with its text',
      { type: 'button', text: 'Je confirme', payload: 'CONFIRMER' },
      { kind: 'button_reply', body: 'Je confirme', media: { payload: 'CONFIRMER' } },
    ],
    [
      'a row of a list, with its title and id',
      { type: 'list_reply', id: 'centre-2', title: 'Centre de Bonabéri', description: 'Douala' },
      {
        kind: 'list_reply',
        body: 'Centre de Bonabéri',
        media: { id: 'centre-2', description: 'Douala' },
      },
    ],
    [
      'a button of an interactive message',
      { type: 'interactive', title: 'Oui', buttonId: 'oui' },
      { kind: 'interactive', body: 'Oui', media: { id: 'oui' } },
    ],
    [
      'a place',
      {
        type: 'location',
        latitude: 4.0511,
        longitude: 9.7679,
        name: 'CNSA Douala',
        address: 'Rue Joss',
      },
      {
        kind: 'location',
        body: null,
        media: { latitude: 4.0511, longitude: 9.7679, name: 'CNSA Douala', address: 'Rue Joss' },
      },
    ],
    [
      'contact cards',
      { type: 'contacts', contacts: [{ name: 'Paul Biya Mbarga', phone: '+237677000001' }] },
      {
        kind: 'contacts',
        body: null,
        media: { contacts: [{ name: 'Paul Biya Mbarga', phone: '+237677000001' }] },
      },
    ],
  ])('files %s', async (_, sent, expected) => {
    const waId = randomWaId();
    await write(waId, sent);
    const [message] = await filed(waId);
    const { kind, body, media } = message!;
    expect({ kind, body, media }).toEqual(expected);
  });

  it('files a message Wati delivers twice once, whatever the delivery looks like', async () => {
    const waId = randomWaId();
    const event = await wati.inbound(waId, 'Allô ?');
    await filed(waId);
    const post = async (body: unknown) => {
      const response = await fetch(wati.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    };
    expect(await post(event)).toEqual({ status: 200, body: { ok: true, duplicate: true } });
    // The same message (same Wati id) with another time: another event, the same message.
    expect(await post({ ...event, timestamp: String(Number(event.timestamp) + 1) })).toEqual({
      status: 200,
      body: { ok: true, outcome: 'inbound:duplicate' },
    });
    expect(await filed(waId)).toHaveLength(1);
  });

  it('keeps the conversation of a contact who writes again', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'Premier message' });
    const first = await awaitConversation(team.organizationId, waId);
    await write(waId, { text: 'Second message' });
    const messages = await filed(waId, 2);
    expect(messages.map((message) => [message.conversation_id, message.body])).toEqual([
      [first.id, 'Premier message'],
      [first.id, 'Second message'],
    ]);
  });
});

describe('STOP in answer to a campaign', () => {
  it('opts the contact out, answers it, and counts it as unsubscribed rather than replied', async () => {
    const campaignTeam = await createTeam('intake-stop');
    const organizationId = campaignTeam.organizationId;
    const tenant = await sandboxTenant(organizationId, campaignTeam.clients.owner);
    const templates = await approvedTemplates(organizationId);
    const [contact] = await addContacts(organizationId, [{ name: 'Joseph Etoa' }]);
    const campaign = await launchedCampaign({ organizationId, templates });
    await waitUntil(
      async () => (await recipientsOf(campaign.id))[0]?.status === 'read',
      'the campaign message read',
    );

    const waId = contact!.phone.slice(1);
    await tenant.inbound(waId, 'STOP');

    const messages = async () => await messagesOf(organizationId, waId);
    await waitUntil(
      async () => (await messages()).some((m) => m.author === 'system' && m.status === 'read'),
      'the confirmation read',
    );
    const thread = await messages();
    // The campaign message the contact answered, the STOP, the confirmation (sent, then read).
    expect(thread.map(({ author, kind, opt_out }) => ({ author, kind, opt_out }))).toEqual([
      { author: 'campaign', kind: 'template', opt_out: false },
      { author: 'contact', kind: 'text', opt_out: true },
      { author: 'system', kind: 'text', opt_out: false },
    ]);
    const confirmation = thread[2]!;
    const sent = (await tenant.messages()).filter((message) => message.kind === 'session');
    expect(
      sent.map(({ waId: to, text, localMessageId }) => ({ to, text, localMessageId })),
    ).toEqual([
      { to: waId, text: confirmation.body, localMessageId: confirmation.local_message_id },
    ]);

    const [state] = await sql(`select opt_in_status from public.contacts where id = $1`, [
      contact!.id,
    ]);
    expect(state).toEqual({ opt_in_status: 'opted_out' });
    await waitUntil(
      async () => (await recipientsOf(campaign.id))[0]?.status === 'replied',
      'the campaign message marked replied',
    );
    const [recipient] = await sql(
      `select stopped_by_reply from public.campaign_recipients where campaign_id = $1`,
      [campaign.id],
    );
    expect(recipient).toEqual({ stopped_by_reply: true });
    const [progress] = await sql<{ progress: Record<string, unknown> }>(
      `select private.campaign_progress_of($1) as progress`,
      [campaign.id],
    );
    expect(progress!.progress).toMatchObject({ read: 1, replied: 0, optedOut: 1 });
    const [conversation] = await sql(
      `select campaign_id from public.conversations where contact_id = $1`,
      [contact!.id],
    );
    expect(conversation).toEqual({ campaign_id: campaign.id });
  });
});

describe('the campaign message a contact answers', () => {
  it('follows its recipient’s ticks from the moment it is filed, before any reply status', async () => {
    const campaignTeam = await createTeam('intake-ticks');
    const organizationId = campaignTeam.organizationId;
    await sandboxTenant(organizationId, campaignTeam.clients.owner);
    const templates = await approvedTemplates(organizationId);
    const [contact] = await addContacts(organizationId, [{ name: 'Aïcha Bello' }]);
    const campaign = await launchedCampaign({ organizationId, templates });
    await waitUntil(
      async () => (await recipientsOf(campaign.id))[0]?.status === 'read',
      'the campaign message read',
    );
    // As if the contact answered between « envoyé » and « distribué ».
    await sql(
      `update public.campaign_recipients set status = 'sent', delivered_at = null, read_at = null
       where campaign_id = $1`,
      [campaign.id],
    );
    await contactWrites(organizationId, contact!.phone, 'Je confirme');
    const campaignMessage = async () =>
      (await messagesOf(organizationId, contact!.phone.slice(1))).find(
        (message) => message.author === 'campaign',
      );
    expect((await campaignMessage())?.status).toBe('sent');

    // Wati's status webhooks, as the webhook's batch applies them.
    const [sent] = await sql<{ local_message_id: string }>(
      `select local_message_id from public.campaign_recipients where campaign_id = $1`,
      [campaign.id],
    );
    for (const status of ['delivered', 'read'] as const) {
      await sql(`select * from private.ingest_status_events($1::jsonb)`, [
        JSON.stringify([
          {
            org: organizationId,
            key: `test-${crypto.randomUUID()}`,
            type: `sentMessage${status.toUpperCase()}`,
            payload: {},
            localMessageId: sent!.local_message_id,
            status,
            at: new Date().toISOString(),
          },
        ]),
      ]);
      expect((await campaignMessage())?.status).toBe(status);
    }
    const [recipient] = await sql(
      `select replied_at from public.campaign_recipients where campaign_id = $1`,
      [campaign.id],
    );
    expect(recipient).toEqual({ replied_at: null });
  });
});

describe('a message sent from Wati’s own dashboard', () => {
  it('is filed in the conversation as written from Wati, with the operator’s name, and follows its ticks', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'Quelqu’un peut m’aider ?' });
    const conversation = await awaitConversation(team.organizationId, waId);

    await sandboxControl('POST', `/tenants/${team.organizationId}/operator-messages`, {
      to: waId,
      text: 'Bonjour, ici Mireille de la CNSA.',
      operatorName: 'Mireille Ondoa',
    });
    const [message] = await filed(waId, 1, 'wati');
    expect(message).toMatchObject({
      conversation_id: conversation.id,
      author: 'wati',
      author_name: 'Mireille Ondoa',
      kind: 'text',
      body: 'Bonjour, ici Mireille de la CNSA.',
    });
    expect(message!.local_message_id).toEqual(expect.any(String));
    await waitUntil(
      async () => (await filed(waId, 1, 'wati'))[0]?.status === 'read',
      'the operator message read',
    );
    // It answers the contact like any reply: nobody waits any more.
    const [after] = await sql(`select waiting_since from public.conversations where id = $1`, [
      conversation.id,
    ]);
    expect(after).toEqual({ waiting_since: null });
  });
});
