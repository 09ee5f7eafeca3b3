// The WhatsApp assistant on the real stack: the platform sandbox writes as a person would (signed
// webhooks) and records what the platform number answers; GEN asks the LLM sandbox through the
// web's own pipeline; logging in is the real WhatsApp login (send-sms-hook, verify-otp).
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { signedInUser } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { createTeam } from '../../../test-support/personas';
import { messagesTo, randomPhone } from '../../../test-support/whatsapp/platform';
import { fill } from './answers.ts';
import {
  ask,
  balanceOf,
  codeFromTheWeb,
  contactText,
  credits,
  failSendsTo,
  ledgerOf,
  linkWhatsApp,
  logInFromWhatsApp,
  modelRequestsAbout,
  sendsLeftToFail,
  setBalance,
  verify,
} from './assistant-fixtures.ts';

async function organizationsOf(userId: string) {
  return await sql<{ id: string; name: string; country_code: string; role: string }>(
    `select o.id, o.name, o.country_code, m.role::text as role
     from public.memberships m join public.organizations o on o.id = m.organization_id
     where m.user_id = $1 order by m.created_at`,
    [userId],
  );
}

/** What the web reads: the balance as the member's own client sees it, under RLS. */
async function webBalance(client: SupabaseClient, organizationId: string): Promise<number> {
  const { data, error } = await client
    .from('credit_wallets')
    .select('balance')
    .eq('organization_id', organizationId)
    .single();
  expect(error).toBeNull();
  return Number(data!.balance);
}

/** The top-up link of an answer: the site's Paramètres › Crédits. */
function linkIn(text: string): string {
  const link = /https?:\/\/\S+\/parametres\/credits/.exec(text)?.[0];
  expect(link, text).toBeDefined();
  return link!;
}

describe('a number that never logged in', () => {
  it('is told to log in first: no wallet, no credits, no model', async () => {
    const phone = randomPhone();
    const marker = `jamais-${randomUUID().slice(0, 8)}`;
    const notSignedUp = await contactText('platform_not_signed_up');
    for (const text of ['SOLDE', `GEN Promo ${marker} sur les pagnes`, 'ORG', 'ORG 1']) {
      expect(await ask(phone, text)).toEqual({ outcome: 'not_signed_up', replies: [notSignedUp] });
    }
    // CONNEXION makes Auth create an account whose number stays unconfirmed until a code is typed:
    // still nobody.
    expect((await ask(phone, 'CONNEXION')).outcome).toBe('login');
    expect(await ask(phone, `GEN Promo ${marker} pour la rentrée`)).toEqual({
      outcome: 'not_signed_up',
      replies: [notSignedUp],
    });
    expect(await modelRequestsAbout(marker)).toEqual([]);
    const [account] = await sql<{ id: string }>(`select id from auth.users where phone = $1`, [
      phone.slice(1),
    ]);
    expect(await organizationsOf(account!.id)).toEqual([]);
    expect(
      await sql(
        `select 1 from public.organizations where created_by = $1
         union all select 1 from private.welcome_credit_grants where user_id = $1`,
        [account!.id],
      ),
    ).toEqual([]);
  });

  it('still gets the help, which lists SOLDE, GEN and ORG, for anything else', async () => {
    const phone = randomPhone();
    const help = await contactText('platform_help');
    for (const word of ['SOLDE', 'GEN', 'ORG']) expect(help).toContain(word);
    for (const word of ['BALANCE', 'GEN', 'ORG'])
      expect(await contactText('platform_help', 'en')).toContain(word);
    expect(await ask(phone, 'Écris-moi une promo pour mes pagnes')).toEqual({
      outcome: 'help',
      replies: [help],
    });
  });

  it('has its WhatsApp name noted as it writes, and is answered in the language LANGUE/LANG set', async () => {
    const phone = randomPhone();
    const contact = async () =>
      await sql<{ profile_name: string | null; language: string }>(
        `select profile_name, language from private.platform_contacts where phone = $1`,
        [phone],
      );
    // The sandbox's default name is the number's digits: no letter, no name, and no row.
    expect(await ask(phone, 'AIDE')).toEqual({
      outcome: 'help',
      replies: [await contactText('platform_help')],
    });
    expect(await contact()).toEqual([]);

    expect(await ask(phone, 'LANGUE', { profileName: 'Awa Ngono' })).toEqual({
      outcome: 'language',
      replies: [await contactText('platform_language_set', 'en')],
    });
    expect(await contact()).toEqual([{ profile_name: 'Awa Ngono', language: 'en' }]);

    // A new name replaces the old one, and the language stays.
    expect(await ask(phone, 'SOLDE', { profileName: '  Awa N.  ' })).toEqual({
      outcome: 'not_signed_up',
      replies: [await contactText('platform_not_signed_up', 'en')],
    });
    expect(await contact()).toEqual([{ profile_name: 'Awa N.', language: 'en' }]);

    // A "name" without a letter leaves the one noted.
    expect(await ask(phone, 'HELP', { profileName: '🌺🌺' })).toEqual({
      outcome: 'help',
      replies: [await contactText('platform_help', 'en')],
    });
    expect(await ask(phone, 'LANG')).toEqual({
      outcome: 'language',
      replies: [await contactText('platform_language_set', 'fr')],
    });
    expect(await ask(phone, 'SOLDE', { profileName: 'Awa N.' })).toEqual({
      outcome: 'not_signed_up',
      replies: [await contactText('platform_not_signed_up')],
    });
    expect(await contact()).toEqual([{ profile_name: 'Awa N.', language: 'fr' }]);
  });
});

