import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
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

const log = (line: string) => process.stderr.write(`${line}\n`);
const stack = await startStack({ ephemeral: true });
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
    for (const evalCase of cases) {
      const started = performance.now();
      const {
        rows: [best],
      } = await db.query<{ entry_id: string; confidence: number }>(
        `select entry_id, confidence from private.faq_match($1, $2, 1)`,
        [org, evalCase.message],
      );
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
    if (values.sweep) {
      for (let step = 20; step <= 70; step += 5) {
        log(`  seuil ${(step / 100).toFixed(2)} : ${JSON.stringify(figures(step / 100))}`);
      }
    }
    const result = {
      ...figures(threshold),
      targets: { top1: 0.92, falseAnswerRate: 0.03, fallbackRecall: 0.8, p95Ms: 50 },
    };
    process.stdout.write(`BOT_EVAL ${JSON.stringify(result)}\n`);
  });
} finally {
  await stack.stop();
}
