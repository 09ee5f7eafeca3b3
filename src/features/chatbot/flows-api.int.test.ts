import { i18n } from '@lingui/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlowDocument } from '@shared/bot/flow.ts';
import { flow } from '@shared/bot/flow-fixtures.ts';
import type { Inbound } from '@shared/bot/turn.ts';
import { sql } from '../../../test-support/database';
import { createTeam, type Persona, type Team } from '../../../test-support/personas';
import { UserFacingError } from '../../lib/errors';
import { FunctionCallError } from '../../lib/functions';
import {
  createFlow,
  deleteFlow,
  fetchFlowStats,
  fetchFlows,
  fetchFlowVersions,
  renameFlow,
  rollBackFlow,
  searchSimulatorContacts,
  setFlowEnabled,
  simulateTurn,
  type FlowsClient,
} from './flows-api';
import {
  answerableEntryId,
  currentNodeId,
  emptyTranscript,
  withInbound,
  withTurn,
  type Transcript,
} from './simulator-transcript';

// What the flows page, the versions panel and the simulator read and write, through supabase-js →
// PostgREST, the SQL functions and bot-simulate, as each persona does in the browser.

let team: Team;

// The refusals the SPA writes itself are read in French, the source language.
i18n.loadAndActivate({ locale: 'fr', messages: {} });

function client(persona: Persona): FlowsClient {
  return team.clients[persona] as unknown as FlowsClient;
}

/** Any message starts it; two buttons, each to its own answer. */
function menu(greeting: string): FlowDocument {
  return flow(
    [
      { id: 'start', type: 'start', data: { triggers: [{ kind: 'any_message' }] } },
      {
        id: 'menu',
        type: 'buttons',
        data: {
          body: greeting,
          buttons: [
            { id: 'hours', title: 'Horaires' },
            { id: 'agent', title: 'Conseiller' },
          ],
        },
      },
      { id: 'hours_text', type: 'message', data: { text: 'Du lundi au vendredi, 8 h – 15 h 30.' } },
      { id: 'done', type: 'end', data: { message: 'Bonne journée !' } },
      { id: 'human', type: 'handoff', data: { target: { kind: 'auto' } } },
    ],
    [
      ['start', 'next', 'menu'],
      ['menu', 'hours', 'hours_text'],
      ['menu', 'agent', 'human'],
      ['hours_text', 'next', 'done'],
    ],
  );
}

async function publish(flowId: string, document: FlowDocument): Promise<string> {
  const { data, error } = await client('admin').rpc('publish_bot_flow', {
    flow_id: flowId,
    document,
  });
  if (error) throw error;
  return data.id;
}

async function setDraft(flowId: string, document: FlowDocument): Promise<void> {
  await sql(`update public.bot_flows set draft = $2 where id = $1`, [flowId, document]);
}

beforeAll(async () => {
  team = await createTeam('bot-flows-page');
  await sql(`update public.profiles set full_name = 'Awa Publie' where id = $1`, [
    team.userIds.admin,
  ]);
});

