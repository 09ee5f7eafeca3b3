import { z } from 'zod';

// A chatbot flow is one JSON document, the same for the editor (React Flow's nodes and edges),
// the database (bot_flows.draft, bot_flow_versions.document) and the engine. This schema checks
// its shape only, with storage bounds generous enough for a draft being written: what WhatsApp
// accepts (a button title of 20 characters, 3 buttons…) and what makes a flow runnable (one start,
// no dangling edge…) is for validate.ts to say before publishing, with a message per faulty node.

export const FLOW_SCHEMA_VERSION = 1;

/** Storage bounds of a draft (not WhatsApp's limits, which publishing checks). */
export const FLOW_BOUNDS = {
  nodes: 200,
  edges: 600,
  text: 4096,
  shortText: 256,
  items: 20,
  keywords: 50,
  rules: 20,
} as const;

const text = z.string().max(FLOW_BOUNDS.text);
const shortText = z.string().max(FLOW_BOUNDS.shortText);
/** Ids the editor makes (nanoid-like), also used as WhatsApp button and row ids. */
export const itemId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);
const position = z.object({ x: z.number().finite(), y: z.number().finite() });

/** What starts a flow. A flow has one start node; its triggers are tried in the engine's order. */
export const trigger = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('keyword'),
    mode: z.enum(['exact', 'contains', 'fuzzy']),
    keywords: z.array(shortText).max(FLOW_BOUNDS.keywords),
  }),
  z.object({ kind: z.literal('any_message') }),
  /** The contact's very first message to the organisation. */
  z.object({ kind: z.literal('first_message') }),
  /** A message answering a campaign (any, or the one chosen). */
  z.object({ kind: z.literal('campaign_reply'), campaignId: z.uuid().nullable().default(null) }),
  z.object({ kind: z.literal('outside_office_hours') }),
]);
export type Trigger = z.infer<typeof trigger>;

const mediaKind = z.enum(['image', 'video', 'document', 'audio']);

/** The answer to a question, kept in a contact attribute or in a variable of the session. */
const answerTarget = z.object({
  scope: z.enum(['attribute', 'variable']),
  name: shortText,
});

const comparison = z.enum([
  'equals',
  'not_equals',
  'contains',
  'not_contains',
  'is_set',
  'is_empty',
  'greater_than',
  'less_than',
]);

/** One test of a condition branch. */
export const rule = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('attribute'),
    name: shortText,
    operator: comparison,
    value: shortText,
  }),
  z.object({
    kind: z.literal('variable'),
    name: shortText,
    operator: comparison,
    value: shortText,
  }),
  z.object({ kind: z.literal('tag'), operator: z.enum(['has', 'lacks']), tag: shortText }),
  /** The organisation's local time of day, `HH:MM` to `HH:MM` (may wrap midnight), on some days (0 = Sunday). */
  z.object({
    kind: z.literal('time'),
    from: shortText,
    to: shortText,
    days: z.array(z.number().int().min(0).max(6)).max(7).default([0, 1, 2, 3, 4, 5, 6]),
  }),
  z.object({ kind: z.literal('office_hours'), operator: z.enum(['open', 'closed']) }),
]);
export type Rule = z.infer<typeof rule>;

export const setAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set_attribute'), name: shortText, value: text }),
  z.object({ kind: z.literal('clear_attribute'), name: shortText }),
  z.object({ kind: z.literal('set_variable'), name: shortText, value: text }),
  z.object({ kind: z.literal('add_tag'), tag: shortText }),
  z.object({ kind: z.literal('remove_tag'), tag: shortText }),
  z.object({ kind: z.literal('unsubscribe') }),
]);
export type SetAction = z.infer<typeof setAction>;

const nodeBase = { id: itemId, position };

