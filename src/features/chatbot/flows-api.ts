import { t } from '@lingui/core/macro';
import { emptyFlow, type FlowDocument } from '@shared/bot/flow.ts';
import type { Inbound, SessionState, Effect } from '@shared/bot/turn.ts';
import { assertChanged, errorHint } from '../../lib/errors';
import { callFunction } from '../../lib/functions';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../lib/database.types';
import { DRAFT_CHANGED, theirDraftRevision } from './flow-api';
import { readFlowStats, type FlowStats } from './flow-stats';
import { sameBehaviour } from './flow-status';

// Flows, their published versions and figures, and the simulator, as the member who is signed in:
// row-level security lets every member read them and only owners and admins change them. Given the
// client, so that integration tests run them against the real stack as the pages do.

export type FlowsClient = SupabaseClient<Database>;

// Flows -------------------------------------------------------------------------------------------

/** What the flows page shows of a flow. */
export type FlowListItem = {
  id: string;
  name: string;
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  /** null: never published. */
  publishedVersion: { id: string; number: number } | null;
  /** Whether the draft would behave otherwise than the published version. */
  unpublishedChanges: boolean;
};

/**
 * The organisation's flows by name: switching one on or off touches its updated_at, and the list
 * must not reorder under the person's finger.
 */
export async function fetchFlows(
  client: FlowsClient,
  organizationId: string,
): Promise<FlowListItem[]> {
  const { data, error } = await client
    .from('bot_flows')
    .select(
      'id, name, draft, enabled, created_at, updated_at, published:bot_flow_versions!bot_flows_organization_id_published_version_id_fkey(id, number, document)',
    )
    .eq('organization_id', organizationId)
    .order('name', { ascending: true })
    .order('created_at', { ascending: true });
  if (error) throw error;
  return data.map((flow) => ({
    id: flow.id,
    name: flow.name,
    enabled: flow.enabled,
    createdAt: flow.created_at,
    updatedAt: flow.updated_at,
    publishedVersion: flow.published
      ? { id: flow.published.id, number: flow.published.number }
      : null,
    unpublishedChanges: flow.published
      ? !sameBehaviour(flow.draft, flow.published.document)
      : false,
  }));
}

/** Creates a flow whose draft is a lone start node; resolves to its id. */
export async function createFlow(
  client: FlowsClient,
  organizationId: string,
  name: string,
): Promise<string> {
  const { data, error } = await client
    .from('bot_flows')
    .insert({ organization_id: organizationId, name, draft: emptyFlow() })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

function flowGone(): string {
  return t`Ce parcours n’existe plus.`;
}

export async function renameFlow(client: FlowsClient, flowId: string, name: string): Promise<void> {
  assertChanged(
    await client.from('bot_flows').update({ name }, { count: 'exact' }).eq('id', flowId),
    flowGone(),
  );
}

export async function setFlowEnabled(
  client: FlowsClient,
  flowId: string,
  enabled: boolean,
): Promise<void> {
  assertChanged(
    await client.from('bot_flows').update({ enabled }, { count: 'exact' }).eq('id', flowId),
    flowGone(),
  );
}

export async function deleteFlow(client: FlowsClient, flowId: string): Promise<void> {
  assertChanged(
    await client.from('bot_flows').delete({ count: 'exact' }).eq('id', flowId),
    flowGone(),
  );
}

// Versions ----------------------------------------------------------------------------------------

export type FlowVersion = {
  id: string;
  number: number;
  publishedAt: string;
  /** Their name or e-mail as teammates see it; null when they left the organisation. */
  publishedByName: string | null;
};

export type FlowVersions = {
  publishedVersionId: string | null;
  /** The newest first. */
  versions: FlowVersion[];
};

export async function fetchFlowVersions(
  client: FlowsClient,
  flowId: string,
): Promise<FlowVersions> {
  const [flow, versions] = await Promise.all([
    client.from('bot_flows').select('published_version_id').eq('id', flowId).maybeSingle(),
    client
      .from('bot_flow_versions')
      // Row-level security shows teammates' profiles only: someone who left stays unnamed.
      .select(
        'id, number, published_at, publisher:profiles!bot_flow_versions_published_by_fkey(full_name, email)',
      )
      .eq('flow_id', flowId)
      .order('number', { ascending: false }),
  ]);
  if (flow.error) throw flow.error;
  if (versions.error) throw versions.error;
  return {
    publishedVersionId: flow.data?.published_version_id ?? null,
    versions: versions.data.map((version) => ({
      id: version.id,
      number: version.number,
      publishedAt: version.published_at,
      publishedByName:
        version.publisher?.full_name?.trim() || version.publisher?.email?.trim() || null,
    })),
  };
}

export type RollBackOutcome =
  | { rolledBack: true }
  /** Someone else changed the draft since revision `base`: theirs is at `theirRevision`. */
  | { rolledBack: false; theirRevision: number };

/**
 * Publishes that version again and copies it into the draft; with `base`, only over that draft
 * revision, as the editor does: the draft another admin saved meanwhile is not replaced unseen.
 */
export async function rollBackFlow(
  client: FlowsClient,
  flowId: string,
  versionId: string,
  base?: number,
): Promise<RollBackOutcome> {
  const { error } = await client.rpc('roll_back_bot_flow', {
    flow_id: flowId,
    version_id: versionId,
    base_revision: base,
  });
  if (base !== undefined && errorHint(error) === DRAFT_CHANGED)
    return { rolledBack: false, theirRevision: await theirDraftRevision(client, flowId, base) };
  if (error) throw error;
  return { rolledBack: true };
}

// Figures -----------------------------------------------------------------------------------------

export async function fetchFlowStats(client: FlowsClient, flowId: string): Promise<FlowStats> {
  const { data, error } = await client.rpc('bot_flow_stats', { flow_id: flowId });
  if (error) throw error;
  return readFlowStats(data);
}

// Simulator ---------------------------------------------------------------------------------------

export type SimulationSource = 'draft' | 'published';

export type SimulationRequest = {
  flowId: string;
  source: SimulationSource;
  /** The editor's draft, when the source is the draft. */
  document: FlowDocument | null;
  contactId: string | null;
  state: SessionState | null;
  inbound: Inbound;
};

export type SimulationAnswer = {
  effects: Effect[];
  state: SessionState | null;
  visited: string[];
  outcome: 'waiting' | 'completed' | 'handed_over';
};

/** One turn of the flow through bot-simulate: nothing is sent on WhatsApp, nothing is saved. */
export async function simulateTurn(
  client: FlowsClient,
  { document, source, ...rest }: SimulationRequest,
): Promise<SimulationAnswer> {
  return callFunction<SimulationAnswer>(client.functions, 'bot-simulate', {
    body: { ...rest, source, ...(source === 'draft' && document ? { document } : {}) },
  });
}

export type SimulatorContact = { id: string; name: string | null; phone: string };

/** Contacts whose name or number holds `search` (accents and case aside), by name. */
export async function searchSimulatorContacts(
  client: FlowsClient,
  organizationId: string,
  search: string,
  signal?: AbortSignal,
): Promise<SimulatorContact[]> {
  let query = client
    .rpc('list_contacts', {
      organization_id: organizationId,
      ...(search.trim() ? { search: search.trim() } : {}),
      sort: 'nom',
      take: 8,
    })
    .select('id, name, phone');
  if (signal) query = query.abortSignal(signal);
  const { data, error } = await query;
  if (error) throw error;
  return data;
}