describe('the flows list', () => {
  it('shows a new flow as a draft, then published, then changed since', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Accueil');
    let [listed] = (await fetchFlows(client('viewer'), team.organizationId)).filter(
      (item) => item.id === id,
    );
    expect(listed).toMatchObject({
      name: 'Accueil',
      enabled: false,
      publishedVersion: null,
      unpublishedChanges: false,
    });

    const published = menu('Bonjour ! Que voulez-vous ?');
    const versionId = await publish(id, published);
    [listed] = (await fetchFlows(client('agent'), team.organizationId)).filter(
      (item) => item.id === id,
    );
    expect(listed).toMatchObject({
      publishedVersion: { id: versionId, number: 1 },
      unpublishedChanges: false,
    });

    // Nodes moved around: nothing a contact would notice.
    await setDraft(id, {
      ...published,
      nodes: published.nodes.map((node, index) => ({
        ...node,
        position: { x: index * 200, y: 80 },
      })),
    });
    [listed] = (await fetchFlows(client('agent'), team.organizationId)).filter(
      (item) => item.id === id,
    );
    expect(listed?.unpublishedChanges).toBe(false);

    await setDraft(id, menu('Bonsoir ! Que voulez-vous ?'));
    [listed] = (await fetchFlows(client('agent'), team.organizationId)).filter(
      (item) => item.id === id,
    );
    expect(listed).toMatchObject({ publishedVersion: { number: 1 }, unpublishedChanges: true });
  });

  it('lets admins rename and switch a flow on; others change nothing', async () => {
    const id = await createFlow(client('owner'), team.organizationId, 'Suivi de dossier');
    await renameFlow(client('admin'), id, 'Suivi des dossiers');
    await setFlowEnabled(client('admin'), id, true);
    for (const persona of ['agent', 'viewer', 'stranger'] as const) {
      await expect(renameFlow(client(persona), id, 'Piraté'), persona).rejects.toBeInstanceOf(
        UserFacingError,
      );
      await expect(setFlowEnabled(client(persona), id, false), persona).rejects.toBeInstanceOf(
        UserFacingError,
      );
    }
    const { error } = await client('agent')
      .from('bot_flows')
      .insert({ organization_id: team.organizationId, name: 'Intrus', draft: menu('x') });
    expect(error?.code).toBe('42501');

    const [listed] = (await fetchFlows(client('viewer'), team.organizationId)).filter(
      (item) => item.id === id,
    );
    expect(listed).toMatchObject({ name: 'Suivi des dossiers', enabled: true });
    expect(await fetchFlows(client('stranger'), team.organizationId)).toEqual([]);
  });

  it('deletes a flow for admins only, once', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'À jeter');
    await publish(id, menu('Bonjour'));
    await expect(deleteFlow(client('agent'), id)).rejects.toBeInstanceOf(UserFacingError);
    await deleteFlow(client('admin'), id);
    const listed = await fetchFlows(client('admin'), team.organizationId);
    expect(listed.map((item) => item.id)).not.toContain(id);
    await expect(deleteFlow(client('admin'), id)).rejects.toThrow('Ce parcours n’existe plus.');
  });
});

describe('versions', () => {
  it('lists versions newest first with who published them, and rolls back for admins', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Versions');
    expect(await fetchFlowVersions(client('viewer'), id)).toEqual({
      publishedVersionId: null,
      versions: [],
    });
    const first = await publish(id, menu('Version un'));
    const second = await publish(id, menu('Version deux'));

    const read = await fetchFlowVersions(client('agent'), id);
    expect(read.publishedVersionId).toBe(second);
    expect(read.versions.map((version) => [version.id, version.number])).toEqual([
      [second, 2],
      [first, 1],
    ]);
    expect(read.versions[0]?.publishedByName).toBe('Awa Publie');

    const refused = rollBackFlow(client('agent'), id, first);
    await expect(refused).rejects.toMatchObject({ code: '42501', hint: 'bot_requires_admin' });

    await rollBackFlow(client('admin'), id, first);
    expect((await fetchFlowVersions(client('viewer'), id)).publishedVersionId).toBe(first);
    const [listed] = (await fetchFlows(client('viewer'), team.organizationId)).filter(
      (item) => item.id === id,
    );
    // The draft is the first version again.
    expect(listed).toMatchObject({ publishedVersion: { number: 1 }, unpublishedChanges: false });

    // A version of another organisation's flow, or a flow it cannot see, is refused.
    await expect(rollBackFlow(client('stranger'), id, first)).rejects.toMatchObject({
      hint: 'bot_flow_not_found',
    });
  });
});

describe('figures', () => {
  it('counts the sessions of a flow; nothing for a flow one cannot see', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Chiffres');
    const version = await publish(id, menu('Bonjour'));
    const [conversation] = await sql<{ id: string }>(
      `with k as (
         insert into public.contacts (organization_id, phone, name)
         values ($1, '+237690' || lpad((floor(random() * 1000000))::int::text, 6, '0'), 'Chiffre')
         returning id
       )
       insert into public.conversations (organization_id, contact_id, status)
       select $1, k.id, 'pending' from k returning id`,
      [team.organizationId],
    );
    await sql(
      `insert into public.bot_sessions (organization_id, conversation_id, flow_id, version_id, state,
         status, visited, expires_at)
       values ($1, $2, $3, $4, '{"nodeId": "menu"}', 'expired', '{start,menu}', now())`,
      [team.organizationId, conversation!.id, id, version],
    );

    const stats = await fetchFlowStats(client('viewer'), id);
    expect(stats).toMatchObject({ started: 1, completed: 0, handedOver: 0, expired: 1, active: 0 });
    expect(stats.nodes.menu).toEqual({ entered: 1, droppedOff: 1 });
    expect(stats.nodes.start).toEqual({ entered: 1, droppedOff: 0 });
    expect(await fetchFlowStats(client('stranger'), id)).toMatchObject({ started: 0, nodes: {} });
  });
});