describe('logging in by WhatsApp without an organisation', () => {
  it('gives a personal organisation named after the WhatsApp name, with 5 credits', async () => {
    const phone = randomPhone();
    const { userId, client } = await logInFromWhatsApp(phone, 'Awa Ngono');
    const organizations = await organizationsOf(userId);
    expect(organizations).toEqual([
      { id: expect.any(String), name: 'Awa Ngono', country_code: 'CM', role: 'owner' },
    ]);
    const organizationId = organizations[0]!.id;
    expect(await webBalance(client, organizationId)).toBe(5);
    expect(await ledgerOf(organizationId)).toEqual([
      {
        delta: '5',
        reason: 'welcome',
        channel: 'system',
        actor_id: null,
        subject: { kind: 'welcome' },
      },
    ]);

    // SOLDE gives the balance the web reads, and the top-up link.
    const { outcome, replies } = await ask(phone, 'solde ?');
    expect(outcome).toBe('balance');
    expect(replies).toEqual([
      fill(await contactText('platform_balance'), {
        organization: 'Awa Ngono',
        balance: await credits(await webBalance(client, organizationId)),
        link: linkIn(replies[0]!),
      }),
    ]);
    expect(new URL(linkIn(replies[0]!)).pathname).toBe('/parametres/credits');
  });

  it('names it after the number, in its country, when nothing else names the person', async () => {
    const phone = `+336${String(Math.floor(Math.random() * 100_000_000)).padStart(8, '0')}`;
    const answer = await verify({ phone, code: await codeFromTheWeb(phone) });
    expect(answer.status).toBe(200);
    const readable = parsePhoneNumberFromString(phone)!.formatInternational();
    expect(readable).toMatch(/^\+33 6 \d\d \d\d \d\d \d\d$/);
    expect(await organizationsOf(answer.body.user.id)).toEqual([
      { id: expect.any(String), name: `Espace de ${readable}`, country_code: 'FR', role: 'owner' },
    ]);
  });

  it('creates one, however many verifications run at once', async () => {
    const phone = randomPhone();
    const code = await codeFromTheWeb(phone);
    const answers = await Promise.all([verify({ phone, code }), verify({ phone, code })]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 403]);
    const userId = answers.find((answer) => answer.status === 200)!.body.user.id;
    const organizations = await organizationsOf(userId);
    expect(organizations).toHaveLength(1);
    expect(await balanceOf(organizations[0]!.id)).toBe(5);

    // The function itself, called at the same moment on separate connections: the person's lock
    // lets one create and the others find it.
    const { userId: lonely } = await signedInUser('personnel');
    const calls = await Promise.all(
      Array.from({ length: 6 }, () =>
        sql<{ organization_id: string; created: boolean }>(
          `select * from private.ensure_personal_organization($1, '+237 6 90 00 00 00', 'CM')`,
          [lonely],
        ),
      ),
    );
    const rows = calls.map(([row]) => row!);
    expect(rows.filter((row) => row.created)).toHaveLength(1);
    expect(new Set(rows.map((row) => row.organization_id)).size).toBe(1);
    expect(await organizationsOf(lonely)).toEqual([
      {
        id: rows[0]!.organization_id,
        name: 'Espace de +237 6 90 00 00 00',
        country_code: 'CM',
        role: 'owner',
      },
    ]);
    expect(await balanceOf(rows[0]!.organization_id)).toBe(5);
  });

  it('leaves a person who has an organisation as they are', async () => {
    const team = await createTeam('assistant-deja');
    const phone = await linkWhatsApp(team.clients.agent, randomPhone());
    // WCAP's minute between two codes to a number.
    await sql(
      `update private.otp_challenges set created_at = created_at - interval '61 seconds'
       where phone = $1`,
      [phone],
    );
    expect((await verify({ phone, code: await codeFromTheWeb(phone) })).status).toBe(200);
    expect(
      (await organizationsOf(team.userIds.agent)).map((organization) => organization.id),
    ).toEqual([team.organizationId]);
  });
});

