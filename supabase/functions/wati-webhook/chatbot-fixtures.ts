import type { SupabaseClient } from '@supabase/supabase-js';
import { sql } from '../../../test-support/database';
import type { FlowDocument, FlowEdge, FlowNode } from '../_shared/bot/flow.ts';
import {
  invoke,
  invokeAsService,
  messagesOf,
  simulate,
  waitUntil,
  type Answer,
  type MessageRow,
} from '../inbox-send/inbox-fixtures.ts';

// Chatbot flows on the real stack, for the integration tests of the runtime (wati-webhook),
// bot-flows and bot-simulate: documents written as the editor writes them, published as an admin
// publishes them.

let positions = 0;

/** A node at its own place on the canvas. */
export function node<T extends FlowNode['type']>(
  id: string,
  type: T,
  data: Extract<FlowNode, { type: T }>['data'],
): FlowNode {
  positions += 1;
  return { id, type, position: { x: 0, y: positions * 120 }, data } as FlowNode;
}

export const edge = (source: string, sourceHandle: string, target: string): FlowEdge => ({
  id: `${source}-${sourceHandle}`,
  source,
  sourceHandle,
  target,
});

export const flow = (nodes: FlowNode[], edges: FlowEdge[]): FlowDocument => ({
  schemaVersion: 1,
  nodes,
  edges,
});

/** A flow started by `keyword`, as the admin's draft. */
export async function createFlow(
  admin: SupabaseClient,
  organizationId: string,
  name: string,
  document: FlowDocument,
): Promise<string> {
  const { data, error } = await admin
    .from('bot_flows')
    .insert({ organization_id: organizationId, name, draft: document as never })
    .select('id')
    .single();
  if (error) throw error;
  return data.id;
}

export interface PublishAnswer {
  version?: { id: string; number: number };
  error?: {
    code: string;
    message: string;
    issues?: Array<{ code: string; nodeId: string | null; field: string | null; message: string }>;
  };
}

export const publish = (
  client: SupabaseClient,
  flowId: string,
  document: FlowDocument,
): Promise<Answer<PublishAnswer>> =>
  invoke(client, 'bot-flows', { action: 'publish', flowId, document });

/** Creates, publishes and enables a flow; its id. */
export async function runningFlow(
  admin: SupabaseClient,
  organizationId: string,
  name: string,
  document: FlowDocument,
): Promise<string> {
  const flowId = await createFlow(admin, organizationId, name, document);
  const published = await publish(admin, flowId, document);
  if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  const { error } = await admin.from('bot_flows').update({ enabled: true }).eq('id', flowId);
  if (error) throw error;
  return flowId;
}

export interface SessionRow extends Record<string, unknown> {
  id: string;
  status: string;
  version_id: string;
  state: { nodeId: string | null; variables: Record<string, string> };
  visited: string[];
}

export async function sessionsOf(conversationId: string): Promise<SessionRow[]> {
  return await sql<SessionRow>(
    `select * from public.bot_sessions where conversation_id = $1 order by started_at, id`,
    [conversationId],
  );
}

/** A contact writes to the organisation's number through its Wati sandbox, as a member simulates it. */
export async function contactWrites(
  member: SupabaseClient,
  organizationId: string,
  waId: string,
  message: Record<string, unknown>,
): Promise<void> {
  const answer = await simulate(member, organizationId, { from: waId, ...message });
  if (answer.status !== 200 || answer.body.ok !== true) throw new Error(JSON.stringify(answer));
}

/** What the bot has said to this contact so far, in order. */
export async function botMessagesTo(organizationId: string, waId: string): Promise<MessageRow[]> {
  return (await messagesOf(organizationId, waId)).filter((message) => message.author === 'bot');
}

/** The bot's messages to this contact once there are `count`. */
export async function awaitBotMessages(
  organizationId: string,
  waId: string,
  count: number,
): Promise<MessageRow[]> {
  await waitUntil(
    async () => (await botMessagesTo(organizationId, waId)).length >= count,
    `${count} bot message(s) to ${waId}`,
  );
  return await botMessagesTo(organizationId, waId);
}

/** The bot's sweep, called as the scheduler calls it (chatbot-sweep), rather than waited for. */
export const sweepBot = (): Promise<
  Answer<{ turns: number; resumed: number; handedOver: number }>
> => invokeAsService('wati-webhook/bot-sweep', {});
