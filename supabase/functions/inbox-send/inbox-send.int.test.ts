import { beforeAll, describe, expect, it } from 'vitest';
import { randomWaId } from '../../../test-support/wati/stack-tenant';
import { campaignTeam, type CampaignTeam } from '../../../test-support/campaign-fixtures';
import { sql } from '../../../test-support/database';
import {
  awaitConversation,
  invoke,
  invokeAsService,
  messageById,
  messagesOf,
  queuedMessages,
  waitUntil,
  type Answer,
  type MessageRow,
} from './inbox-fixtures.ts';

// Replies leave the inbox through inbox-send, acting as the member: SQL decides who may answer
// which conversation, and whether the 24-hour window lets free text through; the message is filed
// before it is sent, under the id Wati echoes in its webhooks, and sent once however often the
// member clicks. What WCAP sends by itself is swept every 5 s.

type Reply = Answer<{ message?: MessageRow; error?: { code: string; message: string } }>;

let team: CampaignTeam;

beforeAll(async () => {
  team = await campaignTeam('inbox-send');
});

const sandboxSends = async (localMessageId: string | null) =>
  (await team.wati.messages()).filter((message) => message.localMessageId === localMessageId);

/** A contact writes through the sandbox (its 24-hour window opens there too); their conversation. */
async function contactWrites(waId = randomWaId()) {
  await team.wati.inbound(waId, 'Bonjour, j’ai une question.');
  return { waId, conversation: await awaitConversation(team.organizationId, waId) };
}

function reply(
  conversationId: string,
  content: Record<string, unknown>,
  client = team.clients.agent,
  clientMessageId: string = crypto.randomUUID(),
): Promise<Reply> {
  return invoke(client, 'inbox-send', {
    action: 'reply',
    conversationId,
    clientMessageId,
    content,
  });
}

const retry = (messageId: string, client = team.clients.agent): Promise<Reply> =>
  invoke(client, 'inbox-send', { action: 'retry', messageId });

const statusOf = async (id: string) => (await messageById(id)).status;