describe('GEN', () => {
  it('gives three variants for one credit, in the brief’s language, answered in the person’s', async () => {
    const phone = randomPhone();
    const { userId } = await logInFromWhatsApp(phone, 'Boutique Mireille');
    const [{ id: organizationId }] = (await organizationsOf(userId)) as [{ id: string }];
    const marker = `pagnes-${randomUUID().slice(0, 8)}`;
    const { outcome, replies } = await ask(
      phone,
      `GEN Announce our ${marker} sale: 20% off all fabrics this weekend in Douala`,
    );
    expect(outcome).toBe('generated');
    expect(replies).toHaveLength(1);
    const [answer] = replies as [string];
    const intro = `${await contactText('platform_gen_intro')}\n\n*1.* `;
    const footer = `\n\n${fill(await contactText('platform_gen_balance'), {
      organization: 'Boutique Mireille',
      balance: await credits(4),
    })}`;
    expect(answer.startsWith(intro), answer).toBe(true);
    expect(answer.endsWith(footer), answer).toBe(true);
    const variants = answer
      .slice(intro.length, answer.length - footer.length)
      .split(/\n\n\*[23]\.\* /);
    expect(variants).toHaveLength(3);
    expect(new Set(variants).size).toBe(3);
    // The intent then the variants, both written in the brief's language.
    expect(await modelRequestsAbout(marker)).toEqual([{ language: 'en' }, { language: 'en' }]);
    expect(await balanceOf(organizationId)).toBe(4);
    const ledger = await ledgerOf(organizationId);
    expect(ledger.at(-1)).toEqual({
      delta: '-1',
      reason: 'generation',
      channel: 'whatsapp',
      actor_id: userId,
      subject: { kind: 'generation', purpose: 'reply' },
    });
  });

  it('answers « Crédits insuffisants » with the top-up link on an empty wallet, without the model', async () => {
    const phone = randomPhone();
    const { userId } = await logInFromWhatsApp(phone, 'Awa Couture');
    const [{ id: organizationId }] = (await organizationsOf(userId)) as [{ id: string }];
    await setBalance(organizationId, 0);
    const marker = `vide-${randomUUID().slice(0, 8)}`;
    const { outcome, replies } = await ask(phone, `GEN Promo ${marker} sur les pagnes`);
    expect(outcome).toBe('insufficient_credits');
    expect(replies).toHaveLength(1);
    expect(replies[0]!.startsWith('Crédits insuffisants')).toBe(true);
    expect(replies).toEqual([
      fill(await contactText('platform_insufficient_credits'), {
        organization: 'Awa Couture',
        balance: await credits(0),
        link: linkIn(replies[0]!),
      }),
    ]);
    expect(await modelRequestsAbout(marker)).toEqual([]);
    expect(await balanceOf(organizationId)).toBe(0);
  });

  it('costs nothing and says so when the model’s answer cannot be used', async () => {
    const phone = randomPhone();
    const { userId } = await logInFromWhatsApp(phone, 'Awa Couture');
    const [{ id: organizationId }] = (await organizationsOf(userId)) as [{ id: string }];
    // The LLM sandbox puts {{1}} in every variant when the brief has one: WhatsApp's rules for
    // session text refuse variables, so the three variants are unusable.
    const { outcome, replies } = await ask(phone, 'GEN Bonjour {{1}}, votre commande est prête');
    expect(outcome).toBe('generation_failed');
    expect(replies).toEqual([await contactText('platform_gen_failed')]);
    expect(replies[0]).toContain('Aucun crédit n’a été débité');
    expect(await balanceOf(organizationId)).toBe(5);
    expect((await ledgerOf(organizationId)).map((line) => line.reason)).toEqual(['welcome']);
  });

  it('gives the credit back when the variants cannot be sent, and debits again once they can', async () => {
    const phone = randomPhone();
    const { userId } = await logInFromWhatsApp(phone, 'Awa Couture');
    const [{ id: organizationId }] = (await organizationsOf(userId)) as [{ id: string }];
    await setBalance(organizationId, 3);
    const paidLines = () =>
      sql<{ id: string; delta: string; reason: string; key: string; subject: unknown }>(
        `select id::text, delta::text, reason, idempotency_key as key, subject
         from public.credit_ledger
         where organization_id = $1 and reason in ('generation', 'refund')
         -- The table's id, not the text column id above, where '100' sorts before '99'.
         order by credit_ledger.id`,
        [organizationId],
      );

    // The provider fails the next send to this number (Meta's 131000, HTTP 500).
    await failSendsTo(phone, 1);
    const sentBefore = (await messagesTo(phone)).length;
    const marker = `panne-${randomUUID().slice(0, 8)}`;
    // The failure is the message's outcome, as any failure to answer is (follow-up.ts).
    expect(await ask(phone, `GEN Promo ${marker} sur les pagnes`)).toEqual({
      outcome: 'failed',
      replies: [],
    });
    expect(await sendsLeftToFail(phone)).toBe(0);
    expect(await messagesTo(phone)).toHaveLength(sentBefore);
    // The variants were written and paid for before the send failed, then the credit came back.
    expect(await modelRequestsAbout(marker)).toHaveLength(2);
    const [debit, refund, ...more] = await paidLines();
    expect(more).toEqual([]);
    expect(debit).toMatchObject({
      delta: '-1',
      reason: 'generation',
      key: expect.stringMatching(/^ai:[0-9a-f-]{36}$/) as unknown,
    });
    expect(refund).toEqual({
      id: expect.any(String) as unknown,
      delta: '1',
      reason: 'refund',
      key: `refund:${debit!.key}`,
      subject: { kind: 'generation', purpose: 'reply', refundOf: Number(debit!.id) },
    });
    expect((await ledgerOf(organizationId)).slice(-2)).toEqual([
      {
        delta: '-1',
        reason: 'generation',
        channel: 'whatsapp',
        actor_id: userId,
        subject: { kind: 'generation', purpose: 'reply' },
      },
      {
        delta: '1',
        reason: 'refund',
        channel: 'whatsapp',
        actor_id: userId,
        subject: { kind: 'generation', purpose: 'reply', refundOf: Number(debit!.id) },
      },
    ]);
    expect(await balanceOf(organizationId)).toBe(3);

    // Sends work again: the next GEN is delivered and paid for, once.
    const delivered = await ask(phone, `GEN Promo ${marker} pour la rentrée`);
    expect(delivered.outcome).toBe('generated');
    expect(delivered.replies).toHaveLength(1);
    expect(delivered.replies[0]).toContain(
      fill(await contactText('platform_gen_balance'), {
        organization: 'Awa Couture',
        balance: await credits(2),
      }),
    );
    expect(await balanceOf(organizationId)).toBe(2);
    expect((await paidLines()).map(({ delta, reason }) => [reason, delta])).toEqual([
      ['generation', '-1'],
      ['refund', '1'],
      ['generation', '-1'],
    ]);
  });

  it('explains itself when the brief is missing or too long', async () => {
    const phone = randomPhone();
    const usage = await contactText('platform_gen_usage');
    for (const text of ['GEN', 'générer ?', `GEN ${'x'.repeat(2001)}`]) {
      expect(await ask(phone, text)).toEqual({ outcome: 'generation_usage', replies: [usage] });
    }
  });
});

