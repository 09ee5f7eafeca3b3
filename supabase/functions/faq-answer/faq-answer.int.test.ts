import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import { AI_CHECK_FLOOR } from '../_shared/bot/faq-decision.ts';
import { invoke, invokeAsService } from '../inbox-send/inbox-fixtures.ts';
import { llmSandbox } from '../../../test-support/llm-sandbox';
import { SAMPLE_FAQ } from '../../../test-support/faq-fixtures';

// « Tester » with the AI check (issue 16) on the real stack and its LLM sandbox: without the check
// the threshold decides and the model is never asked; with it, the model chooses among the
// matcher's best entries above the floor, or declines, and when it fails the threshold decides
// again. Members ask, viewers included; only admins turn the check on.

interface ModelRequest {
  messages: Array<{ role: string; content: string }>;
  responseFormat: {
    type: string;
    json_schema: {
      name: string;
      strict: boolean;
      schema: { properties: { entry: { type: string; enum: string[] } } };
    };
  };
}

type Scripted = '500' | 'timeout' | 'invalid_json' | { content: string; schema: 'faq_choice' };

const modelRequests = async () =>
  (await llmSandbox<{ requests: ModelRequest[] }>('GET', 'requests')).requests;
// Kept for the AI check's own requests (the sandbox's `schema`), whatever else asks the model.
const modelChooses = (entry: string): Scripted => ({
  content: JSON.stringify({ entry }),
  schema: 'faq_choice',
});

interface Decided {
  answer?: { entryId: string; question: string; confidence: number } | null;
  by?: 'ai' | 'matcher';
  error?: { code: string; message: string };
}

const faq = [
  ...SAMPLE_FAQ,
  {
    category: 'Retraite',
    answer: 'La couverture retraite verse une pension dès 60 ans.',
    questions: ['Comment fonctionne la couverture retraite ?'],
  },
  {
    category: 'Compte',
    answer: 'Ouvrez un compte en agence avec une pièce d’identité et 5 000 F.',
    questions: ['Comment ouvrir un compte ?'],
  },
];

/** Its best entry reaches the threshold: the matcher alone answers it. */
const CONFIDENT = 'la banque ouvre à quelle heure';
/** Two entries above the floor, the best under the threshold: the matcher alone declines it. */
const UNSURE = 'je veux payer ma carte';
/** Entries share a word with it, none above the floor. */
const FAINT = 'où est votre agence de Douala';
/** Nothing in the knowledge base. */
const UNRELATED = 'tu es célibataire ?';

let team: Team;

const ask = (client: SupabaseClient, message: string, organizationId = team.organizationId) =>
  invoke<Decided>(client, 'faq-answer', { organizationId, message });

interface Ranked {
  entry_id: string;
  question: string;
  confidence: number;
  above_threshold: boolean;
}

/** The entries « Tester » lists for a message, best first, as the matcher ranks them. */
async function ranked(message: string): Promise<Ranked[]> {
  const { data, error } = await team.clients.admin.rpc('faq_test', {
    organization_id: team.organizationId,
    message,
  });
  expect(error).toBeNull();
  return data as Ranked[];
}

const asAnswer = (row: Ranked) => ({
  entryId: row.entry_id,
  question: row.question,
  confidence: row.confidence,
});

async function setAiCheck(client: SupabaseClient, on: boolean) {
  return await client
    .from('bot_settings')
    .update({ faq_ai_check: on })
    .eq('organization_id', team.organizationId)
    .select('faq_ai_check');
}

const storedAiCheck = async () =>
  (
    await sql<{ faq_ai_check: boolean }>(
      `select faq_ai_check from public.bot_settings where organization_id = $1`,
      [team.organizationId],
    )
  )[0]!.faq_ai_check;

async function aiCheck(on: boolean) {
  const { data, error } = await setAiCheck(team.clients.admin, on);
  expect(error).toBeNull();
  expect(data).toEqual([{ faq_ai_check: on }]);
}

beforeAll(async () => {
  team = await createTeam('faq-answer');
  const { error } = await team.clients.admin.rpc('import_faq', {
    organization_id: team.organizationId,
    entries: faq,
    replace_all: false,
  });
  expect(error).toBeNull();
  // The messages are what their names say on this knowledge base.
  const [confident] = await ranked(CONFIDENT);
  expect(confident).toMatchObject({
    question: 'À quelle heure ouvrez-vous ?',
    above_threshold: true,
  });
  const unsure = await ranked(UNSURE);
  expect(unsure[0]!.above_threshold).toBe(false);
  expect(unsure.filter((row) => row.confidence >= AI_CHECK_FLOOR)).toHaveLength(2);
  const faint = await ranked(FAINT);
  expect(faint.length).toBeGreaterThan(0);
  for (const row of faint) expect(row.confidence).toBeLessThan(AI_CHECK_FLOOR);
  expect(await ranked(UNRELATED)).toEqual([]);
});

