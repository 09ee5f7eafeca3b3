import { beforeAll, describe, expect, it } from 'vitest';
import { randomWaId } from '../../../test-support/wati/stack-tenant';
import { createTeam, type Team } from '../../../test-support/personas';
import { sandboxControl } from '../../../test-support/wati/stack-tenant';
import { awaitConversation, messagesOf, simulate } from '../inbox-send/inbox-fixtures.ts';

// « Simuler un message »: in sandbox mode, a member who answers in the inbox has a contact write
// to the organisation's number; the message then travels as any other (sandbox, webhook, inbox).
// Nobody else may, and an organisation on its own Wati has nothing to simulate.

let team: Team;

beforeAll(async () => {
  team = await createTeam('simulate');
});

describe('simulating a contact’s message', () => {
  it('lets an agent have a contact write, as Wati would deliver it', async () => {
    const waId = randomWaId();
    const answer = await simulate(team.clients.agent, team.organizationId, {
      from: waId,
      senderName: 'Clarisse Abena',
      text: 'Bonjour depuis le bac à sable',
    });
    expect(answer).toEqual({ status: 200, body: { ok: true } });
    await awaitConversation(team.organizationId, waId);
    const [message] = await messagesOf(team.organizationId, waId);
    expect(message).toMatchObject({
      author: 'contact',
      author_name: 'Clarisse Abena',
      body: 'Bonjour depuis le bac à sable',
    });
  });

  it('refuses viewers and members of other organisations', async () => {
    const body = { from: randomWaId(), text: 'Bonjour' };
    const refusal = {
      status: 403,
      body: {
        error: {
          code: 'inbox_requires_agent',
          message: 'Les lecteurs consultent la boîte de réception sans y répondre.',
        },
      },
    };
    expect(await simulate(team.clients.viewer, team.organizationId, body)).toEqual(refusal);
    expect(await simulate(team.clients.stranger, team.organizationId, body)).toEqual(refusal);
    expect((await simulate(team.clients.anonymous, team.organizationId, body)).status).toBe(401);
    expect(await messagesOf(team.organizationId, body.from)).toEqual([]);
  });

  it.each([
    [
      { from: '+237 6 77', text: 'Bonjour' },
      'Numéro : indicatif du pays puis le numéro, 8 à 15 chiffres.',
    ],
    [
      { from: '237677000001', type: 'image', url: 'ftp://x.org/a.png' },
      'Adresse du fichier : elle doit commencer par http:// ou https://.',
    ],
    [
      { from: '237677000001', type: 'location', latitude: 120, longitude: 0 },
      'Latitude : entre -90 et 90.',
    ],
    [
      { from: '237677000001', type: 'contacts', contacts: [] },
      'Ajoutez au moins une fiche de contact.',
    ],
    [{ from: '237677000001', type: 'sondage' }, 'Type de message inconnu.'],
  ])('explains in French what is wrong with %j', async (body, message) => {
    expect(await simulate(team.clients.agent, team.organizationId, body)).toEqual({
      status: 422,
      body: { error: { code: 'invalid_input', message } },
    });
  });

  it('refuses what no contact could write, and passes markup on as text', async () => {
    const refused = async (body: Record<string, unknown>) =>
      await simulate(team.clients.agent, team.organizationId, { from: randomWaId(), ...body });
    expect(await refused({ text: 'a'.repeat(4097) })).toEqual({
      status: 422,
      body: { error: { code: 'invalid_input', message: 'Message : 4096 caractères au plus.' } },
    });
    expect(await refused({ text: 'Bonjour\u0000' })).toEqual({
      status: 422,
      body: {
        error: {
          code: 'unstorable_text',
          message: 'Le champ « text » contient un caractère nul ou un caractère Unicode incomplet.',
        },
      },
    });
    expect(await refused({ text: 'x', padding: 'y'.repeat(300_000) })).toMatchObject({
      status: 413,
      body: { error: { code: 'payload_too_large' } },
    });

    const waId = randomWaId();
    const markup = '<img src=x onerror=alert(1)> <b>Bonjour</b> {{1}}';
    expect(
      await simulate(team.clients.agent, team.organizationId, { from: waId, text: markup }),
    ).toEqual({ status: 200, body: { ok: true } });
    await awaitConversation(team.organizationId, waId);
    const [message] = await messagesOf(team.organizationId, waId);
    expect(message?.body).toBe(markup);
  });

  it('exists only in sandbox mode: not for an organisation on its own Wati', async () => {
    const live = await createTeam('simulate-live');
    const credentials = await sandboxControl<{ endpoint: string; token: string }>(
      'POST',
      '/tenants',
      { id: `live-${crypto.randomUUID()}` },
    );
    const saved = await live.clients.owner.functions.invoke('wati-connection', {
      method: 'PUT',
      body: { organizationId: live.organizationId, ...credentials },
    });
    expect(saved.error).toBeNull();

    expect(
      await simulate(live.clients.agent, live.organizationId, {
        from: randomWaId(),
        text: 'Bonjour',
      }),
    ).toEqual({
      status: 409,
      body: {
        error: { code: 'sandbox_only', message: 'La simulation n’existe qu’en mode bac à sable.' },
      },
    });
  });
});