describe('a reply inside the 24-hour window', () => {
  it('reaches Wati under the message’s own id, then its ticks move to read', async () => {
    const { waId, conversation } = await contactWrites();
    const answer = await reply(conversation.id, { kind: 'text', body: '  Bonjour, je regarde.  ' });

    expect(answer.status).toBe(200);
    const message = answer.body.message!;
    expect(message).toMatchObject({
      conversation_id: conversation.id,
      author: 'agent',
      author_id: team.userIds.agent,
      kind: 'text',
      body: 'Bonjour, je regarde.',
      status: 'sent',
      failure_reason: null,
    });
    const [sent] = await sandboxSends(message.local_message_id);
    expect(sent).toMatchObject({ kind: 'session', waId, text: 'Bonjour, je regarde.' });
    expect(message.wati_message_id).toBe(sent!.id);
    await waitUntil(async () => (await statusOf(message.id)) === 'read', 'the read tick');

    // Answering takes the conversation: it is the agent's, nobody waits any more.
    const [after] = await sql(
      `select assignee_id, waiting_since, last_message_preview from public.conversations where id = $1`,
      [conversation.id],
    );
    expect(after).toEqual({
      assignee_id: team.userIds.agent,
      waiting_since: null,
      last_message_preview: 'Bonjour, je regarde.',
    });
  });

  it('sends a file by its URL with its caption', async () => {
    const { waId, conversation } = await contactWrites();
    const answer = await reply(conversation.id, {
      kind: 'file',
      url: 'https://cdn.example.org/formulaire.pdf',
      caption: 'Le formulaire',
    });
    expect(answer.body.message).toMatchObject({
      kind: 'document',
      body: 'Le formulaire',
      media: { url: 'https://cdn.example.org/formulaire.pdf', fileName: 'formulaire.pdf' },
      status: 'sent',
    });
    const [sent] = await sandboxSends(answer.body.message!.local_message_id);
    expect(sent).toMatchObject({
      waId,
      type: 'document',
      text: 'Le formulaire',
      data: 'https://cdn.example.org/formulaire.pdf',
    });
  });

  it('sends a double click or a retried request once', async () => {
    const { conversation } = await contactWrites();
    const clientMessageId = crypto.randomUUID();
    const content = { kind: 'text', body: 'Une seule fois, s’il vous plaît.' };
    const answers = await Promise.all(
      [1, 2, 3].map(() => reply(conversation.id, content, team.clients.agent, clientMessageId)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    const ids = new Set(answers.map((answer) => answer.body.message!.id));
    expect(ids.size).toBe(1);
    const [id] = ids;

    const rows = await sql(`select id from public.messages where client_message_id = $1`, [
      clientMessageId,
    ]);
    expect(rows).toEqual([{ id }]);
    const message = await messageById(id!);
    expect(message.status).not.toBe('queued');
    expect(await sandboxSends(message.local_message_id)).toHaveLength(1);

    // Later, the same request answers the message as it is, and sends nothing.
    const again = await reply(conversation.id, content, team.clients.agent, clientMessageId);
    expect(again.body.message!.id).toBe(id);
    expect(await sandboxSends(message.local_message_id)).toHaveLength(1);
  });
});

describe('a reply outside the 24-hour window', () => {
  it('refuses free text, and sends an approved template', async () => {
    const { waId, conversation } = await contactWrites();
    await sql(
      `update public.conversations set last_inbound_at = now() - interval '25 hours' where id = $1`,
      [conversation.id],
    );

    const refused = await reply(conversation.id, { kind: 'text', body: 'Vous êtes là ?' });
    expect(refused).toEqual({
      status: 409,
      body: {
        error: {
          code: 'reply_window_closed',
          message:
            'La fenêtre de 24 heures est fermée : seul un modèle approuvé peut être envoyé à ce contact.',
        },
      },
    });

    const answer = await reply(conversation.id, {
      kind: 'template',
      name: 'bienvenue',
      parameters: [{ name: 'name', value: 'Awa' }],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.message).toMatchObject({
      kind: 'template',
      body: 'Bonjour Awa, bienvenue sur le canal WhatsApp officiel de la CNSA.',
      template: { name: 'bienvenue', parameters: [{ name: 'name', value: 'Awa' }] },
      status: 'sent',
    });
    const [sent] = await sandboxSends(answer.body.message!.local_message_id);
    expect(sent).toMatchObject({ kind: 'template', waId, templateName: 'bienvenue' });
    await waitUntil(
      async () => (await statusOf(answer.body.message!.id)) === 'read',
      'the template read',
    );
  });
});

describe('a reply Wati does not deliver', () => {
  it('fails with WhatsApp’s reason when the window closed at Wati, and goes out on « Réessayer »', async () => {
    // WCAP believes the window open; Wati has never heard from the contact.
    const waId = randomWaId();
    const conversationId = await queuedMessages(team.organizationId, `+${waId}`, []);
    await sql(`update public.conversations set last_inbound_at = now() where id = $1`, [
      conversationId,
    ]);
    const answer = await reply(conversationId, { kind: 'text', body: 'Bonjour !' });
    const id = answer.body.message!.id;
    await waitUntil(async () => (await statusOf(id)) === 'failed', 'the failure webhook');
    expect(await messageById(id)).toMatchObject({
      failure_code: '131047',
      failure_reason:
        'Plus de 24 h depuis le dernier message du contact : seul un modèle approuvé peut partir.',
    });
    const first = (await messageById(id)).local_message_id;

    // The contact writes at last: the member tries again, under a new id for Wati.
    await team.wati.inbound(waId, 'Me voici.');
    await waitUntil(
      async () => (await messagesOf(team.organizationId, waId)).some((m) => m.author === 'contact'),
      'the contact’s message',
    );
    const again = await retry(id);
    expect(again.status).toBe(200);
    expect(again.body.message).toMatchObject({ id, status: 'sent', failure_reason: null });
    expect(again.body.message!.local_message_id).not.toBe(first);
    await waitUntil(async () => (await statusOf(id)) === 'read', 'the retried message read');
  });

  it('fails with a French reason when Wati cannot be reached, and goes out on « Réessayer »', async () => {
    const { waId, conversation } = await contactWrites();
    await team.wati.setFaults({ unavailableRate: 1 });
    let answer: Reply;
    try {
      answer = await reply(conversation.id, {
        kind: 'template',
        name: 'bienvenue',
        parameters: [{ name: 'name', value: 'Awa' }],
      });
    } finally {
      await team.wati.setFaults({});
    }
    expect(answer.status).toBe(200);
    expect(answer.body.message).toMatchObject({
      status: 'failed',
      failure_code: 'wati_unavailable',
      failure_reason:
        'Wati ne répond pas correctement pour le moment : réessayez dans quelques minutes.',
    });
    const again = await retry(answer.body.message!.id);
    expect(again.body.message).toMatchObject({ status: 'sent', failure_reason: null });
    const sent = await sandboxSends(again.body.message!.local_message_id);
    expect(sent.map((message) => message.waId)).toEqual([waId]);
  });

  it('fails with a French reason when Wati refuses the request', async () => {
    const { conversation } = await contactWrites();
    // The template needs its `name`: Wati answers 400.
    const answer = await reply(conversation.id, {
      kind: 'template',
      name: 'bienvenue',
      parameters: [],
    });
    expect(answer.status).toBe(200);
    expect(answer.body.message).toMatchObject({
      status: 'failed',
      failure_code: 'wati_validation',
      failure_reason: expect.stringMatching(/^Wati refuse la demande/),
    });
    expect(await sandboxSends(answer.body.message!.local_message_id)).toEqual([]);
  });

  it('refuses to send again a message that did not fail', async () => {
    const { conversation } = await contactWrites();
    const answer = await reply(conversation.id, { kind: 'text', body: 'Parti.' });
    expect(await retry(answer.body.message!.id)).toEqual({
      status: 409,
      body: {
        error: {
          code: 'reply_not_failed',
          message:
            'Seul un message en échec, ou resté en attente plus d’une minute, peut être renvoyé.',
        },
      },
    });
  });
});

describe('who may reply', () => {
  it('refuses viewers, and members of another organisation do not find the conversation', async () => {
    const { conversation } = await contactWrites();
    const content = { kind: 'text', body: 'Bonjour' };
    expect(await reply(conversation.id, content, team.clients.viewer)).toEqual({
      status: 403,
      body: {
        error: {
          code: 'inbox_requires_agent',
          message: 'Les lecteurs consultent la boîte de réception sans y répondre.',
        },
      },
    });
    expect(await reply(conversation.id, content, team.clients.stranger)).toMatchObject({
      status: 404,
      body: { error: { code: 'conversation_not_found' } },
    });
    const anonymous = await reply(conversation.id, content, team.clients.anonymous);
    expect(anonymous.status).toBe(401);
    const [count] = await sql<{ n: number }>(
      `select count(*)::int as n from public.messages where conversation_id = $1 and author = 'agent'`,
      [conversation.id],
    );
    expect(count!.n).toBe(0);
  });

  it('answers a request it cannot read with 422', async () => {
    const { conversation } = await contactWrites();
    expect(
      await invoke(team.clients.agent, 'inbox-send', {
        action: 'reply',
        conversationId: conversation.id,
        clientMessageId: 'pas-un-uuid',
        content: { kind: 'text', body: 'x' },
      }),
    ).toEqual({
      status: 422,
      body: { error: { code: 'invalid_input', message: 'Demande d’envoi invalide.' } },
    });
    expect(await reply(conversation.id, { kind: 'text', body: '   ' })).toMatchObject({
      status: 422,
      body: { error: { code: 'reply_length' } },
    });
  });
});

describe('hostile replies', () => {
  const filedReplies = async (conversationId: string) =>
    (
      await sql<{ n: number }>(
        `select count(*)::int as n from public.messages where conversation_id = $1 and author = 'agent'`,
        [conversationId],
      )
    )[0]!.n;

  it.each([
    [{ kind: 'text', body: 'é'.repeat(4097) }, 422, 'reply_length'],
    [{ kind: 'text', body: 'Bonjour\u0000' }, 422, 'unstorable_text'],
    [{ kind: 'text', body: 'Bonjour \ud800' }, 422, 'unstorable_text'],
    [{ kind: 'file', url: 'javascript:alert(1)' }, 422, 'reply_file_url'],
    [{ kind: 'file', url: 'https://exemple.cm/mon fichier.pdf' }, 422, 'reply_file_url'],
    [{ kind: 'file', url: `https://exemple.cm/${'a'.repeat(2100)}` }, 422, 'reply_file_url'],
    [{ kind: 'text', body: 'x'.repeat(300_000) }, 413, 'payload_too_large'],
  ])('refuses %#, saying why, and files nothing', async (content, status, code) => {
    const { conversation } = await contactWrites();
    const answer = await reply(conversation.id, content);
    expect(answer).toMatchObject({ status, body: { error: { code } } });
    expect(answer.body.error!.message).toMatch(/^[A-ZÉ«]/);
    expect(await filedReplies(conversation.id)).toBe(0);
  });

  it('sends markup and template braces as the text they are', async () => {
    const { conversation } = await contactWrites();
    const text = '<script>alert("x")</script> <b>gras</b> & {{1}} *gras* _italique_';
    const answer = await reply(conversation.id, { kind: 'text', body: text });
    expect(answer.status).toBe(200);
    expect(answer.body.message!.body).toBe(text);
    const [sent] = await sandboxSends(answer.body.message!.local_message_id);
    expect(sent?.text).toBe(text);
  });
});

describe('what WCAP sends by itself', () => {
  // Each author's queue has its own index: the sweep takes from both.
  it.each(['system', 'bot'])('is swept every few seconds and sent once (%s)', async (author) => {
    const { waId, conversation } = await contactWrites();
    const localId = crypto.randomUUID();
    await queuedMessages(team.organizationId, `+${waId}`, [localId], {
      author,
      body: 'Nos bureaux sont fermés : nous vous répondrons dès demain matin.',
    });
    const [row] = await sql<{ id: string }>(
      `select id from public.messages where local_message_id = $1`,
      [localId],
    );
    const id = row!.id;
    await waitUntil(async () => (await statusOf(id)) === 'read', 'the swept message read');
    const sent = await sandboxSends(localId);
    expect(sent.map(({ waId: to, text }) => ({ to, text }))).toEqual([
      { to: waId, text: 'Nos bureaux sont fermés : nous vous répondrons dès demain matin.' },
    ]);
    expect((await messageById(id)).conversation_id).toBe(conversation.id);
  });

  it('keeps the sweep to the service', async () => {
    expect(await invoke(team.clients.owner, 'inbox-send', { sweep: true })).toEqual({
      status: 403,
      body: {
        error: {
          code: 'forbidden',
          message: 'L’envoi des messages automatiques est réservé au service WCAP.',
        },
      },
    });
    const swept = await invokeAsService('inbox-send', { sweep: true });
    expect(swept).toEqual({
      status: 200,
      body: {
        taken: expect.any(Number),
        sent: expect.any(Number),
        failed: expect.any(Number),
        queued: expect.any(Number),
        skipped: expect.any(Number),
      },
    });
  });
});