beforeEach(async () => {
  await llmSandbox('POST', 'reset');
  // Each case asks the model afresh: a choice kept for the same message would answer instead.
  await sql(`delete from private.faq_ai_choices where organization_id = $1`, [team.organizationId]);
});

afterAll(async () => {
  await llmSandbox('POST', 'reset');
});

describe('without the AI check (the default)', () => {
  it('answers as the matcher decides, without asking the model', async () => {
    expect(await storedAiCheck()).toBe(false);
    const [confident] = await ranked(CONFIDENT);
    expect(await ask(team.clients.agent, CONFIDENT)).toEqual({
      status: 200,
      body: { answer: asAnswer(confident!), by: 'matcher' },
    });
    for (const message of [UNSURE, FAINT, UNRELATED]) {
      expect(await ask(team.clients.agent, message), message).toEqual({
        status: 200,
        body: { answer: null, by: 'matcher' },
      });
    }
    expect(await modelRequests()).toEqual([]);
  });
});

describe('with the AI check', () => {
  beforeAll(() => aiCheck(true));
  afterAll(() => aiCheck(false));

  it('answers with the entry the model chose, though the matcher would have declined', async () => {
    const candidates = (await ranked(UNSURE)).filter((row) => row.confidence >= AI_CHECK_FLOOR);
    await llmSandbox('POST', 'behaviour', { next: [modelChooses('2')] });
    expect(await ask(team.clients.agent, UNSURE)).toEqual({
      status: 200,
      body: { answer: asAnswer(candidates[1]!), by: 'ai' },
    });
    const requests = await modelRequests();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    const said = request!.messages.map((message) => message.content).join('\n');
    expect(said).toContain(`Message: ${UNSURE}`);
    for (const candidate of candidates) expect(said).toContain(candidate.question);
    expect(request!.responseFormat).toMatchObject({
      type: 'json_schema',
      json_schema: {
        name: 'faq_choice',
        strict: true,
        schema: { properties: { entry: { type: 'string', enum: ['1', '2', 'none'] } } },
      },
    });
  });

  it('declines a confident match when the model finds that no entry answers it', async () => {
    await llmSandbox('POST', 'behaviour', { next: [modelChooses('none')] });
    expect(await ask(team.clients.agent, CONFIDENT)).toEqual({
      status: 200,
      body: { answer: null, by: 'ai' },
    });
    expect(await modelRequests()).toHaveLength(1);
  });

  it.each([
    ['fails', '500'],
    ['answers JSON that breaks the schema', 'invalid_json'],
    ['does not answer within its 4 s', 'timeout'],
  ] as const)('lets the threshold decide when the model %s, asked once', async (_, failure) => {
    // Held longer than the judge waits, so that only its own timeout can end the wait.
    const timeoutHoldMs = 15_000;
    await llmSandbox('POST', 'behaviour', { timeoutHoldMs, next: [failure, failure] });
    const [confident] = await ranked(CONFIDENT);
    const started = Date.now();
    expect(await ask(team.clients.agent, CONFIDENT)).toEqual({
      status: 200,
      body: { answer: asAnswer(confident!), by: 'matcher' },
    });
    expect(await ask(team.clients.agent, UNSURE)).toEqual({
      status: 200,
      body: { answer: null, by: 'matcher' },
    });
    expect(Date.now() - started).toBeLessThan(timeoutHoldMs);
    // No retry: each message took one failure, and nothing was asked again.
    expect(await modelRequests()).toHaveLength(2);
  });

  it('asks the model once per question: the same words again get the choice kept, an edited candidate asks again', async () => {
    const candidates = (await ranked(UNSURE)).filter((row) => row.confidence >= AI_CHECK_FLOOR);
    await llmSandbox('POST', 'behaviour', { next: [modelChooses('2'), modelChooses('1')] });
    const chosen = { status: 200, body: { answer: asAnswer(candidates[1]!), by: 'ai' } };
    expect(await ask(team.clients.agent, UNSURE)).toEqual(chosen);
    // Written otherwise but the same once normalised: the kept choice, no second model call.
    expect(await ask(team.clients.agent, 'JE VEUX PAYER MA CARTE !!!')).toEqual(chosen);
    expect(await modelRequests()).toHaveLength(1);

    // The model read this answer: once edited, its choice no longer holds.
    await sql(`update public.faq_entries set answer = answer || ' Ou en agence.' where id = $1`, [
      candidates[1]!.entry_id,
    ]);
    expect(await ask(team.clients.agent, UNSURE)).toEqual({
      status: 200,
      body: { answer: asAnswer(candidates[0]!), by: 'ai' },
    });
    expect(await modelRequests()).toHaveLength(2);
  });

  it('does not keep a failed check: the next message asks the model again', async () => {
    await llmSandbox('POST', 'behaviour', { next: ['500', modelChooses('none')] });
    expect(await ask(team.clients.agent, UNSURE)).toEqual({
      status: 200,
      body: { answer: null, by: 'matcher' },
    });
    expect(await ask(team.clients.agent, UNSURE)).toEqual({
      status: 200,
      body: { answer: null, by: 'ai' },
    });
    expect(await modelRequests()).toHaveLength(2);
  });

  it('does not ask the model about a message no entry comes close to', async () => {
    for (const message of [FAINT, UNRELATED]) {
      expect(await ask(team.clients.agent, message), message).toEqual({
        status: 200,
        body: { answer: null, by: 'matcher' },
      });
    }
    expect(await modelRequests()).toEqual([]);
  });

  it('answers a viewer and the service role; refuses the anonymous, strangers and a message too long, without asking the model', async () => {
    await llmSandbox('POST', 'behaviour', { next: [modelChooses('1'), modelChooses('1')] });
    const [confident] = await ranked(CONFIDENT);
    expect(await ask(team.clients.viewer, CONFIDENT)).toEqual({
      status: 200,
      body: { answer: asAnswer(confident!), by: 'ai' },
    });
    const [unsure] = await ranked(UNSURE);
    expect(
      await invokeAsService('faq-answer', { organizationId: team.organizationId, message: UNSURE }),
    ).toEqual({ status: 200, body: { answer: asAnswer(unsure!), by: 'ai' } });
    const asked = (await modelRequests()).length;
    expect(asked).toBe(2);

    const bare = await fetch(`${stackInfo().functionsUrl}/faq-answer`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ organizationId: team.organizationId, message: CONFIDENT }),
    });
    expect(bare.status).toBe(401);
    await bare.body?.cancel();
    expect(await ask(team.clients.anonymous, CONFIDENT)).toMatchObject({
      status: 401,
      body: { error: { code: 'unauthenticated' } },
    });
    expect(await ask(team.clients.stranger, CONFIDENT)).toMatchObject({
      status: 403,
      body: { error: { code: 'not_a_member' } },
    });
    // A member here is a stranger to the other organisation.
    expect(await ask(team.clients.admin, CONFIDENT, team.otherOrganizationId)).toMatchObject({
      status: 403,
      body: { error: { code: 'not_a_member' } },
    });
    for (const message of ['a'.repeat(1001), '   ']) {
      expect(await ask(team.clients.viewer, message)).toMatchObject({
        status: 400,
        body: { error: { code: 'faq_test_message_length' } },
      });
    }
    expect(await modelRequests()).toHaveLength(asked);
  });
});

describe('the request', () => {
  it('counts a message’s characters as faq_test does, and names a wrong organisation id', async () => {
    // 1,000 characters, 2,000 UTF-16 units.
    const emoji = '😀'.repeat(1000);
    expect(
      (
        await team.clients.viewer.rpc('faq_test', {
          organization_id: team.organizationId,
          message: emoji,
        })
      ).error,
    ).toBeNull();
    expect(await ask(team.clients.viewer, emoji)).toEqual({
      status: 200,
      body: { answer: null, by: 'matcher' },
    });
    expect(await ask(team.clients.viewer, `${emoji}😀`)).toMatchObject({
      status: 400,
      body: { error: { code: 'faq_test_message_length' } },
    });
    expect(await ask(team.clients.viewer, CONFIDENT, 'pas-un-uuid')).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_input' } },
    });
  });
});

describe('turning the AI check on', () => {
  afterAll(() => aiCheck(false));

  it('is for admins: an agent’s update changes nothing', async () => {
    const refused = await setAiCheck(team.clients.agent, true);
    expect(refused).toMatchObject({ error: null, data: [] });
    expect(await storedAiCheck()).toBe(false);
    await aiCheck(true);
    expect(await storedAiCheck()).toBe(true);
  });
});
