import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import { accessToken, type Answer } from '../flutterwave-webhook/top-up-fixtures';
import { llmSandbox } from '../../../test-support/llm-sandbox';

// « Rédiger avec l'IA » on the real stack and its LLM sandbox: three variants that obey
// WhatsApp's rules for one credit, taken only when they came back valid; whatever goes wrong with
// the model costs nothing, and an empty wallet is refused before the model is asked.

type Scripted = 'ok' | '500' | '429' | 'timeout' | 'refusal' | 'invalid_json' | { content: string };

const script = (next: Scripted[]) => llmSandbox('POST', 'behaviour', { next });
const modelRequests = async () =>
  (await llmSandbox<{ requests: unknown[] }>('GET', 'requests')).requests.length;

interface Generated {
  variants?: string[];
  language?: string;
  balance?: number;
}

async function generate(
  client: SupabaseClient,
  request: Record<string, unknown>,
): Promise<Answer<Generated>> {
  const response = await fetch(`${stackInfo().functionsUrl}/ai-generate`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await accessToken(client)}`,
      apikey: stackInfo().anonKey,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify(request),
  });
  return { status: response.status, body: (await response.json()) as Answer<Generated>['body'] };
}

let team: Team;

const balanceOf = async () =>
  Number(
    (
      await sql<{ balance: string }>(
        `select balance from public.credit_wallets where organization_id = $1`,
        [team.organizationId],
      )
    )[0]!.balance,
  );

/** The wallet set to `target` by an adjustment, as the platform's admins would. */
async function setBalance(target: number) {
  const delta = target - (await balanceOf());
  if (delta === 0) return;
  await sql(`select * from private.move_credits($1, $2, 'adjustment', $3)`, [
    team.organizationId,
    delta,
    `test:${randomUUID()}`,
  ]);
}

const generationsInLedger = async () =>
  Number(
    (
      await sql<{ count: string }>(
        `select count(*) from public.credit_ledger
         where organization_id = $1 and reason = 'generation'`,
        [team.organizationId],
      )
    )[0]!.count,
  );

const campaign = (brief = 'Annoncez nos soldes de fin d’année sur les chaussures à Douala.') => ({
  organizationId: team.organizationId,
  purpose: 'campaign',
  brief,
});

/** The second step's scripted answer: three variants as the model would send them. */
const variantsAnswer = (variants: string[], language = 'fr') => ({
  content: JSON.stringify({ language, variants }),
});

beforeAll(async () => {
  team = await createTeam('ia');
});

beforeEach(async () => {
  await llmSandbox('POST', 'reset');
});

describe('ai-generate', () => {
  it('gives three valid French variants for one credit', async () => {
    await setBalance(5);
    const answer = await generate(team.clients.agent, campaign());
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ language: 'fr', balance: 4 });
    expect(answer.body.variants).toHaveLength(3);
    expect(new Set(answer.body.variants).size).toBe(3);
    for (const variant of answer.body.variants!) expect(variant.length).toBeLessThanOrEqual(1024);
    expect(await balanceOf()).toBe(4);
    const [line] = await sql(
      `select delta, channel, actor_id, subject from public.credit_ledger
       where organization_id = $1 and reason = 'generation' order by id desc limit 1`,
      [team.organizationId],
    );
    expect(line).toMatchObject({
      delta: '-1',
      channel: 'web',
      actor_id: team.userIds.agent,
      subject: { kind: 'generation', purpose: 'campaign' },
    });
    // Step 1 (the intent) then step 2 (the variants), both with a strict JSON schema.
    const { requests } = await llmSandbox<{
      requests: { responseFormat: { json_schema: { strict: boolean } } }[];
    }>('GET', 'requests');
    expect(requests).toHaveLength(2);
    for (const request of requests) expect(request.responseFormat.json_schema.strict).toBe(true);
  });

  it('detects English, and writes in the language forced', async () => {
    await setBalance(5);
    const english = await generate(
      team.clients.owner,
      campaign('Announce our end of year sale on shoes in Douala.'),
    );
    expect(english).toMatchObject({ status: 200, body: { language: 'en', balance: 4 } });
    const forced = await generate(team.clients.admin, { ...campaign(), language: 'en' });
    expect(forced).toMatchObject({ status: 200, body: { language: 'en', balance: 3 } });
  });

  it('writes a reply from the conversation so far, as session text', async () => {
    await setBalance(2);
    const answer = await generate(team.clients.agent, {
      organizationId: team.organizationId,
      purpose: 'reply',
      brief: 'Répondez que la commande part demain matin.',
      context: 'Client : Bonjour, où en est ma commande de trois pagnes ?',
    });
    expect(answer).toMatchObject({ status: 200, body: { language: 'fr', balance: 1 } });
    for (const variant of answer.body.variants!) expect(variant).not.toMatch(/\{\{|\}\}/);
  });

  it('accepts campaign variables numbered from 1 inside the text', async () => {
    await setBalance(1);
    await script([
      'ok',
      variantsAnswer([
        'Bonjour {{1}}, nos soldes commencent le {{2}} à Douala.',
        'Cher {{1}}, profitez des soldes dès le {{2}} !',
        'Bonjour {{1}}, -30 % sur les chaussures, à bientôt.',
      ]),
    ]);
    const answer = await generate(team.clients.agent, campaign());
    expect(answer).toMatchObject({ status: 200, body: { balance: 0 } });
  });

  it.each([
    ['a variable first', '{{1}} profitez de nos soldes à Douala.'],
    ['a variable last', 'Profitez de nos soldes, {{1}}'],
    ['two variables side by side', 'Bonjour {{1}} {{2}}, nos soldes commencent.'],
    ['a gap in the numbers', 'Bonjour {{1}}, rendez-vous le {{3}} en boutique.'],
    ['a badly written variable', 'Bonjour {{nom}}, nos soldes commencent.'],
    ['more than 1,024 characters', `Bonjour {{1}}, ${'soldes '.repeat(150)}à bientôt.`],
  ])('refuses a campaign with %s, without a debit', async (_, broken) => {
    await setBalance(3);
    const generations = await generationsInLedger();
    await script([
      'ok',
      variantsAnswer(['Bonjour {{1}}, nos soldes commencent.', broken, 'Soldes, {{1}} : venez.']),
    ]);
    const answer = await generate(team.clients.agent, campaign());
    expect(answer).toMatchObject({ status: 422, body: { error: { code: 'ai_invalid_output' } } });
    expect(answer.body.error!.message).toContain('Aucun crédit n’a été débité');
    expect(answer.body).not.toHaveProperty('variants');
    expect(await balanceOf()).toBe(3);
    expect(await generationsInLedger()).toBe(generations);
  });

  it('refuses template variables in a reply', async () => {
    await setBalance(3);
    await script([
      'ok',
      variantsAnswer(['Bonjour {{1}}, votre commande part demain.', 'Bonjour !', 'Merci !']),
    ]);
    const answer = await generate(team.clients.agent, {
      organizationId: team.organizationId,
      purpose: 'faq_answer',
      brief: 'Quels sont vos horaires ?',
    });
    expect(answer).toMatchObject({ status: 422, body: { error: { code: 'ai_invalid_output' } } });
    expect(await balanceOf()).toBe(3);
  });

  it.each([
    ['fails twice (the one retry too)', ['500', '500'] as Scripted[], 502, 'ai_unavailable'],
    ['is rate limited twice', ['429', '429'] as Scripted[], 502, 'ai_unavailable'],
    ['refuses', ['refusal'] as Scripted[], 422, 'ai_refused'],
    ['breaks the intent’s schema', ['invalid_json'] as Scripted[], 422, 'ai_invalid_output'],
    ['breaks the variants’ schema', ['ok', 'invalid_json'] as Scripted[], 422, 'ai_invalid_output'],
    [
      'sends prose',
      ['ok', { content: 'Voici trois idées : …' }] as Scripted[],
      422,
      'ai_invalid_output',
    ],
    ['is cut short', ['ok', 'truncated'] as Scripted[], 422, 'ai_invalid_output'],
  ])('costs nothing when the model %s', async (_, next, status, code) => {
    await setBalance(3);
    const generations = await generationsInLedger();
    await script(next);
    const answer = await generate(team.clients.agent, campaign());
    expect(answer).toMatchObject({ status, body: { error: { code } } });
    expect(answer.body.error!.message).toContain('Aucun crédit n’a été débité');
    expect(await balanceOf()).toBe(3);
    expect(await generationsInLedger()).toBe(generations);
  });

  it('refuses an empty wallet before asking the model', async () => {
    await setBalance(0);
    const asked = await modelRequests();
    const answer = await generate(team.clients.agent, campaign());
    expect(answer).toMatchObject({
      status: 402,
      body: {
        error: { code: 'insufficient_credits', message: expect.stringContaining('0 crédit') },
      },
    });
    expect(await modelRequests()).toBe(asked);
  });

  it('is refused to viewers and strangers, without asking the model', async () => {
    await setBalance(3);
    const asked = await modelRequests();
    for (const persona of ['viewer', 'stranger'] as const) {
      const answer = await generate(team.clients[persona], campaign());
      expect(answer, persona).toMatchObject({
        status: 403,
        body: { error: { code: 'ai_requires_agent' } },
      });
    }
    expect(await modelRequests()).toBe(asked);
    expect(await balanceOf()).toBe(3);
  });

  it('refuses a brief that is empty or too long', async () => {
    for (const brief of ['  ', 'x'.repeat(2001)]) {
      const answer = await generate(team.clients.agent, campaign(brief));
      expect(answer).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    }
  });

  it('never overdraws: 10 generations at once on 3 credits, exactly 3 paid', async () => {
    await setBalance(3);
    const generations = await generationsInLedger();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => generate(team.clients.agent, campaign())),
    );
    const paid = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(paid).toHaveLength(3);
    for (const answer of paid) expect(answer.body.variants).toHaveLength(3);
    for (const answer of refused) {
      expect(answer).toMatchObject({
        status: 402,
        body: { error: { code: 'insufficient_credits' } },
      });
      expect(answer.body).not.toHaveProperty('variants');
    }
    expect(await balanceOf()).toBe(0);
    expect(await generationsInLedger()).toBe(generations + 3);
  });
});