export const flowNode = z.discriminatedUnion('type', [
  z.object({
    ...nodeBase,
    type: z.literal('start'),
    data: z.object({ triggers: z.array(trigger).max(FLOW_BOUNDS.items) }),
  }),
  /** Text (with {{variables}}) or a file by URL with an optional caption. */
  z.object({
    ...nodeBase,
    type: z.literal('message'),
    data: z.object({
      text: text.default(''),
      media: z
        .object({ kind: mediaKind, url: text, caption: text.default('') })
        .nullable()
        .default(null),
    }),
  }),
  /** Up to three reply buttons; one outgoing edge per button, plus `no_match`. */
  z.object({
    ...nodeBase,
    type: z.literal('buttons'),
    data: z.object({
      body: text,
      header: shortText.default(''),
      footer: shortText.default(''),
      buttons: z.array(z.object({ id: itemId, title: shortText })).max(FLOW_BOUNDS.items),
    }),
  }),
  /** A list of rows in sections; one outgoing edge per row, plus `no_match`. */
  z.object({
    ...nodeBase,
    type: z.literal('list'),
    data: z.object({
      body: text,
      header: shortText.default(''),
      footer: shortText.default(''),
      buttonLabel: shortText,
      sections: z
        .array(
          z.object({
            id: itemId,
            title: shortText.default(''),
            rows: z
              .array(z.object({ id: itemId, title: shortText, description: shortText.default('') }))
              .max(FLOW_BOUNDS.items),
          }),
        )
        .max(FLOW_BOUNDS.items),
    }),
  }),
  /** A question whose answer is checked, then saved; `next` once answered, `invalid` after the last retry. */
  z.object({
    ...nodeBase,
    type: z.literal('ask'),
    data: z.object({
      prompt: text,
      answerType: z.enum(['text', 'number', 'date', 'email', 'phone', 'yes_no']),
      /** An extra regular expression the answer must match (text answers). */
      pattern: shortText.default(''),
      target: answerTarget,
      retryMessage: text.default(''),
      maxRetries: z.number().int().min(0).max(10).default(2),
    }),
  }),
  /** Branches tried in order (all or any of their rules); `else` when none holds. */
  z.object({
    ...nodeBase,
    type: z.literal('condition'),
    data: z.object({
      branches: z
        .array(
          z.object({
            id: itemId,
            label: shortText.default(''),
            match: z.enum(['all', 'any']),
            rules: z.array(rule).max(FLOW_BOUNDS.rules),
          }),
        )
        .max(FLOW_BOUNDS.items),
    }),
  }),
  z.object({
    ...nodeBase,
    type: z.literal('set'),
    data: z.object({ actions: z.array(setAction).max(FLOW_BOUNDS.items) }),
  }),
  /**
   * Answers from the knowledge base: the message that led here, or the reply to `prompt` when
   * there is one. `answered` once an entry is sent, `no_match` below the confidence threshold.
   */
  z.object({
    ...nodeBase,
    type: z.literal('faq'),
    data: z.object({ prompt: text.default('') }),
  }),
  /** An approved template: the only message WhatsApp accepts outside the 24-hour window. */
  z.object({
    ...nodeBase,
    type: z.literal('template'),
    data: z.object({
      name: shortText,
      language: shortText.default(''),
      parameters: z.array(z.object({ name: shortText, value: text })).max(FLOW_BOUNDS.items),
    }),
  }),
  /** Hands the conversation to people: the organisation's assignment, a team or an agent. */
  z.object({
    ...nodeBase,
    type: z.literal('handoff'),
    data: z.object({
      message: text.default(''),
      target: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('auto') }),
        z.object({ kind: z.literal('team'), teamId: z.uuid() }),
        z.object({ kind: z.literal('agent'), userId: z.uuid() }),
      ]),
    }),
  }),
  /** A call to the organisation's own service; `success` (2xx) or `failure`. */
  z.object({
    ...nodeBase,
    type: z.literal('http'),
    data: z.object({
      method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
      url: text,
      headers: z.array(z.object({ name: shortText, value: text })).max(FLOW_BOUNDS.items),
      body: text.default(''),
      timeoutMs: z.number().int().min(500).max(10_000).default(5_000),
      /** Values of the JSON answer kept as variables: a dotted path (`data.status`) each. */
      save: z.array(z.object({ path: shortText, variable: shortText })).max(FLOW_BOUNDS.items),
    }),
  }),
  /** A pause; the session resumes by itself once it is over. */
  z.object({
    ...nodeBase,
    type: z.literal('wait'),
    data: z.object({ seconds: z.number().int().min(1).max(86_400) }),
  }),
  /** Goes on at another node, at most `maxTimes` per session (a loop's guard), then `exhausted`. */
  z.object({
    ...nodeBase,
    type: z.literal('jump'),
    data: z.object({
      targetId: z.string().max(64),
      maxTimes: z.number().int().min(1).max(20).default(3),
    }),
  }),
  /** Ends the session, with an optional last message; may resolve the conversation. */
  z.object({
    ...nodeBase,
    type: z.literal('end'),
    data: z.object({ message: text.default(''), resolve: z.boolean().default(false) }),
  }),
]);
export type FlowNode = z.infer<typeof flowNode>;
export type FlowNodeType = FlowNode['type'];
export type NodeOf<T extends FlowNodeType> = Extract<FlowNode, { type: T }>;

