import { i18n } from '@lingui/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyFlow, type FlowDocument } from '@shared/bot/flow.ts';
import { withClient } from '../../../scripts/stack/sql';
import { stackInfo } from '../../../test-support/clients';
import { sql } from '../../../test-support/database';
import { createTeam, type Persona, type Team } from '../../../test-support/personas';
import { poller } from '../../../test-support/wait';
import { UserFacingError } from '../../lib/errors';
import {
  draftAfterPublishing,
  fetchEditedFlow,
  publishFlow,
  saveDraft,
  type PublishedVersion,
} from './flow-api';
import { createFlow, rollBackFlow, type FlowsClient } from './flows-api';

// Two admins with one flow open: the editor saves its draft over the revision it last read or
// wrote only, through supabase-js → PostgREST as in the browser; every change of the draft moves
// the revision on (saves, publishing, rolling back), and no client can set it. Publishing (through
// the bot-flows function) and rolling back write the draft too: from the editor, they go over its
// revision only as well.

let team: Team;

// The refusals the SPA writes itself are read in French, the source language.
i18n.loadAndActivate({ locale: 'fr', messages: {} });

function client(persona: Persona): FlowsClient {
  return team.clients[persona] as unknown as FlowsClient;
}

const waitUntil = poller({ timeoutMs: 20_000, intervalMs: 50 });

/**
 * The empty flow with one message after its start, started by a keyword so that bot-flows
 * publishes it: `text` tells drafts apart.
 */
function draftSaying(text: string): FlowDocument {
  const empty = emptyFlow();
  return {
    ...empty,
    nodes: [
      {
        id: 'start',
        type: 'start',
        position: { x: 0, y: 0 },
        data: { triggers: [{ kind: 'keyword', mode: 'exact', keywords: ['bonjour'] }] },
      },
      { id: 'say', type: 'message', position: { x: 0, y: 160 }, data: { text, media: null } },
    ],
    edges: [{ id: 'start-next-say', source: 'start', sourceHandle: 'next', target: 'say' }],
  };
}

async function stored(flowId: string): Promise<{ draft: FlowDocument; draft_revision: number }> {
  const [row] = await sql<{ draft: FlowDocument; draft_revision: number }>(
    `select draft, draft_revision from public.bot_flows where id = $1`,
    [flowId],
  );
  return row!;
}

async function versionsOf(flowId: string): Promise<number> {
  const [row] = await sql<{ versions: number }>(
    `select count(*)::int as versions from public.bot_flow_versions where flow_id = $1`,
    [flowId],
  );
  return row!.versions;
}

async function publishedVersionOf(flowId: string): Promise<string | null> {
  const [row] = await sql<{ published_version_id: string | null }>(
    `select published_version_id from public.bot_flows where id = $1`,
    [flowId],
  );
  return row!.published_version_id;
}

/** publishFlow's version, or the test fails with what it answered instead. */
async function published(outcome: ReturnType<typeof publishFlow>): Promise<PublishedVersion> {
  const answer = await outcome;
  if (!answer.published) throw new Error(`not published: ${JSON.stringify(answer)}`);
  return answer.version;
}

/** Publishes straight through publish_bot_flow, without a base revision as ops scripts may. */
async function publish(flowId: string, document: FlowDocument): Promise<string> {
  const { data, error } = await client('admin').rpc('publish_bot_flow', {
    flow_id: flowId,
    document,
  });
  if (error) throw error;
  return data.id;
}

beforeAll(async () => {
  team = await createTeam('bot-draft-conflict');
});