describe('ORG', () => {
  it('lists the organisations, switches the wallet GEN and SOLDE spend, never a viewer’s', async () => {
    const phone = randomPhone();
    const { userId } = await logInFromWhatsApp(phone, 'Zita Mbarga');
    const [{ id: personal }] = (await organizationsOf(userId)) as [{ id: string }];
    // Then joined as an agent a team whose wallet holds 7 credits.
    const team = await createTeam('assistant-org');
    await setBalance(team.organizationId, 7);
    await sql(
      `insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'agent')`,
      [team.organizationId, userId],
    );
    const teamName = 'Équipe assistant-org';

    // Several organisations and no choice: the one joined last, said so.
    const balance = await ask(phone, 'BALANCE');
    expect(balance.outcome).toBe('balance');
    expect(balance.replies).toHaveLength(1);
    expect(balance.replies[0]).toContain(`${teamName} : ${await credits(7)}`);
    expect(balance.replies[0]).toContain(
      fill(await contactText('platform_wallet_default'), { organization: teamName }),
    );

    const listed = await ask(phone, 'org');
    expect(listed.outcome).toBe('org_listed');
    const lines = listed.replies[0]!.split('\n').filter((line) => /^\d+\. /.test(line));
    // Both listed with their balance, the one spent marked.
    expect(lines).toHaveLength(2);
    const teamLine = lines.find((line) => line.includes(teamName))!;
    const personalLine = lines.find((line) => line.includes('Zita Mbarga'))!;
    expect(teamLine).toMatch(new RegExp(` — ${await credits(7)} ✅$`));
    expect(personalLine).toMatch(new RegExp(` — ${await credits(5)}$`));
    const personalNumber = Number(/^(\d+)\./.exec(personalLine)![1]);

    expect(await ask(phone, `ORG ${personalNumber}`)).toEqual({
      outcome: 'org_chosen',
      replies: [
        fill(await contactText('platform_org_chosen'), {
          organization: 'Zita Mbarga',
          balance: await credits(5),
        }),
      ],
    });
    // Chosen: no word about the default any more.
    const chosen = await ask(phone, 'SOLDE');
    expect(chosen.replies).toEqual([
      fill(await contactText('platform_balance'), {
        organization: 'Zita Mbarga',
        balance: await credits(5),
        link: linkIn(chosen.replies[0]!),
      }),
    ]);
    expect((await ask(phone, 'GEN Relance des clients pour la rentrée')).outcome).toBe('generated');
    expect(await balanceOf(personal)).toBe(4);
    expect(await balanceOf(team.organizationId)).toBe(7);

    const unknown = await ask(phone, 'ORG 9');
    expect(unknown.outcome).toBe('org_unknown');
    expect(unknown.replies[0]).toContain(
      fill(await contactText('platform_org_unknown'), { number: 9 }),
    );

    // A viewer reads the balance but does not spend it on AI, as on the web.
    const readOnly = await createTeam('assistant-lecture');
    await sql(
      `insert into public.memberships (organization_id, user_id, role) values ($1, $2, 'viewer')`,
      [readOnly.organizationId, userId],
    );
    const relisted = await ask(phone, 'ORG');
    const viewerLine = relisted.replies[0]!.split('\n').find((line) =>
      line.includes('Équipe assistant-lecture'),
    )!;
    const viewerNumber = Number(/^(\d+)\./.exec(viewerLine)![1]);
    expect((await ask(phone, `org ${viewerNumber}`)).outcome).toBe('org_chosen');
    const marker = `lecture-${randomUUID().slice(0, 8)}`;
    expect(await ask(phone, `GEN Promo ${marker}`)).toEqual({
      outcome: 'generation_forbidden',
      replies: [
        fill(await contactText('platform_gen_requires_agent'), {
          organization: 'Équipe assistant-lecture',
        }),
      ],
    });
    expect(await modelRequestsAbout(marker)).toEqual([]);
    expect(await balanceOf(readOnly.organizationId)).toBe(5);
  });
});