/**
 * An edge leaves a node by one of its handles (the node's fixed outlets, or a button, row or
 * branch id) and reaches a node. A handle has one edge at most.
 */
export const flowEdge = z.object({
  id: z.string().min(1).max(128),
  source: z.string().max(64),
  sourceHandle: z.string().max(64),
  target: z.string().max(64),
});
export type FlowEdge = z.infer<typeof flowEdge>;

export const flowDocument = z.object({
  schemaVersion: z.literal(FLOW_SCHEMA_VERSION),
  nodes: z.array(flowNode).max(FLOW_BOUNDS.nodes),
  edges: z.array(flowEdge).max(FLOW_BOUNDS.edges),
});
export type FlowDocument = z.infer<typeof flowDocument>;

/** Fixed outlets of node types whose outlets are not their items. */
export const FIXED_HANDLES: { readonly [T in FlowNodeType]: readonly string[] } = {
  start: ['next'],
  message: ['next'],
  buttons: ['no_match'],
  list: ['no_match'],
  ask: ['next', 'invalid'],
  condition: ['else'],
  set: ['next'],
  faq: ['answered', 'no_match'],
  template: ['next'],
  handoff: [],
  http: ['success', 'failure'],
  wait: ['next'],
  jump: ['exhausted'],
  end: [],
};

/** Every outlet of a node, in the order the editor draws them: items first, then fixed ones. */
export function nodeHandles(node: FlowNode): string[] {
  const items =
    node.type === 'buttons'
      ? node.data.buttons.map((button) => button.id)
      : node.type === 'list'
        ? node.data.sections.flatMap((section) => section.rows.map((row) => row.id))
        : node.type === 'condition'
          ? node.data.branches.map((branch) => branch.id)
          : [];
  return [...items, ...FIXED_HANDLES[node.type]];
}

/** Nodes that wait for the contact (or a timer) before the flow goes on. */
export function waitsForInput(node: FlowNode): boolean {
  return (
    node.type === 'buttons' ||
    node.type === 'list' ||
    node.type === 'ask' ||
    node.type === 'wait' ||
    (node.type === 'faq' && node.data.prompt.trim() !== '')
  );
}

/** An empty flow: a start node waiting for its keywords. */
export function emptyFlow(): FlowDocument {
  return {
    schemaVersion: FLOW_SCHEMA_VERSION,
    nodes: [
      {
        id: 'start',
        type: 'start',
        position: { x: 0, y: 0 },
        data: { triggers: [{ kind: 'keyword', mode: 'exact', keywords: [] }] },
      },
    ],
    edges: [],
  };
}