describe('saving a draft another admin changed meanwhile', () => {
  it('refuses the stale save and keeps the first draft; the second admin then saves over it', async () => {
    const id = await createFlow(client('owner'), team.organizationId, 'Deux éditeurs');
    const [mine, theirs] = await Promise.all([
      fetchEditedFlow(client('owner'), id),
      fetchEditedFlow(client('admin'), id),
    ]);
    expect(mine!.draftRevision).toBe(0);
    expect(theirs!.draftRevision).toBe(0);

    expect(await saveDraft(client('owner'), id, draftSaying('Du propriétaire'), 0)).toEqual({
      saved: true,
      draftRevision: 1,
    });
    // The admin's editor still thinks the draft is at 0.
    expect(await saveDraft(client('admin'), id, draftSaying('De l’admin'), 0)).toEqual({
      saved: false,
      theirRevision: 1,
    });
    expect(await stored(id)).toMatchObject({
      draft_revision: 1,
      draft: {
        nodes: expect.arrayContaining([
          expect.objectContaining({ data: { text: 'Du propriétaire', media: null } }),
        ]),
      },
    });

    // « Garder la mienne »: over the revision the refusal named.
    expect(await saveDraft(client('admin'), id, draftSaying('De l’admin'), 1)).toEqual({
      saved: true,
      draftRevision: 2,
    });
    expect((await fetchEditedFlow(client('owner'), id))!.draft.nodes[1]).toMatchObject({
      data: { text: 'De l’admin' },
    });
    // The same document again changes nothing, so the revision stays.
    expect(await saveDraft(client('admin'), id, draftSaying('De l’admin'), 2)).toEqual({
      saved: true,
      draftRevision: 2,
    });
  });

  it('tells a flow gone or no longer theirs apart from someone else’s save', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Hors de portée');
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      const refused = saveDraft(client(persona), id, draftSaying('Intrus'), 0);
      await expect(refused, persona).rejects.toBeInstanceOf(UserFacingError);
      await expect(refused, persona).rejects.toThrow(
        'Ce parcours n’existe plus, ou vous ne pouvez plus le modifier.',
      );
    }
    expect(await stored(id)).toMatchObject({ draft_revision: 0, draft: emptyFlow() });

    await sql(`delete from public.bot_flows where id = $1`, [id]);
    await expect(saveDraft(client('admin'), id, draftSaying('Trop tard'), 0)).rejects.toThrow(
      'Ce parcours n’existe plus, ou vous ne pouvez plus le modifier.',
    );
  });
});

describe('the draft’s revision', () => {
  it('moves on when publishing or rolling back changes the draft, and not otherwise', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Révisions');
    const first = await publish(id, draftSaying('Version un'));
    expect((await stored(id)).draft_revision).toBe(1);
    expect(await draftAfterPublishing(client('admin'), id, first)).toEqual({
      draftRevision: 1,
      isPublishedDocument: true,
    });
    // Publishing the draft as it is leaves it as it is.
    const again = await publish(id, draftSaying('Version un'));
    expect((await stored(id)).draft_revision).toBe(1);
    await publish(id, draftSaying('Version trois'));
    expect((await stored(id)).draft_revision).toBe(2);

    await rollBackFlow(client('admin'), id, first);
    expect(await stored(id)).toMatchObject({ draft_revision: 3, draft: draftSaying('Version un') });

    // Renaming or switching the flow on is not a change of its draft.
    const { error } = await client('admin')
      .from('bot_flows')
      .update({ name: 'Révisions (renommé)', enabled: true })
      .eq('id', id);
    expect(error).toBeNull();
    expect((await stored(id)).draft_revision).toBe(3);

    // Saved after publishing: the draft is no longer the version's document.
    await saveDraft(client('owner'), id, draftSaying('Après publication'), 3);
    expect(await draftAfterPublishing(client('admin'), id, again)).toEqual({
      draftRevision: 4,
      isPublishedDocument: false,
    });
  });

  it('cannot be set by a client, nor by anyone writing the table', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Révision imposée');
    const forged = await client('admin')
      .from('bot_flows')
      .update({ draft_revision: 41 } as never)
      .eq('id', id)
      .select('draft_revision');
    expect(forged.error?.code).toBe('42501');
    const inserted = await client('admin')
      .from('bot_flows')
      .insert({
        organization_id: team.organizationId,
        name: 'Révision d’emblée',
        draft: emptyFlow(),
        draft_revision: 41,
      } as never);
    expect(inserted.error?.code).toBe('42501');

    // Even the table's owner, with a draft: the trigger decides.
    await sql(`update public.bot_flows set draft_revision = 41, draft = $2 where id = $1`, [
      id,
      draftSaying('Forcé'),
    ]);
    await sql(`update public.bot_flows set draft_revision = 41 where id = $1`, [id]);
    expect((await stored(id)).draft_revision).toBe(1);
  });
});

