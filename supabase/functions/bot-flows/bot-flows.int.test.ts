import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../../test-support/database';
import { createTeam, type Team } from '../../../test-support/personas';
import type { FlowDocument, FlowNode } from '../_shared/bot/flow.ts';
import { invoke } from '../inbox-send/inbox-fixtures.ts';
import {
  createFlow,
  edge,
  flow,
  node,
  publish,
  type PublishAnswer,
} from '../wati-webhook/chatbot-fixtures.ts';

// « Publier »: a draft becomes an immutable, numbered version only when it can run as it is on
// WhatsApp. Each broken limit is refused with its code, on its node, and nothing is published;
// only admins publish; going back to a version publishes it again. Given the draft revision the
// editor's document is based on, publishing is refused once another save moved the draft on.

let team: Team;
let flowId: string;

const start = node('start', 'start', {
  triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['menu'] }],
});

/** A start node leading to `faulty`, whose outlets lead nowhere or to an end. */
function around(faulty: FlowNode): FlowDocument {
  return flow([start, faulty], [edge('start', 'next', faulty.id)]);
}

const buttons = (titles: string[], body = 'Choisissez :'): FlowNode =>
  node('choice', 'buttons', {
    body,
    header: '',
    footer: '',
    buttons: titles.map((title, index) => ({ id: `b${index}`, title })),
  });

/** A buttons node whose every button leads to an end. */
function withEnds(choice: FlowNode): FlowDocument {
  const document = around(choice);
  if (choice.type !== 'buttons') return document;
  document.nodes.push(node('end', 'end', { message: '', resolve: false }));
  for (const button of choice.data.buttons) document.edges.push(edge('choice', button.id, 'end'));
  return document;
}

const list = (rows: Array<{ title: string; description?: string }>): FlowNode =>
  node('menu', 'list', {
    body: 'Nos services :',
    header: '',
    footer: '',
    buttonLabel: 'Voir',
    sections: [
      {
        id: 's1',
        title: '',
        rows: rows.map((row, index) => ({ id: `r${index}`, description: '', ...row })),
      },
    ],
  });

function listWithEnds(menu: FlowNode): FlowDocument {
  const document = around(menu);
  document.nodes.push(node('end', 'end', { message: '', resolve: false }));
  if (menu.type === 'list') {
    for (const row of menu.data.sections.flatMap((section) => section.rows)) {
      document.edges.push(edge('menu', row.id, 'end'));
    }
  }
  return document;
}

beforeAll(async () => {
  team = await createTeam('bot-flows');
  flowId = await createFlow(
    team.clients.admin,
    team.organizationId,
    'Essai',
    around(buttons(['Oui'])),
  );
});

async function refusedCodes(document: FlowDocument): Promise<Array<[string, string | null]>> {
  const answer = await publish(team.clients.admin, flowId, document);
  expect(answer.status).toBe(422);
  expect(answer.body.error?.code).toBe('flow_invalid');
  expect(answer.body.error?.message).toMatch(/^Le parcours ne peut pas être publié : /);
  return (answer.body.error?.issues ?? []).map((issue) => [issue.code, issue.nodeId]);
}

describe('publishing refuses what WhatsApp would not take', () => {
  it.each([
    [
      'a button title over 20 code points',
      withEnds(buttons(['Réessayer encore 🔁🔁🔁🔁'])),
      'button_title_too_long',
      'choice',
    ],
    [
      'four buttons',
      withEnds(buttons(['Un', 'Deux', 'Trois', 'Quatre'])),
      'buttons_count',
      'choice',
    ],
    [
      'two buttons with the same title',
      withEnds(buttons(['Oui', 'oui'])),
      'button_titles_duplicate',
      'choice',
    ],
    [
      'a body over 1,024 characters',
      withEnds(buttons(['Oui'], 'a'.repeat(1025))),
      'text_too_long',
      'choice',
    ],
    [
      'eleven list rows',
      listWithEnds(list(Array.from({ length: 11 }, (_, index) => ({ title: `Service ${index}` })))),
      'list_rows_count',
      'menu',
    ],
    [
      'a row title over 24',
      listWithEnds(list([{ title: 'Un titre de ligne bien trop long' }])),
      'row_title_too_long',
      'menu',
    ],
    [
      'a row description over 72',
      listWithEnds(list([{ title: 'Service', description: 'd'.repeat(73) }])),
      'row_description_too_long',
      'menu',
    ],
    ['a button leading nowhere', around(buttons(['Oui'])), 'choice_without_edge', 'choice'],
  ])('%s', async (_label, document, code, nodeId) => {
    expect(await refusedCodes(document)).toContainEqual([code, nodeId]);
    const [row] = await sql<{ versions: number }>(
      `select count(*)::int as versions from public.bot_flow_versions where flow_id = $1`,
      [flowId],
    );
    expect(row!.versions).toBe(0);
  });

  it('refuses unreachable nodes, dangling edges and loops without a guard', async () => {
    const document = flow(
      [
        start,
        node('a', 'message', { text: 'A', media: null }),
        node('b', 'message', { text: 'B', media: null }),
        node('lost', 'message', { text: 'Perdu', media: null }),
      ],
      [
        edge('start', 'next', 'a'),
        edge('a', 'next', 'b'),
        edge('b', 'next', 'a'),
        edge('lost', 'next', 'ghost'),
      ],
    );
    const codes = (await refusedCodes(document)).map(([code]) => code);
    expect(codes).toEqual(
      expect.arrayContaining(['unreachable_node', 'dangling_edge', 'unguarded_loop']),
    );
  });
});

