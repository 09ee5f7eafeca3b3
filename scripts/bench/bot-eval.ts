import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import { llmSandbox } from '../../test-support/llm-sandbox';
import { withClient } from '../stack/sql';
import { startStack } from '../stack/stack';

/**
 * `npm run bot:eval -- --kb <kb.json> --cases <cases.jsonl>`: the chatbot's French matching,
 * measured. Loads a knowledge base into a throwaway organisation of an ephemeral stack and runs
 * every case through `private.faq_match`, the matcher the runtime uses, with the organisation's
 * threshold. Defaults to the set in scripts/bench/bot-eval/ (kb.json, cases.jsonl);
 * kb-more-phrasings.json is the same knowledge base with ten more phrasings per entry, written
 * from kb.json alone (never from the cases), to measure what a richer knowledge base changes.
 * - kb.json: {"synonyms"?: {"bjr": "bonjour", …}, "faq": [{"id", "questions": [...], "answer"}]}
 * - cases.jsonl: one {"message": "…", "expected": "<faq id>" | null} per line.
 * Prints BOT_EVAL {"cases", "top1", "falseAnswerRate", "fallbackRecall", "p95Ms"}:
 * - top1: share of the answerable cases answered with the expected entry;
 * - falseAnswerRate: share of all cases answered with a wrong entry (any answer to a case that
 *   expected none);
 * - fallbackRecall: share of the cases that expected none that the bot declined;
 * - p95Ms: the matcher's time per message (one SQL call), 95th percentile.
 * `--misses` lists on stderr each case the bot got wrong, with its best guess; `--sweep` the figures
 * at other thresholds, to choose the default.
 * `--ai-check` turns the organisation's AI check on and asks the `faq-answer` function, which
 * decides as the bot does: the model chooses among the matcher's best entries. The model is the
 * one the functions are given: supabase/functions/.env's OPENAI_BASE_URL, OPENAI_API_KEY and
 * OPENAI_MODEL, else the LLM sandbox, which answers without reading (it cannot judge meaning).
 * p95Ms is then the function's time, model included.
 * `--replay <judgments.json>` (with `--ai-check`) has the LLM sandbox give, for each message, the
 * choice recorded in the file ({"<message>": "1" | "2" | "3" | "none"}), so that recorded
 * answers of a model go through the whole path again: the function, the model client, the strict
 * schema and the decision. bot-eval/judgments.json holds the choices an assistant standing in for
 * the model made for this set, reading only each message and its candidates, never the expected
 * entries. p95Ms is then without the model's own time.
 */

interface KnowledgeBase {
  synonyms?: Record<string, string>;
  faq: { id: string; questions: string[]; answer: string; category?: string }[];
}
interface EvalCase {
  message: string;
  expected: string | null;
}

const here = path.dirname(new URL(import.meta.url).pathname);
const { values } = parseArgs({
  options: {
    kb: { type: 'string', default: path.join(here, 'bot-eval', 'kb.json') },
    cases: { type: 'string', default: path.join(here, 'bot-eval', 'cases.jsonl') },
    misses: { type: 'boolean', default: false },
    sweep: { type: 'boolean', default: false },
    'ai-check': { type: 'boolean', default: false },
    replay: { type: 'string' },
  },
});

const kb = JSON.parse(fs.readFileSync(values.kb, 'utf8')) as KnowledgeBase;
const cases = fs
  .readFileSync(values.cases, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as EvalCase);
const known = new Set(kb.faq.map((entry) => entry.id));
for (const evalCase of cases) {
  if (evalCase.expected !== null && !known.has(evalCase.expected)) {
    throw new Error(`cases: « ${evalCase.expected} » is not an entry of the knowledge base`);
  }
}

if (values.replay && !values['ai-check']) throw new Error('--replay goes with --ai-check');
const replayed = values.replay
  ? new Map(
      Object.entries(JSON.parse(fs.readFileSync(values.replay, 'utf8')) as Record<string, string>),
    )
  : undefined;

const log = (line: string) => process.stderr.write(`${line}\n`);
const stack = await startStack({ ephemeral: true });

/** The LLM sandbox's next answer: the recorded choice, or none queued for a message not judged. */
async function replayChoice(choice: string | undefined) {
  const sandbox = stack.info.sandboxes.llm as { url: string; token: string };
  // A choice left unused by the previous message must not answer this one.
  await llmSandbox('POST', 'reset', undefined, sandbox);
  if (choice !== undefined) {
    const next = [{ content: JSON.stringify({ entry: choice }), schema: 'faq_choice' }];
    await llmSandbox('POST', 'behaviour', { next }, sandbox);
  }
}

interface Guess {
  entry_id: string;
  confidence: number;
}

/** The matcher's best entry, whatever its confidence: figures() applies the threshold. */
async function bestMatch(db: pg.Client, org: string, message: string): Promise<Guess | undefined> {
  const { rows } = await db.query<Guess>(
    `select entry_id, confidence from private.faq_match($1, $2, 1)`,
    [org, message],
  );
  return rows[0];
}

/**
 * The bot's decision, from the faq-answer function: an answer is given its entry and a
 * confidence that passes the threshold, none is declined.
 */