describe('the simulator', () => {
  it('plays the draft the editor holds, button by button, to the end', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Simulé');
    const document = menu('Bonjour ! Que voulez-vous ?');
    const turn = (transcript: Transcript, inbound: Inbound) =>
      simulateTurn(client('agent'), {
        flowId: id,
        source: 'draft',
        document,
        contactId: null,
        state: transcript.session,
        inbound,
      });

    let transcript = emptyTranscript();
    const hello = { kind: 'text', text: 'bjr' } as const;
    transcript = withTurn(withInbound(transcript, hello), await turn(transcript, hello));
    expect(transcript.entries.at(-1)).toMatchObject({
      kind: 'bot',
      nodeId: 'menu',
      message: { kind: 'buttons', body: 'Bonjour ! Que voulez-vous ?' },
    });
    expect(currentNodeId(transcript)).toBe('menu');
    expect(answerableEntryId(transcript)).toBe(transcript.entries.at(-1)!.id);

    const tap = { kind: 'choice', id: 'hours', title: 'Horaires' } as const;
    transcript = withTurn(withInbound(transcript, tap), await turn(transcript, tap));
    expect(transcript.outcome).toBe('completed');
    expect(transcript.entries.slice(-3)).toMatchObject([
      { kind: 'bot', nodeId: 'hours_text' },
      { kind: 'bot', nodeId: 'done', message: { kind: 'text', body: 'Bonne journée !' } },
      { kind: 'end', outcome: 'completed' },
    ]);
    expect(currentNodeId(transcript)).toBe('done');
    expect(answerableEntryId(transcript)).toBeNull();
  });

  it('plays the published version for a contact, and says when there is none', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Publié simulé');
    const request = {
      flowId: id,
      source: 'published' as const,
      document: null,
      contactId: null,
      state: null,
      inbound: { kind: 'text' as const, text: 'bonjour' },
    };
    await expect(simulateTurn(client('viewer'), request)).rejects.toMatchObject({
      status: 409,
      code: 'bot_flow_unpublished',
    });

    await publish(id, menu('Version publiée'));
    const [contact] = await sql<{ id: string }>(
      `insert into public.contacts (organization_id, phone, name)
       values ($1, '+237691' || lpad((floor(random() * 1000000))::int::text, 6, '0'), 'Testeur')
       returning id`,
      [team.organizationId],
    );
    const answer = await simulateTurn(client('viewer'), { ...request, contactId: contact!.id });
    expect(answer.effects).toMatchObject([
      { kind: 'send', message: { kind: 'buttons', body: 'Version publiée' } },
    ]);
    expect(answer.state?.nodeId).toBe('menu');
  });

  it('refuses a flow of another organisation', async () => {
    const id = await createFlow(client('admin'), team.organizationId, 'Privé');
    const refused = simulateTurn(client('stranger'), {
      flowId: id,
      source: 'draft',
      document: menu('x'),
      contactId: null,
      state: null,
      inbound: { kind: 'text', text: 'bonjour' },
    });
    await expect(refused).rejects.toBeInstanceOf(FunctionCallError);
    await expect(refused).rejects.toMatchObject({
      status: 404,
      message: 'Parcours introuvable.',
    });
  });

  it('finds the organisation’s contacts by name without accents, or by number', async () => {
    const suffix = String(process.pid % 100_000).padStart(5, '0');
    await sql(
      `insert into public.contacts (organization_id, phone, name) values ($1, $2, 'Hélène Mbarga')`,
      [team.organizationId, `+2376925${suffix}`],
    );
    const byName = await searchSimulatorContacts(client('agent'), team.organizationId, 'helene');
    expect(byName.map((contact) => contact.name)).toEqual(['Hélène Mbarga']);
    const byNumber = await searchSimulatorContacts(client('agent'), team.organizationId, suffix);
    expect(byNumber.map((contact) => contact.phone)).toContain(`+2376925${suffix}`);
    expect(
      await searchSimulatorContacts(client('stranger'), team.organizationId, 'helene'),
    ).toEqual([]);
  });
});