describe('a published version', () => {
  it('is numbered, never changes, and an earlier one can be published again', async () => {
    const first = await publish(team.clients.admin, flowId, withEnds(buttons(['Oui', 'Non'])));
    expect(first).toMatchObject({ status: 200, body: { version: { number: 1 } } });
    const second = await publish(
      team.clients.admin,
      flowId,
      withEnds(buttons(['Oui', 'Non', 'Peut-être'])),
    );
    expect(second).toMatchObject({ status: 200, body: { version: { number: 2 } } });

    await expect(
      sql(`update public.bot_flow_versions set document = '{}' where id = $1`, [
        first.body.version!.id,
      ]),
    ).rejects.toMatchObject({ code: '42501' });

    const { error } = await team.clients.admin.rpc('roll_back_bot_flow', {
      flow_id: flowId,
      version_id: first.body.version!.id,
    });
    expect(error).toBeNull();
    const [row] = await sql<{ published_version_id: string; draft: FlowDocument }>(
      `select published_version_id, draft from public.bot_flows where id = $1`,
      [flowId],
    );
    expect(row!.published_version_id).toBe(first.body.version!.id);
    expect(row!.draft.nodes.find((n) => n.id === 'choice')).toMatchObject({
      data: { buttons: [{ title: 'Oui' }, { title: 'Non' }] },
    });
  });

  it('is for admins to publish: an agent is refused', async () => {
    const answer = await publish(team.clients.agent, flowId, withEnds(buttons(['Oui'])));
    expect(answer).toMatchObject({ status: 403, body: { error: { code: 'bot_requires_admin' } } });
  });

  it('cannot be published into another organisation', async () => {
    const other = await createTeam('bot-flows-other');
    const answer = await publish(other.clients.owner, flowId, withEnds(buttons(['Oui'])));
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'bot_flow_not_found' } } });
  });
});

describe('publishing over a base revision', () => {
  const versionsOf = async (id: string) => {
    const [row] = await sql<{ versions: number }>(
      `select count(*)::int as versions from public.bot_flow_versions where flow_id = $1`,
      [id],
    );
    return row!.versions;
  };
  const publishOver = (id: string, document: FlowDocument, baseRevision: unknown) =>
    invoke<PublishAnswer>(team.clients.admin, 'bot-flows', {
      action: 'publish',
      flowId: id,
      document,
      baseRevision,
    });

  it('is refused with 409 once another save moved the draft on, and done over the current one', async () => {
    const id = await createFlow(
      team.clients.admin,
      team.organizationId,
      'Révision de base',
      withEnds(buttons(['Oui'])),
    );
    // Another admin saves: the draft moves from revision 0 to 1.
    const saved = await team.clients.owner
      .from('bot_flows')
      .update({ draft: withEnds(buttons(['Non'])) as never })
      .eq('id', id);
    expect(saved.error).toBeNull();

    expect(await publishOver(id, withEnds(buttons(['Oui'])), 0)).toMatchObject({
      status: 409,
      body: {
        error: {
          code: 'bot_flow_draft_changed',
          message:
            'Un autre administrateur a modifié ce brouillon entre-temps : rien n’a été publié.',
        },
      },
    });
    expect(await versionsOf(id)).toBe(0);
    const [row] = await sql<{ draft: FlowDocument }>(
      `select draft from public.bot_flows where id = $1`,
      [id],
    );
    expect(row!.draft.nodes.find((n) => n.id === 'choice')).toMatchObject({
      data: { buttons: [{ title: 'Non' }] },
    });

    expect(await publishOver(id, withEnds(buttons(['Oui'])), 1)).toMatchObject({
      status: 200,
      body: { version: { number: 1 } },
    });
  });

  it.each([-1, 1.5, '1', 2 ** 31])('refuses a base revision that is none: %s', async (base) => {
    expect(await publishOver(flowId, withEnds(buttons(['Oui'])), base)).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_input' } },
    });
  });
});
