import { t } from '@lingui/core/macro';
import { FunctionsHttpError } from '@supabase/supabase-js';
import { flowDocument, type FlowDocument } from '@shared/bot/flow.ts';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import type { Json } from '../../lib/database.types';
import { assertChanged, UserFacingError } from '../../lib/errors';
import { toFunctionError } from '../../lib/functions';
import { supabase } from '../../lib/supabase';
import { readRefusedIssues } from './publish-refusal';

// The editor's reads and writes of one flow, as the member who is signed in: row-level security
// lets every member read it and only owners and admins save its draft; publishing goes through
// the bot-flows function, which validates the document as the editor does.

/** A flow as the editor opens it. */
export type EditedFlow = {
  id: string;
  name: string;
  draft: FlowDocument;
  enabled: boolean;
  publishedVersionId: string | null;
  updatedAt: string;
};

/** null when the flow does not exist in an organisation of the member. */
export async function fetchEditedFlow(flowId: string): Promise<EditedFlow | null> {
  const { data: row, error } = await supabase
    .from('bot_flows')
    .select('id, name, draft, enabled, published_version_id, updated_at')
    .eq('id', flowId)
    .maybeSingle();
  if (error) throw error;
  if (!row) return null;
  // A draft is checked against the flow's schema (with its defaults) before the editor opens it.
  const draft = flowDocument.safeParse(row.draft);
  if (!draft.success)
    throw new UserFacingError(
      t`Le brouillon de ce parcours est illisible : il ne peut pas être ouvert dans l’éditeur.`,
    );
  return {
    id: row.id,
    name: row.name,
    draft: draft.data,
    enabled: row.enabled,
    publishedVersionId: row.published_version_id,
    updatedAt: row.updated_at,
  };
}

export async function saveDraft(flowId: string, draft: FlowDocument): Promise<void> {
  assertChanged(
    await supabase
      .from('bot_flows')
      .update({ draft: draft as unknown as NonNullable<Json> }, { count: 'exact' })
      .eq('id', flowId),
    t`Ce parcours n’existe plus, ou vous ne pouvez plus le modifier.`,
  );
}

export type PublishedVersion = { id: string; number: number; published_at: string };

export type PublishOutcome =
  | { published: true; version: PublishedVersion }
  /** The server's validation refused the document, with the same issues the editor shows. */
  | { published: false; issues: FlowIssue[] };

/** The issues of a 422 flow_invalid answer; null for any other failure. */
async function refusedIssues(error: unknown): Promise<FlowIssue[] | null> {
  if (!(error instanceof FunctionsHttpError)) return null;
  const response: unknown = error.context;
  if (!(response instanceof Response) || response.status !== 422) return null;
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => undefined);
  return readRefusedIssues(body);
}

export async function publishFlow(flowId: string, document: FlowDocument): Promise<PublishOutcome> {
  const { data, error } = await supabase.functions.invoke<{ version: PublishedVersion }>(
    'bot-flows',
    { method: 'POST', body: { action: 'publish', flowId, document } },
  );
  if (error) {
    const issues = await refusedIssues(error);
    if (issues && issues.length > 0) return { published: false, issues };
    throw await toFunctionError(error);
  }
  if (!data?.version) throw new UserFacingError(t`La publication n’a pas pu être confirmée.`);
  return { published: true, version: data.version };
}
