import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  randomWaId,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { awaitConversation, messagesOf, waitUntil } from '../inbox-send/inbox-fixtures.ts';
import {
  awaitBotMessages,
  botMessagesTo,
  contactWrites,
  edge,
  flow,
  node,
  publish,
  runningFlow,
  sessionsOf,
  sweepBot,
} from './chatbot-fixtures.ts';

// The chatbot's runtime where the clock, the network and Wati have their say: a wait node resumed
// by the sweep, an HTTP node refused by the outgoing-URL guard, a send Wati refuses handing the
// conversation to people, and a session keeping the version it started on while the flow is
// published again or rolled back.

let team: Team;
let wati: SandboxTenantControl;

beforeAll(async () => {
  team = await createTeam('chatbot-runtime');
  wati = await sandboxTenant(team.organizationId, team.clients.owner);
});

const write = (waId: string, message: Record<string, unknown>) =>
  contactWrites(team.clients.agent, team.organizationId, waId, message);

const bodiesOf = (messages: Array<{ body: string | null }>) =>
  messages.map((message) => message.body);

/** The texts the Wati sandbox accepted for this contact. */
async function sentTo(waId: string): Promise<Array<string | null>> {
  return (await wati.messages()).filter((message) => message.waId === waId).map((m) => m.text);
}

describe('a wait node', () => {
  // An hour: long enough that no sweep resumes it before the test makes it due, as the clock would.
  const waitSeconds = 3600;

  beforeAll(async () => {
    await runningFlow(
      team.clients.admin,
      team.organizationId,
      'Rappel',
      flow(
        [
          node('start', 'start', {
            triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['rappel'] }],
          }),
          node('before', 'message', { text: 'Je reviens vers vous dans une heure.', media: null }),
          node('pause', 'wait', { seconds: waitSeconds }),
          node('after', 'message', { text: 'Me revoilà, comme promis.', media: null }),
        ],
        [
          edge('start', 'next', 'before'),
          edge('before', 'next', 'pause'),
          edge('pause', 'next', 'after'),
        ],
      ),
    );
  });

  it('holds the flow until it is due, then the sweep goes on once', async () => {
    const waId = randomWaId();
    const wroteAt = Date.now();
    await write(waId, { text: 'Rappel' });
    const [before] = await awaitBotMessages(team.organizationId, waId, 1);
    expect(before).toMatchObject({ kind: 'text', body: 'Je reviens vers vous dans une heure.' });
    const conversation = await awaitConversation(team.organizationId, waId);
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.state.nodeId === 'pause',
      'the session waiting at the wait node',
    );
    const [waiting] = await sql<{ id: string; status: string; resume_at: Date }>(
      `select id, status, resume_at from public.bot_sessions where conversation_id = $1`,
      [conversation.id],
    );
    expect(waiting!.status).toBe('active');
    const resumeIn = waiting!.resume_at.getTime() - wroteAt;
    expect(resumeIn).toBeGreaterThan((waitSeconds - 60) * 1000);
    expect(resumeIn).toBeLessThan((waitSeconds + 60) * 1000);

    // Not due yet: a sweep leaves it, and a message of the contact does not cut the wait short.
    expect((await sweepBot()).status).toBe(200);
    await write(waId, { text: 'Vous êtes là ?' });
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.turn === 2,
      'the message read by the waiting session',
    );
    expect(bodiesOf(await botMessagesTo(team.organizationId, waId))).toEqual([
      'Je reviens vers vous dans une heure.',
    ]);
    const [stillWaiting] = await sql<{ status: string; resume_at: Date }>(
      `select status, resume_at from public.bot_sessions where id = $1`,
      [waiting!.id],
    );
    expect(stillWaiting).toEqual({ status: 'active', resume_at: waiting!.resume_at });

    // An hour later, as far as the sweep can tell.
    await sql(
      `update public.bot_sessions set resume_at = now() - interval '1 second' where id = $1`,
      [waiting!.id],
    );
    expect((await sweepBot()).status).toBe(200);
    const said = await awaitBotMessages(team.organizationId, waId, 2);
    expect(said[1]).toMatchObject({ kind: 'text', body: 'Me revoilà, comme promis.' });
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.status === 'completed',
      'the session completed',
    );
    await waitUntil(
      async () => (await sentTo(waId)).includes('Me revoilà, comme promis.'),
      'the second message at the sandbox',
    );

    // Once: a further sweep finds nothing left to resume.
    expect((await sweepBot()).status).toBe(200);
    expect(bodiesOf(await botMessagesTo(team.organizationId, waId))).toEqual([
      'Je reviens vers vous dans une heure.',
      'Me revoilà, comme promis.',
    ]);
    expect(await sentTo(waId)).toEqual([
      'Je reviens vers vous dans une heure.',
      'Me revoilà, comme promis.',
    ]);
    const [ended] = await sessionsOf(conversation.id);
    expect(ended).toMatchObject({ status: 'completed', resume_at: null });
    expect(ended!.visited).toEqual(expect.arrayContaining(['before', 'pause', 'after']));
  });
});

