import type { Json, Tables, TablesUpdate } from '../../../lib/database.types';
import { assertChanged } from '../../../lib/errors';
import { callFunction } from '../../../lib/functions';
import { supabase } from '../../../lib/supabase';

// The knowledge base's reads and writes, as the member who is signed in: row-level security lets
// every member read; owners and admins change, through the functions of
// 20261212000300_bot_knowledge_base.sql where a change spans several rows.

/** The Data API returns 1,000 rows at most per request (supabase/config.toml, max_rows). */
const pageSize = 1000;

async function allPages<T>(
  page: (from: number, to: number) => PromiseLike<{ data: T[] | null; error: unknown }>,
): Promise<T[]> {
  const rows: T[] = [];
  for (let from = 0; ; from += pageSize) {
    const { data, error } = await page(from, from + pageSize - 1);
    if (error) throw error;
    rows.push(...(data ?? []));
    if ((data ?? []).length < pageSize) return rows;
  }
}

// FAQ ------------------------------------------------------------------------------------------------

export type FaqQuestion = { id: string; question: string; words: string[] };

export type FaqEntry = {
  id: string;
  category: string | null;
  answer: string;
  enabled: boolean;
  questions: FaqQuestion[];
};

/** The organisation's entries, by category then oldest first, each with its phrasings. */
export async function fetchFaqEntries(organizationId: string): Promise<FaqEntry[]> {
  const rows = await allPages((from, to) =>
    supabase
      .from('faq_entries')
      .select('id, category, answer, enabled, faq_questions(id, question, words, created_at)')
      .eq('organization_id', organizationId)
      .order('category', { ascending: true, nullsFirst: false })
      .order('created_at', { ascending: true })
      .order('id', { ascending: true })
      .range(from, to),
  );
  return rows.map((row) => ({
    id: row.id,
    category: row.category,
    answer: row.answer,
    enabled: row.enabled,
    questions: [...row.faq_questions]
      .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
      .map(({ id, question, words }) => ({ id, question, words })),
  }));
}

export type FaqEntryWrite = { category: string | null; answer: string; questions: string[] };

/** Creates an entry (id null) or changes one, with exactly these phrasings; returns its id. */
export async function saveFaqEntry(
  organizationId: string,
  id: string | null,
  entry: FaqEntryWrite,
): Promise<string> {
  const { data, error } = await supabase.rpc('save_faq_entry', {
    organization_id: organizationId,
    answer: entry.answer,
    questions: entry.questions,
    category: entry.category ?? undefined,
    entry_id: id ?? undefined,
  });
  if (error) throw error;
  return data;
}

export async function setFaqEntryEnabled(id: string, enabled: boolean): Promise<void> {
  assertChanged(
    await supabase.from('faq_entries').update({ enabled }, { count: 'exact' }).eq('id', id),
  );
}

export async function deleteFaqEntry(id: string): Promise<void> {
  assertChanged(await supabase.from('faq_entries').delete({ count: 'exact' }).eq('id', id));
}

export type FaqImportResult = { entries: number; questions: number; removed: number };

/** All or nothing: the first faulty entry refuses the whole import. */
export async function importFaq(
  organizationId: string,
  entries: FaqEntryWrite[],
  replaceAll: boolean,
): Promise<FaqImportResult> {
  const { data, error } = await supabase.rpc('import_faq', {
    organization_id: organizationId,
    entries: entries as unknown as Json,
    replace_all: replaceAll,
  });
  if (error) throw error;
  return data as FaqImportResult;
}

export type FaqTestResult = {
  entryId: string;
  question: string;
  answer: string;
  category: string | null;
  /** From 0 to 1. */
  confidence: number;
  /** Whether the bot would send this entry's answer. */
  aboveThreshold: boolean;
};

/** The entries a message would get, best first (three at most). */
export async function testFaq(organizationId: string, message: string): Promise<FaqTestResult[]> {
  const { data, error } = await supabase.rpc('faq_test', {
    organization_id: organizationId,
    message,
  });
  if (error) throw error;
  return data.map((row) => ({
    entryId: row.entry_id,
    question: row.question,
    answer: row.answer,
    // The generated types cannot say that a category may be null.
    category: (row.category as string | null) || null,
    confidence: row.confidence,
    aboveThreshold: row.above_threshold,
  }));
}

/** What the bot would answer a message: the entry it would send, if any, and who decided. */
export type FaqAnswer = {
  answer: {
    entryId: string;
    question: string;
    /** The matcher's, from 0 to 1. */ confidence: number;
  } | null;
  /**
   * `ai`: the model chose the entry, or found none. `matcher`: the threshold decided (with the AI
   * check on, the model could not be used).
   */
  by: 'matcher' | 'ai';
};

