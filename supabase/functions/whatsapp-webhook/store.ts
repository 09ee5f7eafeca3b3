import { serviceDatabase } from '../_shared/database.ts';
import type { InboundMessage } from './inbound.ts';

/** What was done for a message, kept beside it. */
export type Outcome =
  'login' | 'login_throttled' | 'login_refused' | 'help' | 'language' | 'ignored' | 'failed';

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

export type Language = 'fr' | 'en';

/** The language the number writes to a person in: French until they ask for English. */
export async function languageOf(phone: string): Promise<Language> {
  const [row] = await serviceDatabase()<{ language: Language }[]>`
    select language from private.platform_contacts where phone = ${phone}`;
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
  const [row] = await serviceDatabase()<{ body: string | null }[]>`
    select private.contact_text(${key}, ${language}) as body`;
  if (!row?.body) throw new Error(`contact text ${key} (${language}) is missing`);
  return row.body;
}
