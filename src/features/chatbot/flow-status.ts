import { flowDocument } from '@shared/bot/flow.ts';

// Where a flow stands between its draft and its published version, as the flows page says it.

export type FlowPublication =
  | { kind: 'draft' }
  | { kind: 'published'; version: number }
  /** Published, and the draft has changed since. */
  | { kind: 'changed'; version: number };

export function flowPublication(flow: {
  publishedVersion: { number: number } | null;
  unpublishedChanges: boolean;
}): FlowPublication {
  if (!flow.publishedVersion) return { kind: 'draft' };
  return flow.unpublishedChanges
    ? { kind: 'changed', version: flow.publishedVersion.number }
    : { kind: 'published', version: flow.publishedVersion.number };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => deepEqual(item, b[index]))
    );
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]))
  );
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * What a document does, without its layout: node positions and the order of nodes and edges in
 * their arrays change nothing for a contact. Defaults are filled in, so a draft saved without an
 * optional field reads like the published copy that has it. null when the document is not a flow.
 */
function behaviour(document: unknown): unknown {
  const parsed = flowDocument.safeParse(document);
  if (!parsed.success) return null;
  return {
    ...parsed.data,
    nodes: [...parsed.data.nodes]
      .sort(byId)
      .map((node) =>
        Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'position')),
      ),
    edges: [...parsed.data.edges].sort(byId),
  };
}

/**
 * Whether a draft would behave as the published document does. Moving nodes around is not a
 * change worth publishing; a draft that is not a valid flow always differs.
 */
export function sameBehaviour(draft: unknown, published: unknown): boolean {
  const left = behaviour(draft);
  return left !== null && deepEqual(left, behaviour(published));
}