describe('a wait longer than the session timeout', () => {
  // Five hours, past the default session timeout (4 h).
  const waitSeconds = 5 * 3600;

  beforeAll(async () => {
    await runningFlow(
      team.clients.admin,
      team.organizationId,
      'Rappel du soir',
      flow(
        [
          node('start', 'start', {
            triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['plus tard'] }],
          }),
          node('before', 'message', { text: 'Je reviens vers vous ce soir.', media: null }),
          node('pause', 'wait', { seconds: waitSeconds }),
          node('after', 'message', { text: 'Bonsoir, me revoilà.', media: null }),
        ],
        [
          edge('start', 'next', 'before'),
          edge('before', 'next', 'pause'),
          edge('pause', 'next', 'after'),
        ],
      ),
    );
  });

  it('keeps the session until the wait is over, and goes on then', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'Plus tard' });
    await awaitBotMessages(team.organizationId, waId, 1);
    const conversation = await awaitConversation(team.organizationId, waId);
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.state.nodeId === 'pause',
      'the session waiting at the wait node',
    );
    const [waiting] = await sql<{ id: string; resume_at: Date; expires_at: Date }>(
      `select id, resume_at, expires_at from public.bot_sessions where conversation_id = $1`,
      [conversation.id],
    );
    expect(waiting!.expires_at.getTime()).toBeGreaterThan(waiting!.resume_at.getTime());

    // Five hours later, as far as the sweep can tell: both times move back together.
    await sql(
      `update public.bot_sessions set expires_at = expires_at - (resume_at - now()) - interval '1 second',
                                      resume_at = now() - interval '1 second'
       where id = $1`,
      [waiting!.id],
    );
    expect((await sweepBot()).status).toBe(200);
    const said = await awaitBotMessages(team.organizationId, waId, 2);
    expect(said[1]).toMatchObject({ kind: 'text', body: 'Bonsoir, me revoilà.' });
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.status === 'completed',
      'the session completed',
    );
    expect((await awaitConversation(team.organizationId, waId)).status).toBe('pending');
  });
});

