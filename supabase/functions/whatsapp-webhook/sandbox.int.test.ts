// whatsapp-webhook as the stack runs it, with the platform sandbox writing as a person would
// (signed webhooks) and recording what the platform number sends back: LOGIN end to end, through
// Auth and its Send SMS hook.
import { describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { poller } from '../../../test-support/wait';
import {
  messagesTo,
  nextMessageTo,
  randomPhone,
  writeToPlatform,
} from '../../../test-support/whatsapp/platform';

const waitUntil = poller({ timeoutMs: 20_000, intervalMs: 150 });

async function outcomeOf(messageId: string): Promise<string | null | undefined> {
  const [row] = await sql<{ outcome: string | null }>(
    `select outcome from private.platform_inbound_messages where message_id = $1`,
    [messageId],
  );
  return row === undefined ? undefined : row.outcome;
}

async function handled(messageId: string): Promise<string> {
  await waitUntil(async () => Boolean(await outcomeOf(messageId)), `message ${messageId} handled`);
  return (await outcomeOf(messageId))!;
}

async function contactText(key: string): Promise<string> {
  const [row] = await sql<{ body: string }>(`select private.contact_text($1, 'fr') as body`, [key]);
  return row!.body;
}

describe.each(['meta', 'twilio'] as const)('the platform number on %s', (provider) => {
  it('sends a code and the login link to whoever writes CONNEXION, then asks to wait', async () => {
    const phone = randomPhone();
    const login = await writeToPlatform(phone, 'Connexion', provider);
    expect(login.status).toBe(200);
    expect(await handled(login.messageId)).toBe('login');
    await nextMessageTo(phone, 1);
    const sent = await messagesTo(phone);
    const code = sent.find((message) => message.kind === 'template');
    const link = sent.find((message) => message.kind === 'text');
    expect(code?.code).toMatch(/^\d{6}$/);
    const [before, after] = (await contactText('platform_login_link')).split('{link}') as [
      string,
      string,
    ];
    expect(link?.text.startsWith(before) && link.text.endsWith(after)).toBe(true);
    const page = new URL(link!.text.slice(before.length, link!.text.length - after.length));
    expect(page.pathname).toBe('/connexion');
    expect(page.search).toBe(`?whatsapp=${encodeURIComponent(phone)}`);

    const again = await writeToPlatform(phone, 'LOGIN', provider);
    expect(await handled(again.messageId)).toBe('login_throttled');
    expect(await nextMessageTo(phone, 2)).toMatchObject({
      kind: 'text',
      text: await contactText('platform_login_wait'),
    });
    expect((await messagesTo(phone)).filter((message) => message.kind === 'template')).toHaveLength(
      1,
    );
  });

  it('answers AIDE with the help', async () => {
    const phone = randomPhone();
    const help = await writeToPlatform(phone, 'aide', provider);
    expect(help.status).toBe(200);
    expect(await handled(help.messageId)).toBe('help');
    expect((await nextMessageTo(phone)).text).toBe(await contactText('platform_help'));
  });

  it.each(['wrong', 'missing'] as const)(
    'refuses a %s signature: 401, nothing stored',
    async (signature) => {
      const phone = randomPhone();
      const forged = await writeToPlatform(phone, 'CONNEXION', provider, signature);
      expect(forged.status).toBe(401);
      expect(await outcomeOf(forged.messageId)).toBeUndefined();
      expect(await messagesTo(phone)).toEqual([]);
    },
  );
});
