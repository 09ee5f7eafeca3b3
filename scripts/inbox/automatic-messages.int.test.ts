import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../test-support/database';
import { createTeam, type Team } from '../../test-support/personas';
import { contactWrites, uniquePhone } from './inbox-fixtures';

// What WCAP writes to contacts by itself: the opt-out confirmation and the satisfaction question
// on resolve, in the contact's language; the rating a contact answers with.

let team: Team;
beforeAll(async () => {
  team = await createTeam('automatiques');
  await sql(
    `update public.inbox_settings set auto_assign = false, csat_enabled = true where organization_id = $1`,
    [team.organizationId],
  );
});

/** A known contact who speaks `language`, with the conversation of a first message. */
async function contactSpeaking(language: 'fr' | 'en', at?: Date) {
  const phone = uniquePhone();
  await sql(
    `insert into public.contacts (organization_id, phone, country_code, name, opt_in_source, language)
     values ($1, $2, 'CM', 'Contact', 'import', $3)`,
    [team.organizationId, phone, language],
  );
  const { conversationId } = await contactWrites(team.organizationId, phone, 'Bonjour', at);
  return { phone, conversationId };
}

interface SystemMessage extends Record<string, unknown> {
  kind: string;
  body: string | null;
  media: { rows: string[]; button: string } | null;
  event: { type: string } | null;
}

const systemMessages = (conversationId: string) =>
  sql<SystemMessage>(
    `select kind, body, media, event from public.messages
     where conversation_id = $1 and author = 'system' and (event is null or event ->> 'type' like 'csat%')
     order by created_at, id`,
    [conversationId],
  );

async function resolve(conversationId: string) {
  const { error } = await team.clients.admin.rpc('set_conversation_status', {
    conversation_id: conversationId,
    status: 'resolved',
  });
  expect(error).toBeNull();
}

const surveysOf = (conversationId: string) =>
  sql<{ channel: string; rating: number | null }>(
    `select channel, rating from public.csat_surveys where conversation_id = $1`,
    [conversationId],
  );

describe('the opt-out confirmation', () => {
  it('is written in English to a contact who speaks English', async () => {
    const { phone } = await contactSpeaking('en');
    const [row] = await sql<{ result: { conversationId: string } }>(
      `select private.receive_contact_message($1, $2) as result`,
      [
        team.organizationId,
        JSON.stringify({
          phone,
          country: 'CM',
          kind: 'text',
          body: 'STOP',
          optOut: true,
          watiMessageId: crypto.randomUUID(),
          at: new Date().toISOString(),
        }),
      ],
    );
    const [confirmation] = await systemMessages(row!.result.conversationId);
    expect(confirmation?.body).toBe(
      'You are unsubscribed: you will no longer receive our messages. Write to us at any time to get back in touch.',
    );
  });
});

describe('the satisfaction question', () => {
  it('asks in the contact’s language, as a list of ratings, inside the 24-hour window', async () => {
    for (const [language, question, button] of [
      ['fr', /^Êtes-vous satisfait\(e\) de notre réponse \?/, 'Noter'],
      ['en', /^How satisfied are you with our answer\?/, 'Rate'],
    ] as const) {
      const { conversationId } = await contactSpeaking(language);
      await resolve(conversationId);
      const [asked, ...more] = await systemMessages(conversationId);
      expect(more).toEqual([]);
      expect(asked).toMatchObject({
        kind: 'csat',
        body: expect.stringMatching(question),
        media: { rows: ['5', '4', '3', '2', '1'], button },
      });
      expect(await surveysOf(conversationId)).toEqual([{ channel: 'interactive', rating: null }]);
    }
  });

  it('takes the contact’s answer as the rating', async () => {
    const { phone, conversationId } = await contactSpeaking('fr');
    await resolve(conversationId);
    const answer = await contactWrites(team.organizationId, phone, '4 merci');
    expect(answer.conversationId).toBe(conversationId);
    expect(await surveysOf(conversationId)).toEqual([{ channel: 'interactive', rating: 4 }]);
    const [filed] = await sql(`select kind from public.messages where id = $1`, [answer.messageId]);
    expect(filed).toEqual({ kind: 'csat' });
  });

  it('is noted as not sent outside the window when no template is chosen', async () => {
    const { conversationId } = await contactSpeaking('fr', new Date(Date.now() - 25 * 3600_000));
    await resolve(conversationId);
    expect(await systemMessages(conversationId)).toEqual([
      { kind: 'event', body: null, media: null, event: { type: 'csat_not_sent' } },
    ]);
    expect(await surveysOf(conversationId)).toEqual([{ channel: 'not_sent', rating: null }]);
  });

  it('is not asked of a contact who unsubscribed', async () => {
    const { phone, conversationId } = await contactSpeaking('fr');
    await sql(
      `update public.contacts set opt_in_status = 'opted_out' where organization_id = $1 and phone = $2`,
      [team.organizationId, phone],
    );
    await resolve(conversationId);
    expect(await systemMessages(conversationId)).toEqual([]);
    expect(await surveysOf(conversationId)).toEqual([]);
  });
});
