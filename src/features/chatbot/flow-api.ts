import { t } from '@lingui/core/macro';
import { FunctionsHttpError } from '@supabase/supabase-js';
import { flowDocument, type FlowDocument } from '@shared/bot/flow.ts';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import type { ServerErrorCode } from '@shared/server-error-codes.ts';
import type { Json } from '../../lib/database.types';
import { UserFacingError } from '../../lib/errors';
import { FunctionCallError, toFunctionError } from '../../lib/functions';
import type { FlowsClient } from './flows-api';
import { readRefusedIssues } from './publish-refusal';

// The editor's reads and writes of one flow, as the member who is signed in: row-level security
// lets every member read it and only owners and admins save its draft; publishing goes through
// the bot-flows function, which validates the document as the editor does. Given the client, so
// that integration tests run them against the real stack as the editor does.

/** A flow as the editor opens it. */
export type EditedFlow = {
  id: string;
  name: string;
  draft: FlowDocument;
  /** bot_flows.draft_revision: moved on by every change of the draft, whoever makes it. */
  draftRevision: number;
  enabled: boolean;
  publishedVersionId: string | null;
  updatedAt: string;
};

/** null when the flow does not exist in an organisation of the member. */
export async function fetchEditedFlow(
  client: FlowsClient,
  flowId: string,
): Promise<EditedFlow | null> {
  const { data: row, error } = await client
    .from('bot_flows')
    .select('id, name, draft, draft_revision, enabled, published_version_id, updated_at')
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
    draftRevision: row.draft_revision,
    enabled: row.enabled,
    publishedVersionId: row.published_version_id,
    updatedAt: row.updated_at,
  };
}

export type SaveOutcome =
  | { saved: true; draftRevision: number }
  /** Someone else changed the draft since the revision the save was based on: theirs is at `theirRevision`. */
  | { saved: false; theirRevision: number };

/**
 * Saves the draft over revision `base` only: the draft another admin saved meanwhile is never
 * overwritten without its editor knowing.
 */
export async function saveDraft(
  client: FlowsClient,
  flowId: string,
  draft: FlowDocument,
  base: number,
): Promise<SaveOutcome> {
  const { data, error } = await client
    .from('bot_flows')
    .update({ draft: draft as unknown as NonNullable<Json> })
    .eq('id', flowId)
    .eq('draft_revision', base)
    .select('draft_revision');
  if (error) throw error;
  const [row] = data;
  if (row) return { saved: true, draftRevision: row.draft_revision };
  return { saved: false, theirRevision: await theirDraftRevision(client, flowId, base) };
}

/**
 * publish_bot_flow's and roll_back_bot_flow's refusal (the bot-flows function answers it with
 * 409): the draft is no longer at the revision the editor gave.
 */
export const DRAFT_CHANGED: ServerErrorCode = 'bot_flow_draft_changed';

/**
 * The draft's revision after a write over revision `base` changed nothing: another admin's when
 * the draft moved on. When it still reads at `base`, or not at all, row-level security hid the
 * flow (gone, or no longer the member's to change).
 */
export async function theirDraftRevision(
  client: FlowsClient,
  flowId: string,
  base: number,
): Promise<number> {
  const { data, error } = await client
    .from('bot_flows')
    .select('draft_revision')
    .eq('id', flowId)
    .maybeSingle();
  if (error) throw error;
  if (!data || data.draft_revision === base)
    throw new UserFacingError(t`Ce parcours n’existe plus, ou vous ne pouvez plus le modifier.`);
  return data.draft_revision;
}

export type PublishedVersion = { id: string; number: number; published_at: string };

export type PublishOutcome =
  | { published: true; version: PublishedVersion }
  /** The server's validation refused the document, with the same issues the editor shows. */
  | { published: false; issues: FlowIssue[] }
  /**
   * Someone else changed the draft since the revision the document was based on: theirs is at
   * `theirRevision`, and nothing was published.
   */
  | { published: false; theirRevision: number };

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

/**
 * Publishes `document` over draft revision `base` only: publishing writes the draft too, and must
 * not replace another admin's save the editor has not seen.
 */
export async function publishFlow(
  client: FlowsClient,
  flowId: string,
  document: FlowDocument,
  base: number,
): Promise<PublishOutcome> {
  const { data, error } = await client.functions.invoke<{ version: PublishedVersion }>(
    'bot-flows',
    { method: 'POST', body: { action: 'publish', flowId, document, baseRevision: base } },
  );
  if (error) {
    const issues = await refusedIssues(error);
    if (issues && issues.length > 0) return { published: false, issues };
    const failure = await toFunctionError(error);
    if (failure instanceof FunctionCallError && failure.code === DRAFT_CHANGED)
      return { published: false, theirRevision: await theirDraftRevision(client, flowId, base) };
    throw failure;
  }
  if (!data?.version) throw new UserFacingError(t`La publication n’a pas pu être confirmée.`);
  return { published: true, version: data.version };
}

/**
 * The draft's revision once `versionId` was published, and whether the draft is still that
 * version's document: when it is not, someone saved the draft between the publication and this
 * read.
 */
export async function draftAfterPublishing(
  client: FlowsClient,
  flowId: string,
  versionId: string,
): Promise<{ draftRevision: number; isPublishedDocument: boolean } | null> {
  const { data, error } = await client
    .from('bot_flows')
    .select(
      'draft, draft_revision, published:bot_flow_versions!bot_flows_organization_id_published_version_id_fkey(id, document)',
    )
    .eq('id', flowId)
    .maybeSingle();
  if (error) throw error;
  if (!data) return null;
  return {
    draftRevision: data.draft_revision,
    // Both read from jsonb, whose keys come out in one order: equal documents print alike.
    isPublishedDocument:
      data.published?.id === versionId &&
      JSON.stringify(data.draft) === JSON.stringify(data.published.document),
  };
}
