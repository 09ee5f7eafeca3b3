import { boundedText } from '../bounded-json.ts';
import { serviceDatabase } from '../database.ts';
import { guardedFetch, type OutgoingFetch } from '../outgoing-url/guard.ts';
import type { HttpAnswer, HttpCall, TurnPorts } from './turn.ts';

// What the engine asks of the world during a turn, on the service connection: the turn's
// organisation is the only one its queries name.

/** The knowledge base's best answer to a message, when its confidence reaches the threshold. */
export function faqPort(input: {
  organizationId: string;
  settings: { faqThreshold: number };
}): TurnPorts['matchFaq'] {
  return async (message) => {
    const [row] = await serviceDatabase()<
      { entry_id: string; answer: string; confidence: number }[]
    >`
      select m.entry_id, e.answer, m.confidence
      from private.faq_match(${input.organizationId}, ${message}, 1) m
      join public.faq_entries e on e.id = m.entry_id`;
    if (!row || row.confidence < input.settings.faqThreshold) return null;
    return { entryId: row.entry_id, answer: row.answer, confidence: row.confidence };
  };
}

/** Bodies read from an HTTP node's answer at most: its JSON is for a few variables. */
const HTTP_ANSWER_MAX_BYTES = 256 * 1024;

/**
 * An HTTP node's call, through the outgoing-URL guard (no loopback, private, link-local or
 * metadata address, redirects checked likewise), within its timeout; never throws.
 */
export function httpPort(fetcher: OutgoingFetch = guardedFetch()): TurnPorts['callHttp'] {
  return async (call: HttpCall): Promise<HttpAnswer> => {
    try {
      const response = await fetcher(call.url, {
        method: call.method,
        headers: call.headers.map(({ name, value }) => [name, value] as [string, string]),
        body: call.body ?? undefined,
        signal: AbortSignal.timeout(call.timeoutMs),
      });
      const text = await boundedText(response, HTTP_ANSWER_MAX_BYTES);
      if (text === undefined) return { ok: false, status: response.status, reason: 'too_large' };
      if (!response.ok) return { ok: false, status: response.status, reason: 'status' };
      let json: unknown = null;
      try {
        json = text === '' ? null : JSON.parse(text);
      } catch {
        json = null;
      }
      return { ok: true, status: response.status, json };
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'error';
      return { ok: false, status: null, reason };
    }
  };
}

interface CachedSynonyms {
  at: number;
  synonyms: ReadonlyMap<string, string>;
}

const synonymCache = new Map<string, CachedSynonyms>();
/** An admin's new synonym reaches the bot within this time. */
const SYNONYMS_TTL_MS = 30_000;

/** The organisation's abbreviations and chat forms (bot_synonyms), term → expansion. */
export async function synonymsOf(organizationId: string): Promise<ReadonlyMap<string, string>> {
  const cached = synonymCache.get(organizationId);
  if (cached && Date.now() - cached.at < SYNONYMS_TTL_MS) return cached.synonyms;
  const rows = await serviceDatabase()<{ term: string; expansion: string }[]>`
    select term, expansion from public.bot_synonyms where organization_id = ${organizationId}`;
  const synonyms = new Map(rows.map((row) => [row.term, row.expansion]));
  if (synonymCache.size > 1_000) synonymCache.clear();
  synonymCache.set(organizationId, { at: Date.now(), synonyms });
  return synonyms;
}
