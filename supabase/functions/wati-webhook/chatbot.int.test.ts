import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  randomWaId,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { awaitConversation, invoke, messagesOf, waitUntil } from '../inbox-send/inbox-fixtures.ts';
import {
  awaitBotMessages,
  botMessagesTo,
  contactWrites,
  edge,
  flow,
  node,
  runningFlow,
  sessionsOf,
  sweepBot,
} from './chatbot-fixtures.ts';

// The chatbot on WhatsApp: a contact writes a flow's keyword to the organisation's number (the
// Wati sandbox), the bot answers with buttons, the tap branches the flow, a question's answer is
// kept on the contact, and « conseiller » hands the conversation to people, open in the inbox
// with what the bot said. The same webhook delivered twice is answered once.

let team: Team;
let wati: SandboxTenantControl;

const menu = flow(
  [
    node('start', 'start', {
      triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['menu', 'bonjour'] }],
    }),
    node('choices', 'buttons', {
      body: 'Que voulez-vous savoir ?',
      header: '',
      footer: '',
      buttons: [
        { id: 'hours', title: 'Horaires' },
        { id: 'city', title: 'Ma ville' },
      ],
    }),
    node('hours', 'message', { text: 'Nous sommes ouverts de 8 h à 17 h.', media: null }),
    node('ask_city', 'ask', {
      prompt: 'Dans quelle ville habitez-vous ?',
      answerType: 'text',
      pattern: '',
      target: { scope: 'attribute', name: 'ville' },
      retryMessage: '',
      maxRetries: 2,
    }),
    node('thanks', 'message', { text: 'Merci, {{ville}} est noté.', media: null }),
    node('done', 'end', { message: '', resolve: false }),
  ],
  [
    edge('start', 'next', 'choices'),
    edge('choices', 'hours', 'hours'),
    edge('choices', 'city', 'ask_city'),
    edge('hours', 'next', 'done'),
    edge('ask_city', 'next', 'thanks'),
  ],
);

beforeAll(async () => {
  team = await createTeam('chatbot');
  wati = await sandboxTenant(team.organizationId, team.clients.owner);
  await runningFlow(team.clients.admin, team.organizationId, 'Menu', menu);
});

const write = (waId: string, message: Record<string, unknown>) =>
  contactWrites(team.clients.agent, team.organizationId, waId, message);

const botSaid = (waId: string, count: number) => awaitBotMessages(team.organizationId, waId, count);

describe('a contact talks to the bot', () => {
  it('answers a keyword with buttons, follows the tap, keeps an answer and hands over on « conseiller »', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'MENU !', senderName: 'Awa Ndiaye' });
    const [buttons] = await botSaid(waId, 1);
    expect(buttons).toMatchObject({
      author: 'bot',
      author_name: 'Menu',
      kind: 'interactive',
      body: 'Que voulez-vous savoir ?',
      media: {
        type: 'buttons',
        buttons: [
          { id: 'hours', title: 'Horaires' },
          { id: 'city', title: 'Ma ville' },
        ],
      },
    });
    // Wati accepted it as an interactive session message with the two buttons.
    await waitUntil(async () => {
      const sent = await wati.messages();
      return sent.some((message) => JSON.stringify(message).includes('Que voulez-vous savoir'));
    }, 'the buttons at the sandbox');
    const conversation = await awaitConversation(team.organizationId, waId);
    expect(conversation).toMatchObject({ status: 'pending', assignee_id: null });

    await write(waId, { type: 'interactive', title: 'Horaires' });
    const afterTap = await botSaid(waId, 2);
    expect(afterTap[1]).toMatchObject({ kind: 'text', body: 'Nous sommes ouverts de 8 h à 17 h.' });
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.status === 'completed',
      'the first session completed',
    );

    await write(waId, { text: 'menu' });
    await botSaid(waId, 3);
    await write(waId, { text: '2' });
    const asked = await botSaid(waId, 4);
    expect(asked[3]).toMatchObject({ body: 'Dans quelle ville habitez-vous ?' });
    await write(waId, { text: 'Douala' });
    const thanked = await botSaid(waId, 5);
    expect(thanked[4]).toMatchObject({ body: 'Merci, Douala est noté.' });
    const [contact] = await sql<{ attributes: Record<string, string> }>(
      `select attributes from public.contacts where organization_id = $1 and phone = $2`,
      [team.organizationId, `+${waId}`],
    );
    expect(contact!.attributes).toMatchObject({ ville: 'Douala' });

    await write(waId, { text: 'Je veux parler à un conseiller svp' });
    await waitUntil(
      async () => (await awaitConversation(team.organizationId, waId)).status === 'open',
      'the conversation handed over',
    );
    const thread = await messagesOf(team.organizationId, waId);
    expect(thread.filter((message) => message.event?.type === 'handoff')).toEqual([
      expect.objectContaining({ event: expect.objectContaining({ reason: 'keyword' }) }),
    ]);
    // The agents see what the bot said before them.
    expect(thread.filter((message) => message.author === 'bot').length).toBeGreaterThanOrEqual(5);

    // People hold it now: the bot says nothing more.
    await write(waId, { text: 'menu' });
    await waitUntil(
      async () =>
        (await messagesOf(team.organizationId, waId)).filter((m) => m.author === 'contact')
          .length === 7,
      'the last message filed',
    );
    const [queued] = await sql<{ count: string }>(
      `select count(*) from private.bot_turn_queue where conversation_id = $1`,
      [conversation.id],
    );
    expect(queued!.count).toBe('0');
    expect(await botMessagesTo(team.organizationId, waId)).toHaveLength(
      thread.filter((message) => message.author === 'bot').length,
    );
  });

  it('answers a webhook Wati delivers twice once', async () => {
    const waId = randomWaId();
    const event = {
      eventType: 'message',
      id: crypto.randomUUID().replaceAll('-', '').slice(0, 24),
      created: new Date().toISOString(),
      whatsappMessageId: `wamid.${crypto.randomUUID()}`,
      conversationId: crypto.randomUUID(),
      ticketId: crypto.randomUUID(),
      text: 'Bonjour',
      type: 'text',
      data: null,
      timestamp: String(Math.floor(Date.now() / 1000)),
      owner: false,
      eventDescription: null,
      waId,
      senderName: 'Client',
      replyContextId: '',
    };
    const post = () =>
      fetch(wati.webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      }).then((response) => response.json() as Promise<{ duplicate?: boolean }>);
    const [first, second] = await Promise.all([post(), post()]);
    expect([first.duplicate ?? false, second.duplicate ?? false].sort()).toEqual([false, true]);
    expect((await post()).duplicate).toBe(true);
    await botSaid(waId, 1);
    // The sweep finds nothing left to answer either.
    const sweep = await sweepBot();
    expect(sweep.status).toBe(200);
    expect(await botMessagesTo(team.organizationId, waId)).toHaveLength(1);
  });

  it('hands over after messages it does not understand', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'menu' });
    await botSaid(waId, 1);
    // bot_settings.max_misunderstood is 2 by default.
    await write(waId, { text: 'xqzw plop' });
    await botSaid(waId, 2);
    await write(waId, { text: 'brrrt zzz' });
    await waitUntil(
      async () => (await awaitConversation(team.organizationId, waId)).status === 'open',
      'the conversation handed over',
    );
    const thread = await messagesOf(team.organizationId, waId);
    expect(thread.find((message) => message.event?.type === 'handoff')?.event).toMatchObject({
      reason: 'misunderstood',
    });
  });
});