describe('an HTTP node', () => {
  // A listener on the loopback where the node points: any connection would be the guard letting
  // the call through (a TLS handshake included, whatever came of it).
  let listener: Server;
  const connections: string[] = [];

  beforeAll(async () => {
    listener = createServer((socket) => {
      connections.push(`${socket.remoteAddress}:${socket.remotePort}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as { port: number };
    await runningFlow(
      team.clients.admin,
      team.organizationId,
      'Suivi de commande',
      flow(
        [
          node('start', 'start', {
            triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['commande'] }],
          }),
          node('call', 'http', {
            method: 'GET',
            url: `https://127.0.0.1:${port}/commandes`,
            headers: [],
            body: '',
            timeoutMs: 2000,
            save: [{ path: 'status', variable: 'statut' }],
          }),
          node('reached', 'message', { text: 'Votre commande est {{statut}}.', media: null }),
          node('unreached', 'message', {
            text: 'Le suivi est indisponible pour le moment.',
            media: null,
          }),
        ],
        [
          edge('start', 'next', 'call'),
          edge('call', 'success', 'reached'),
          edge('call', 'failure', 'unreached'),
        ],
      ),
    );
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => listener.close(() => resolve()));
  });

  it('to a loopback address takes its failure branch without anything being fetched', async () => {
    const waId = randomWaId();
    await write(waId, { text: 'commande' });
    const [said] = await awaitBotMessages(team.organizationId, waId, 1);
    expect(said).toMatchObject({ body: 'Le suivi est indisponible pour le moment.' });
    const conversation = await awaitConversation(team.organizationId, waId);
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.status === 'completed',
      'the session completed',
    );
    const [session] = await sessionsOf(conversation.id);
    expect(session!.visited).toEqual(expect.arrayContaining(['call', 'unreached']));
    expect(session!.visited).not.toContain('reached');
    expect(bodiesOf(await botMessagesTo(team.organizationId, waId))).toEqual([
      'Le suivi est indisponible pour le moment.',
    ]);
    expect(connections).toEqual([]);
  });
});

describe('a message Wati refuses to send', () => {
  let quiet: Team;
  let quietWati: SandboxTenantControl;

  beforeAll(async () => {
    // An organisation of its own: the fault is the tenant's, and no other test should meet it.
    quiet = await createTeam('chatbot-refused');
    quietWati = await sandboxTenant(quiet.organizationId, quiet.clients.owner);
    await runningFlow(
      quiet.clients.admin,
      quiet.organizationId,
      'Accueil',
      flow(
        [
          node('start', 'start', {
            triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['bonjour'] }],
          }),
          node('choices', 'buttons', {
            body: 'Comment pouvons-nous vous aider ?',
            header: '',
            footer: '',
            buttons: [
              { id: 'order', title: 'Commander' },
              { id: 'other', title: 'Autre chose' },
            ],
          }),
          node('done', 'end', { message: 'Très bien.', resolve: false }),
        ],
        [
          edge('start', 'next', 'choices'),
          edge('choices', 'order', 'done'),
          edge('choices', 'other', 'done'),
        ],
      ),
    );
    await runningFlow(
      quiet.clients.admin,
      quiet.organizationId,
      'Deux messages',
      flow(
        [
          node('start', 'start', {
            triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['deux'] }],
          }),
          node('first', 'message', { text: 'Premier.', media: null }),
          node('second', 'message', { text: 'Second.', media: null }),
        ],
        [edge('start', 'next', 'first'), edge('first', 'next', 'second')],
      ),
    );
  });

  afterAll(async () => {
    await quietWati.setFaults({});
  });

  it('hands the conversation to people with the reason send_failed', async () => {
    // Wati's monthly quota is spent: a refusal sending again would not change.
    await quietWati.setFaults({ quotaExhausted: true });
    const waId = randomWaId();
    await contactWrites(quiet.clients.agent, quiet.organizationId, waId, { text: 'Bonjour' });
    await waitUntil(
      async () => (await awaitConversation(quiet.organizationId, waId)).status === 'open',
      'the conversation handed over',
    );
    const thread = await messagesOf(quiet.organizationId, waId);
    expect(thread.filter((message) => message.event?.type === 'handoff')).toEqual([
      expect.objectContaining({ event: expect.objectContaining({ reason: 'send_failed' }) }),
    ]);
    expect(thread.filter((message) => message.author === 'bot')).toEqual([
      expect.objectContaining({
        body: 'Comment pouvons-nous vous aider ?',
        status: 'failed',
        failure_code: 'wati_quota',
      }),
    ]);
    const conversation = await awaitConversation(quiet.organizationId, waId);
    expect((await sessionsOf(conversation.id)).map((session) => session.status)).toEqual([
      'handed_over',
    ]);
    expect((await quietWati.messages()).filter((message) => message.waId === waId)).toEqual([]);
  });

  it('sends nothing more of that turn once people have the conversation', async () => {
    await quietWati.setFaults({ quotaExhausted: true });
    const waId = randomWaId();
    await contactWrites(quiet.clients.agent, quiet.organizationId, waId, { text: 'Deux' });
    await waitUntil(
      async () => (await awaitConversation(quiet.organizationId, waId)).status === 'open',
      'the conversation handed over',
    );
    // The rest of the turn is settled as not sent: no sweep can take it to a conversation people
    // hold, even once Wati sends again.
    await quietWati.setFaults({});
    const bot = (await messagesOf(quiet.organizationId, waId)).filter(
      (message) => message.author === 'bot',
    );
    expect(bot).toEqual([
      expect.objectContaining({ body: 'Premier.', status: 'failed', failure_code: 'wati_quota' }),
      expect.objectContaining({
        body: 'Second.',
        status: 'failed',
        failure_code: 'bot_send_failed',
      }),
    ]);
  });
});