/**
 * The bot's answer to a message as faq-answer decides it, with the organisation's AI check when it
 * is on (a model call).
 */
export async function fetchFaqAnswer(organizationId: string, message: string): Promise<FaqAnswer> {
  return callFunction<FaqAnswer>(supabase.functions, 'faq-answer', {
    body: { organizationId, message },
  });
}

// Settings and synonyms ----------------------------------------------------------------------------

export type BotSettings = Pick<
  Tables<'bot_settings'>,
  'faq_threshold' | 'session_timeout_minutes' | 'max_misunderstood' | 'faq_ai_check'
>;

/** null when the organisation has no settings row (it always should: a trigger creates it). */
export async function fetchBotSettings(organizationId: string): Promise<BotSettings | null> {
  const { data, error } = await supabase
    .from('bot_settings')
    .select('faq_threshold, session_timeout_minutes, max_misunderstood, faq_ai_check')
    .eq('organization_id', organizationId)
    .maybeSingle();
  if (error) throw error;
  return data;
}

export async function updateBotSettings(
  organizationId: string,
  update: TablesUpdate<'bot_settings'>,
): Promise<void> {
  assertChanged(
    await supabase
      .from('bot_settings')
      .update(update, { count: 'exact' })
      .eq('organization_id', organizationId),
  );
}

export type BotSynonym = { term: string; expansion: string };

export async function fetchSynonyms(organizationId: string): Promise<BotSynonym[]> {
  return allPages((from, to) =>
    supabase
      .from('bot_synonyms')
      .select('term, expansion')
      .eq('organization_id', organizationId)
      .order('term', { ascending: true })
      .range(from, to),
  );
}

/** Adds a synonym or changes one (previousTerm: the word it replaces); returns it as saved. */
export async function saveSynonym(
  organizationId: string,
  synonym: BotSynonym,
  previousTerm: string | null,
): Promise<BotSynonym> {
  const { data, error } = await supabase.rpc('save_bot_synonym', {
    organization_id: organizationId,
    term: synonym.term,
    expansion: synonym.expansion,
    previous_term: previousTerm ?? undefined,
  });
  if (error) throw error;
  return { term: data.term, expansion: data.expansion };
}

export async function deleteSynonym(organizationId: string, term: string): Promise<void> {
  assertChanged(
    await supabase
      .from('bot_synonyms')
      .delete({ count: 'exact' })
      .eq('organization_id', organizationId)
      .eq('term', term),
  );
}

// Messages the bot did not understand -------------------------------------------------------------

export type UnmatchedMessage = Pick<
  Tables<'bot_unmatched_messages'>,
  'id' | 'text' | 'normalized' | 'occurrences' | 'last_seen_at' | 'conversation_id'
>;

export const unmatchedPageSize = 50;

/** A page of the open ones, most frequent first, with how many there are in all. */
export async function fetchUnmatchedPage(
  organizationId: string,
  page: number,
): Promise<{ rows: UnmatchedMessage[]; total: number }> {
  const from = page * unmatchedPageSize;
  const { data, error, count } = await supabase
    .from('bot_unmatched_messages')
    .select('id, text, normalized, occurrences, last_seen_at, conversation_id', {
      count: 'exact',
    })
    .eq('organization_id', organizationId)
    .eq('status', 'open')
    .order('occurrences', { ascending: false })
    .order('last_seen_at', { ascending: false })
    .order('id', { ascending: true })
    .range(from, from + unmatchedPageSize - 1);
  if (error) throw error;
  return { rows: data, total: count ?? data.length };
}

export type UnmatchedAction =
  | { kind: 'existing'; entryId: string }
  | { kind: 'new'; answer: string; category: string | null }
  | { kind: 'synonym'; term: string; expansion: string }
  | { kind: 'dismiss' };

export async function handleUnmatched(unmatchedId: string, action: UnmatchedAction): Promise<void> {
  const { error } =
    action.kind === 'existing'
      ? await supabase.rpc('answer_unmatched_with_faq', {
          unmatched_id: unmatchedId,
          entry_id: action.entryId,
        })
      : action.kind === 'new'
        ? await supabase.rpc('answer_unmatched_with_new_faq', {
            unmatched_id: unmatchedId,
            answer: action.answer,
            category: action.category ?? undefined,
          })
        : action.kind === 'synonym'
          ? await supabase.rpc('answer_unmatched_with_synonym', {
              unmatched_id: unmatchedId,
              term: action.term,
              expansion: action.expansion,
            })
          : await supabase.rpc('dismiss_unmatched', { unmatched_id: unmatchedId });
  if (error) throw error;
}