describe('a conversation no flow starts', () => {
  it('goes to people, and the message is kept among those the bot did not understand', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'Quel temps fait-il à Kribi ?' });
    await waitUntil(
      async () => (await awaitConversation(team.organizationId, waId)).status === 'open',
      'the conversation handed over',
    );
    const thread = await messagesOf(team.organizationId, waId);
    expect(thread.filter((message) => message.author === 'bot')).toEqual([]);
    expect(thread.find((message) => message.event?.type === 'handoff')?.event).toMatchObject({
      reason: 'declined',
    });
    const unmatched = await sql<{ text: string }>(
      `select text from public.bot_unmatched_messages where organization_id = $1`,
      [team.organizationId],
    );
    expect(unmatched.map((row) => row.text)).toContain('Quel temps fait-il à Kribi ?');
  });
});

describe('the simulator', () => {
  it('runs the draft with the runtime engine and sends nothing', async () => {
    const { data: flows } = await team.clients.agent
      .from('bot_flows')
      .select('id')
      .eq('organization_id', team.organizationId);
    const before = await sql<{ count: string }>(
      `select count(*) from public.messages where organization_id = $1`,
      [team.organizationId],
    );
    const started = await invoke<{
      effects: Array<{ kind: string; message?: { kind: string } }>;
      state: { nodeId: string };
    }>(team.clients.agent, 'bot-simulate', {
      flowId: flows![0]!.id,
      source: 'published',
      contactId: null,
      state: null,
      inbound: { kind: 'text', text: 'menu' },
    });
    expect(started.status).toBe(200);
    expect(started.body.effects).toEqual([
      expect.objectContaining({
        kind: 'send',
        message: expect.objectContaining({ kind: 'buttons' }),
      }),
    ]);
    expect(started.body.state.nodeId).toBe('choices');
    const tapped = await invoke<{ effects: Array<{ kind: string; message?: { body?: string } }> }>(
      team.clients.agent,
      'bot-simulate',
      {
        flowId: flows![0]!.id,
        source: 'published',
        contactId: null,
        state: started.body.state,
        inbound: { kind: 'choice', id: null, title: 'Horaires' },
      },
    );
    expect(tapped.body.effects[0]).toMatchObject({
      message: { body: 'Nous sommes ouverts de 8 h à 17 h.' },
    });
    const after = await sql<{ count: string }>(
      `select count(*) from public.messages where organization_id = $1`,
      [team.organizationId],
    );
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('refuses a flow of another organisation as not found', async () => {
    const other = await createTeam('chatbot-other');
    const { data: flows } = await team.clients.agent
      .from('bot_flows')
      .select('id')
      .eq('organization_id', team.organizationId);
    const answer = await invoke<{ error: { code: string } }>(other.clients.owner, 'bot-simulate', {
      flowId: flows![0]!.id,
      source: 'published',
      contactId: null,
      state: null,
      inbound: { kind: 'text', text: 'menu' },
    });
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'flow_not_found' } } });
  });
});
