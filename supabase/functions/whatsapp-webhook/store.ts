import { serviceDatabase } from '../_shared/database.ts';
import { ORGANIZATION_NAME_MAX_LENGTH } from '../_shared/limits.ts';
import type { Language } from './answers.ts';
import type { InboundMessage } from './inbound.ts';

/** What was done for a message, kept beside it. */
export type Outcome =
  | 'login'
  | 'login_throttled'
  | 'login_refused'
  | 'help'
  | 'language'
  | 'ignored'
  | 'failed'
  // The assistant's (a number that never logged in gets only not_signed_up).
  | 'not_signed_up'
  | 'balance'
  | 'generation_usage'
  | 'generated'
  | 'generation_failed'
  | 'generation_refused'
  | 'generation_forbidden'
  | 'insufficient_credits'
  | 'org_listed'
  | 'org_chosen'
  | 'org_unknown';

const keyOf = (provider: string, messageId: string) => `${provider}:${messageId}`;

/**
 * Files the messages, and returns those filed now: one delivered again (by a retry, or twice in
 * one batch) is left out, so it is handled once.
 */
export async function fileNewMessages(messages: InboundMessage[]): Promise<InboundMessage[]> {
  const unique = [
    ...new Map(
      messages.map((message) => [keyOf(message.provider, message.messageId), message]),
    ).values(),
  ];
  if (unique.length === 0) return [];
  const sql = serviceDatabase();
  const rows = unique.map(({ provider, messageId, from }) => ({
    provider,
    message_id: messageId,
    from_phone: from,
  }));
  const filed = await sql<{ provider: string; message_id: string }[]>`
    insert into private.platform_inbound_messages (provider, message_id, from_phone)
    select m.provider, m.message_id, m.from_phone
    from jsonb_to_recordset(${sql.json(rows as never)})
      as m(provider text, message_id text, from_phone text)
    on conflict do nothing
    returning provider, message_id`;
  const fresh = new Set(filed.map((row) => keyOf(row.provider, row.message_id)));
  return unique.filter((message) => fresh.has(keyOf(message.provider, message.messageId)));
}

export async function recordOutcome(message: InboundMessage, outcome: Outcome): Promise<void> {
  await serviceDatabase()`
    update private.platform_inbound_messages set outcome = ${outcome}, handled_at = now()
    where provider = ${message.provider} and message_id = ${message.messageId}`;
}

/**
 * Notes the name the person gives themselves on WhatsApp, for their personal organisation's
 * name (cut to an organisation name's length; a "name" without a letter (digits, emoji) is none),
 * and returns the language the number writes to them in: French until they ask for English.
 * One statement, as every message needs both. A number that gives no name gets no row.
 */
export async function noteContact(
  phone: string,
  profileName: string | undefined,
): Promise<Language> {
  const trimmed = [...(profileName?.trim() ?? '')]
    .slice(0, ORGANIZATION_NAME_MAX_LENGTH)
    .join('')
    .trim();
  const name = trimmed && /\p{L}/u.test(trimmed) ? trimmed : null;
  // The outer select reads the row as it was before the insert: it answers when `noted` wrote
  // nothing (no name, or the same one), `noted` when it did.
  const [row] = await serviceDatabase()<{ language: Language }[]>`
    with noted as (
      insert into private.platform_contacts as c (phone, profile_name)
      select ${phone}, ${name}::text where ${name}::text is not null
      on conflict (phone) do update set profile_name = excluded.profile_name, updated_at = now()
      where c.profile_name is distinct from excluded.profile_name
      returning c.language
    )
    select language from noted
    union all
    select language from private.platform_contacts
    where phone = ${phone} and not exists (select from noted)`;
  return row?.language ?? 'fr';
}

/** Switches French ↔ English and returns the new language. */
export async function switchLanguage(phone: string): Promise<Language> {
  const [row] = await serviceDatabase()<{ language: Language }[]>`
    insert into private.platform_contacts as c (phone, language) values (${phone}, 'en')
    on conflict (phone) do update
      set language = case c.language when 'fr' then 'en' else 'fr' end, updated_at = now()
    returning language`;
  return row!.language;
}

/** One of the texts the number writes (private.contact_texts). */
export async function textFor(key: string, language: Language): Promise<string> {
  return (await textsFor([key], language))[key]!;
}

/** Several of the texts the number writes, in one query. */
export async function textsFor<Key extends string>(
  keys: readonly Key[],
  language: Language,
): Promise<Record<Key, string>> {
  const rows = await serviceDatabase()<{ key: Key; body: string | null }[]>`
    select key, private.contact_text(key, ${language}) as body
    from unnest(${[...keys]}::text[]) as key`;
  const texts = {} as Record<Key, string>;
  for (const { key, body } of rows) {
    if (!body) throw new Error(`contact text ${key} (${language}) is missing`);
    texts[key] = body;
  }
  return texts;
}