async function askFunction(
  org: string,
  message: string,
  threshold: number,
): Promise<Guess | undefined> {
  const response = await fetch(`${stack.info.functionsUrl}/faq-answer`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${stack.info.serviceRoleKey}`,
      apikey: stack.info.serviceRoleKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ organizationId: org, message }),
  });
  if (!response.ok) throw new Error(`faq-answer: ${response.status} ${await response.text()}`);
  const { answer } = (await response.json()) as {
    answer: { entryId: string; confidence: number } | null;
  };
  return answer
    ? { entry_id: answer.entryId, confidence: Math.max(answer.confidence, threshold) }
    : undefined;
}
try {
  await withClient(stack.info.dbUrl, async (db) => {
    const {
      rows: [organization],
    } = await db.query<{ id: string }>(
      `insert into public.organizations (name, slug, country_code, default_phone_country, plan_id)
       values ('Évaluation du bot', 'evaluation-bot', 'CM', 'CM', 'enterprise') returning id`,
    );
    const org = organization!.id;
    const synonyms = Object.entries(kb.synonyms ?? {});
    await db.query(
      `insert into public.bot_synonyms (organization_id, term, expansion)
       select $1, private.bot_normalize(s.term), private.bot_normalize(s.expansion)
       from jsonb_each_text($2::jsonb) as s(term, expansion)
       on conflict (organization_id, term) do update set expansion = excluded.expansion`,
      [org, JSON.stringify(Object.fromEntries(synonyms))],
    );
    const entryIds = new Map<string, string>();
    for (const entry of kb.faq) {
      const {
        rows: [row],
      } = await db.query<{ id: string }>(
        `insert into public.faq_entries (organization_id, category, answer) values ($1, $2, $3) returning id`,
        [org, entry.category ?? null, entry.answer],
      );
      entryIds.set(row!.id, entry.id);
      await db.query(
        `insert into public.faq_questions (organization_id, entry_id, question)
         select $1, $2, unnest($3::text[])`,
        [org, row!.id, entry.questions],
      );
    }
    const {
      rows: [settings],
    } = await db.query<{ threshold: number }>(
      `select faq_threshold as threshold from public.bot_settings where organization_id = $1`,
      [org],
    );
    log(`bot:eval: ${kb.faq.length} entries, ${synonyms.length} synonyms, ${cases.length} cases`);

    const guesses: { evalCase: EvalCase; entry: string | null; confidence: number }[] = [];
    const times: number[] = [];
    const aiCheck = values['ai-check'];
    if (aiCheck) {
      await db.query(
        `update public.bot_settings set faq_ai_check = true where organization_id = $1`,
        [org],
      );
      log('bot:eval: AI check on, through the faq-answer function');
    }
    if (replayed) log(`bot:eval: the model's choices replayed from ${values.replay}`);
    for (const evalCase of cases) {
      if (replayed) await replayChoice(replayed.get(evalCase.message));
      const started = performance.now();
      const best = aiCheck
        ? await askFunction(org, evalCase.message, settings!.threshold)
        : await bestMatch(db, org, evalCase.message);
      times.push(performance.now() - started);
      guesses.push({
        evalCase,
        entry: best ? entryIds.get(best.entry_id)! : null,
        confidence: best?.confidence ?? 0,
      });
    }
    times.sort((a, b) => a - b);
    const p95Ms = Number((times[Math.floor(times.length * 0.95)] ?? 0).toFixed(1));
    const figures = (threshold: number) => {
      let answerable = 0;
      let rightAnswers = 0;
      let wrongAnswers = 0;
      let declinable = 0;
      let declined = 0;
      for (const { evalCase, entry, confidence } of guesses) {
        const answer = confidence >= threshold ? entry : null;
        if (evalCase.expected === null) {
          declinable += 1;
          if (answer === null) declined += 1;
        } else {
          answerable += 1;
          if (answer === evalCase.expected) rightAnswers += 1;
        }
        if (answer !== null && answer !== evalCase.expected) wrongAnswers += 1;
      }
      const ratio = (part: number, whole: number) =>
        whole === 0 ? 1 : Number((part / whole).toFixed(3));
      return {
        cases: cases.length,
        top1: ratio(rightAnswers, answerable),
        falseAnswerRate: ratio(wrongAnswers, cases.length),
        fallbackRecall: ratio(declined, declinable),
        p95Ms,
      };
    };
    const threshold = settings!.threshold;
    if (values.misses) {
      for (const { evalCase, entry, confidence } of guesses) {
        const answer = confidence >= threshold ? entry : null;
        if (answer === evalCase.expected) continue;
        const guess = entry ? `${entry} ${confidence.toFixed(2)}` : '-';
        log(`  ${evalCase.expected ?? '(aucune)'} ← « ${evalCase.message} » : ${guess}`);
      }
    }
    if (values.sweep && !aiCheck) {
      for (let step = 20; step <= 70; step += 5) {
        log(`  seuil ${(step / 100).toFixed(2)} : ${JSON.stringify(figures(step / 100))}`);
      }
    }
    const result = {
      ...figures(threshold),
      mode: replayed ? 'ai-check-replayed' : aiCheck ? 'ai-check' : 'matcher',
      targets: { top1: 0.92, falseAnswerRate: 0.03, fallbackRecall: 0.8, p95Ms: 50 },
    };
    process.stdout.write(`BOT_EVAL ${JSON.stringify(result)}\n`);
  });
} finally {
  await stack.stop();
}
