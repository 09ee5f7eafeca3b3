import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import {
  randomWaId,
  sandboxTenant,
  type SandboxTenantControl,
} from '../../../test-support/wati/stack-tenant';
import { waitUntil } from '../inbox-send/inbox-fixtures.ts';
import {
  awaitBotMessages,
  contactWrites,
  edge,
  flow,
  node,
  runningFlow,
} from './chatbot-fixtures.ts';
import { llmSandbox } from '../../../test-support/llm-sandbox';
import { SAMPLE_FAQ } from '../../../test-support/faq-fixtures';

// The chatbot on WhatsApp with the AI check of its FAQ answers (issue 16): the model, scripted in
// the stack's LLM sandbox, decides what the contact receives, both where no flow runs (the
// knowledge base answers the message) and in a flow's FAQ node.

let team: Team;
let wati: SandboxTenantControl;

const modelChooses = (entry: string) =>
  llmSandbox('POST', 'behaviour', {
    next: [{ content: JSON.stringify({ entry }), schema: 'faq_choice' }],
  });

/** The matcher ranks « Carte » first, under the threshold, and « Cotisation » second. */
const UNSURE = 'je veux payer ma carte';
/** The matcher answers it with the opening hours on its own. */
const CONFIDENT = 'la banque ouvre à quelle heure';

beforeAll(async () => {
  team = await createTeam('chatbot-faq-check');
  wati = await sandboxTenant(team.organizationId, team.clients.owner);
  const { error } = await team.clients.admin.rpc('import_faq', {
    organization_id: team.organizationId,
    entries: SAMPLE_FAQ,
    replace_all: false,
  });
  expect(error).toBeNull();
  await runningFlow(
    team.clients.admin,
    team.organizationId,
    'Questions',
    flow(
      [
        node('start', 'start', {
          triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['question'] }],
        }),
        node('kb', 'faq', { prompt: 'Quelle est votre question ?' }),
        node('done', 'end', { message: '', resolve: false }),
      ],
      [edge('start', 'next', 'kb'), edge('kb', 'answered', 'done')],
    ),
  );
  const { data, error: turnedOn } = await team.clients.admin
    .from('bot_settings')
    .update({ faq_ai_check: true })
    .eq('organization_id', team.organizationId)
    .select('faq_ai_check');
  expect(turnedOn).toBeNull();
  expect(data).toEqual([{ faq_ai_check: true }]);
  await llmSandbox('POST', 'reset');
});

afterAll(async () => {
  await llmSandbox('POST', 'reset');
});

const write = (waId: string, text: string) =>
  contactWrites(team.clients.agent, team.organizationId, waId, { text });

/** The entries « Tester » lists for a message, best first. */
async function ranked(message: string) {
  const { data, error } = await team.clients.admin.rpc('faq_test', {
    organization_id: team.organizationId,
    message,
  });
  expect(error).toBeNull();
  return data as Array<{ answer: string; above_threshold: boolean }>;
}

const sentTo = async (waId: string) =>
  (await wati.messages()).filter((message) => message.waId === waId).map((m) => m.text);

describe('the bot with the AI check of its FAQ', () => {
  it('sends the entry the model chose, and does not understand what the model finds no answer to', async () => {
    const [first, second] = await ranked(UNSURE);
    expect(first!.above_threshold).toBe(false);
    expect((await ranked(CONFIDENT))[0]!.above_threshold).toBe(true);

    // No flow starts on this message: the knowledge base answers it, with the model's choice.
    const asker = randomWaId();
    await modelChooses('2');
    await write(asker, UNSURE);
    const [answered] = await awaitBotMessages(team.organizationId, asker, 1);
    expect(answered).toMatchObject({ author: 'bot', kind: 'text', body: second!.answer });
    await waitUntil(
      async () => (await sentTo(asker)).includes(second!.answer),
      'the chosen answer at the Wati sandbox',
    );

    // In a flow's FAQ node, the model declines what the matcher alone would have answered.
    const other = randomWaId();
    await write(other, 'question');
    await awaitBotMessages(team.organizationId, other, 1);
    await modelChooses('none');
    await write(other, CONFIDENT);
    const said = await awaitBotMessages(team.organizationId, other, 2);
    expect(said.map((message) => message.body)).toEqual([
      'Quelle est votre question ?',
      'Je n’ai pas compris votre message.',
    ]);
    const unmatched = await sql<{ text: string }>(
      `select text from public.bot_unmatched_messages where organization_id = $1`,
      [team.organizationId],
    );
    expect(unmatched.map((row) => row.text)).toEqual([CONFIDENT]);

    const { requests } = await llmSandbox<{
      requests: Array<{ messages: Array<{ content: string }> }>;
    }>('GET', 'requests');
    expect(requests.map((request) => request.messages.at(-1)!.content)).toEqual([
      `Message: ${UNSURE}`,
      `Message: ${CONFIDENT}`,
    ]);
  });

  it('shows the model no more of a long message than the matcher reads', async () => {
    await llmSandbox('POST', 'reset');
    // The choice kept for UNSURE above would answer without asking.
    await sql(`delete from private.faq_ai_choices where organization_id = $1`, [
      team.organizationId,
    ]);
    const long = `${UNSURE} ${'.'.repeat(4000)}`;
    const asker = randomWaId();
    await modelChooses('1');
    await write(asker, long);
    await awaitBotMessages(team.organizationId, asker, 1);
    const { requests } = await llmSandbox<{
      requests: Array<{ messages: Array<{ content: string }> }>;
    }>('GET', 'requests');
    const asked = requests.map((request) => request.messages.at(-1)!.content);
    expect(asked).toEqual([`Message: ${long.slice(0, 1000)}`]);
  });
});