describe('publishing or rolling back from an editor that has not seen another admin’s save', () => {
  it('refuses to publish over a stale revision, changing neither the draft nor the versions', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Publication en retard');
    await saveDraft(client('owner'), id, draftSaying('Du propriétaire'), 0);

    // The admin's editor still has the draft at revision 0.
    expect(await publishFlow(client('admin'), id, draftSaying('De l’admin'), 0)).toEqual({
      published: false,
      theirRevision: 1,
    });
    expect(await stored(id)).toMatchObject({
      draft_revision: 1,
      draft: draftSaying('Du propriétaire'),
    });
    expect(await versionsOf(id)).toBe(0);
    expect(await publishedVersionOf(id)).toBeNull();

    // The function's refusal is publish_bot_flow's, which anyone calling it directly meets too.
    const direct = await client('admin').rpc('publish_bot_flow', {
      flow_id: id,
      document: draftSaying('De l’admin'),
      base_revision: 0,
    });
    expect(direct.error).toMatchObject({ code: 'P0001', hint: 'bot_flow_draft_changed' });
    expect(await versionsOf(id)).toBe(0);

    // « Garder la mienne » then « Publier »: over the revision the refusal named.
    const version = await published(publishFlow(client('admin'), id, draftSaying('De l’admin'), 1));
    expect(version.number).toBe(1);
    expect(await stored(id)).toMatchObject({ draft_revision: 2, draft: draftSaying('De l’admin') });
    expect(await publishedVersionOf(id)).toBe(version.id);
  });

  it('publishes without a base revision as before', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Sans révision');
    await saveDraft(client('owner'), id, draftSaying('Du propriétaire'), 0);
    // The bot-flows function called by an older editor, which sends no revision.
    const { data, error } = await client('admin').functions.invoke<{ version: PublishedVersion }>(
      'bot-flows',
      { method: 'POST', body: { action: 'publish', flowId: id, document: draftSaying('Ancien') } },
    );
    expect(error).toBeNull();
    expect(data?.version.number).toBe(1);
    expect(await stored(id)).toMatchObject({ draft_revision: 2, draft: draftSaying('Ancien') });
    // publish_bot_flow called directly without one.
    await publish(id, draftSaying('Direct'));
    expect(await stored(id)).toMatchObject({ draft_revision: 3, draft: draftSaying('Direct') });
    expect(await versionsOf(id)).toBe(2);
  });

  it('refuses a publication whose base a save moved on while it waited for the flow', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Enregistrement concurrent');
    // Another admin's save holds the flow's row, not committed yet, when the publication arrives:
    // the publication reads the revision only once the save is over, not before it.
    const outcome = await withClient(stackInfo().dbUrl, async (saving) => {
      await saving.query('begin');
      await saving.query(`update public.bot_flows set draft = $2 where id = $1`, [
        id,
        draftSaying('Enregistré pendant la publication'),
      ]);
      const publishing = publishFlow(client('admin'), id, draftSaying('Publié'), 0);
      await waitUntil(async () => {
        const [row] = await sql<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
           where wait_event_type = 'Lock' and query like '%publish_bot_flow%'`,
        );
        return row!.n >= 1;
      }, 'the publication to wait for the save');
      await saving.query('commit');
      return publishing;
    });
    expect(outcome).toEqual({ published: false, theirRevision: 1 });
    expect(await stored(id)).toMatchObject({
      draft_revision: 1,
      draft: draftSaying('Enregistré pendant la publication'),
    });
    expect(await versionsOf(id)).toBe(0);
  });

  it('refuses to roll back over a stale revision, and rolls back over the current one', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Retour en retard');
    const first = await published(publishFlow(client('admin'), id, draftSaying('Version un'), 0));
    const second = await published(
      publishFlow(client('admin'), id, draftSaying('Version deux'), 1),
    );
    await saveDraft(client('owner'), id, draftSaying('Du propriétaire'), 2);

    // The admin's editor last saw the draft at 2, when version 2 was published.
    expect(await rollBackFlow(client('admin'), id, first.id, 2)).toEqual({
      rolledBack: false,
      theirRevision: 3,
    });
    expect(await stored(id)).toMatchObject({
      draft_revision: 3,
      draft: draftSaying('Du propriétaire'),
    });
    expect(await publishedVersionOf(id)).toBe(second.id);

    expect(await rollBackFlow(client('admin'), id, first.id, 3)).toEqual({ rolledBack: true });
    expect(await stored(id)).toMatchObject({ draft_revision: 4, draft: draftSaying('Version un') });
    expect(await publishedVersionOf(id)).toBe(first.id);
    expect(await versionsOf(id)).toBe(2);
  });
});
