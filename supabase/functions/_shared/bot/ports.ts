import { boundedText } from '../bounded-json.ts';
import { serviceDatabase } from '../database.ts';
import { guardedFetch, type OutgoingFetch } from '../outgoing-url/guard.ts';
import {
  AI_CHECK_CANDIDATES,
  decideFaqAnswer,
  type FaqCandidate,
  type FaqDecision,
  type FaqJudge,
} from './faq-decision.ts';
import { modelFaqJudge } from './faq-judge.ts';
import { normalizeText } from './text.ts';
import type { HttpAnswer, HttpCall, TurnPorts } from './turn.ts';

// What the engine asks of the world during a turn, on the service connection: the turn's
// organisation is the only one its queries name.

/** The entries the matcher offers for a message, best first, and the organisation's settings. */
export interface FaqCandidates {
  candidates: FaqCandidate[];
  threshold: number;
  aiCheck: boolean;
}

/**
 * The matcher's candidates and the settings that decide among them, in one statement on the
 * service connection (callers outside the bot check membership first). An organisation without
 * settings has no FAQ answers.
 */
export async function faqCandidates(
  organizationId: string,
  message: string,
): Promise<FaqCandidates | null> {
  const rows = await serviceDatabase()<
    {
      faq_threshold: number;
      faq_ai_check: boolean;
      entry_id: string | null;
      question: string | null;
      answer: string | null;
      confidence: number | null;
    }[]
  >`
    select s.faq_threshold, s.faq_ai_check, m.entry_id, m.question, e.answer, m.confidence
    from public.bot_settings s
    left join lateral private.faq_match(s.organization_id, ${message}, ${AI_CHECK_CANDIDATES}) m
      on true
    left join public.faq_entries e on e.id = m.entry_id
    where s.organization_id = ${organizationId}
    order by m.confidence desc nulls last, m.entry_id`;
  const [first] = rows;
  if (!first) return null;
  return {
    threshold: first.faq_threshold,
    aiCheck: first.faq_ai_check,
    candidates: rows.flatMap((row) =>
      row.entry_id !== null && row.answer !== null
        ? [
            {
              entryId: row.entry_id,
              question: row.question ?? '',
              answer: row.answer,
              confidence: row.confidence ?? 0,
            },
          ]
        : [],
    ),
  };
}

/** What the model read for a message: the same digest is the same question asked again. */
async function choiceKey(message: string, candidates: FaqCandidate[]): Promise<string> {
  const read = JSON.stringify([
    normalizeText(message),
    ...candidates.map(({ entryId, question, answer }) => [entryId, question, answer]),
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(read));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * `judge`, asked once per distinct question: a choice made for the same normalised message
 * among the same candidates (private.faq_ai_choices, 30 days) is given again. A failure is not
 * kept: the next message asks again.
 */
export function rememberedJudge(organizationId: string, judge: FaqJudge): FaqJudge {
  return async (message, candidates) => {
    const key = await choiceKey(message, candidates);
    const [kept] = await serviceDatabase()<{ choice: number | null }[]>`
      select choice from private.faq_ai_choices
      where organization_id = ${organizationId} and key = ${key}
        and decided_at > now() - interval '30 days'`;
    if (kept) return kept.choice;
    const choice = await judge(message, candidates);
    await serviceDatabase()`
      insert into private.faq_ai_choices (organization_id, key, choice)
      values (${organizationId}, ${key}, ${choice})
      on conflict (organization_id, key)
      do update set choice = excluded.choice, decided_at = excluded.decided_at`;
    return choice;
  };
}

/** The knowledge base's answer to a message, as the bot gives it (decideFaqAnswer). */
export async function faqDecision(
  organizationId: string,
  message: string,
  judge: FaqJudge = modelFaqJudge,
): Promise<FaqDecision> {
  const found = await faqCandidates(organizationId, message);
  if (!found) return { candidate: null, by: 'matcher' };
  return decideFaqAnswer(
    message,
    found.candidates,
    found,
    rememberedJudge(organizationId, judge),
    (error) => console.error(`bot: AI check failed for ${organizationId}:`, error),
  );
}

/**
 * The knowledge base's answer to a message (decideFaqAnswer): the matcher's best entry when its
 * confidence reaches the threshold, or, with the organisation's AI check, the entry the model
 * chose among the best candidates.
 */
export function faqPort(
  input: { organizationId: string },
  judge: FaqJudge = modelFaqJudge,
): TurnPorts['matchFaq'] {
  return async (message) => {
    const { candidate } = await faqDecision(input.organizationId, message, judge);
    if (!candidate) return null;
    const { entryId, answer, confidence } = candidate;
    return { entryId, answer, confidence };
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