describe('a flow published again or rolled back', () => {
  let flowId: string;
  let first: string;

  const versioned = (answer: string) =>
    flow(
      [
        node('start', 'start', {
          triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['version'] }],
        }),
        node('ask', 'buttons', {
          body: 'Voulez-vous la réponse ?',
          header: '',
          footer: '',
          buttons: [{ id: 'yes', title: 'Oui' }],
        }),
        node('answer', 'message', { text: answer, media: null }),
      ],
      [edge('start', 'next', 'ask'), edge('ask', 'yes', 'answer')],
    );

  beforeAll(async () => {
    flowId = await runningFlow(
      team.clients.admin,
      team.organizationId,
      'Versions',
      versioned('v1 answer'),
    );
    const [row] = await sql<{ published_version_id: string }>(
      `select published_version_id from public.bot_flows where id = $1`,
      [flowId],
    );
    first = row!.published_version_id;
  });

  /** A new contact starts the flow and gets its buttons; their number and conversation. */
  async function startsSession(): Promise<{ waId: string; conversationId: string }> {
    const waId = randomWaId();
    await write(waId, { text: 'version' });
    const [buttons] = await awaitBotMessages(team.organizationId, waId, 1);
    expect(buttons).toMatchObject({ kind: 'interactive', body: 'Voulez-vous la réponse ?' });
    const conversation = await awaitConversation(team.organizationId, waId);
    await waitUntil(
      async () => (await sessionsOf(conversation.id))[0]?.state.nodeId === 'ask',
      'the session at the buttons',
    );
    return { waId, conversationId: conversation.id };
  }

  /** The contact taps « Oui »; the answer the bot gives them. */
  async function taps(waId: string): Promise<string | null> {
    await write(waId, { type: 'interactive', title: 'Oui' });
    return (await awaitBotMessages(team.organizationId, waId, 2))[1]!.body;
  }

  it('keeps each running session on the version it started on; new sessions take the current one', async () => {
    const onFirst = await startsSession();

    const republished = await publish(team.clients.admin, flowId, versioned('v2 answer'));
    expect(republished).toMatchObject({ status: 200, body: { version: { number: 2 } } });
    const second = republished.body.version!.id;

    const onSecond = await startsSession();
    expect((await sessionsOf(onSecond.conversationId))[0]!.version_id).toBe(second);
    expect(await taps(onFirst.waId)).toBe('v1 answer');

    const { error } = await team.clients.admin.rpc('roll_back_bot_flow', {
      flow_id: flowId,
      version_id: first,
    });
    expect(error).toBeNull();

    const afterRollBack = await startsSession();
    expect((await sessionsOf(afterRollBack.conversationId))[0]!.version_id).toBe(first);
    expect(await taps(onSecond.waId)).toBe('v2 answer');
    expect(await taps(afterRollBack.waId)).toBe('v1 answer');

    expect((await sessionsOf(onFirst.conversationId))[0]).toMatchObject({
      version_id: first,
      status: 'completed',
    });
    expect((await sessionsOf(onSecond.conversationId))[0]).toMatchObject({
      version_id: second,
      status: 'completed',
    });
  });
});
