import {
  nodeHandles,
  type FlowDocument,
  type FlowEdge,
  type FlowNode,
  type FlowNodeType,
} from '@shared/bot/flow.ts';
import { newId } from './flow-ids';
import { newNode } from './node-defaults';

// The editor's changes to a flow document, as pure functions: each returns a new document (the
// unchanged nodes and edges kept as they were, so React Flow and the memoised nodes redraw only
// what changed) and keeps the invariants the canvas relies on: one edge per source handle, no
// edge from a handle the node no longer has, none to or from a node that is gone.

type Position = { x: number; y: number };

/** Every id the document uses (nodes, edges, items): new ones must differ from all of them. */
export function takenIds(doc: FlowDocument): Set<string> {
  const taken = new Set<string>();
  for (const node of doc.nodes) {
    taken.add(node.id);
    for (const handle of nodeHandles(node)) taken.add(handle);
    if (node.type === 'list') for (const section of node.data.sections) taken.add(section.id);
  }
  for (const edge of doc.edges) taken.add(edge.id);
  return taken;
}

/** The edge leaving `nodeId` by `handle`, if any. */
export function edgeFrom(doc: FlowDocument, nodeId: string, handle: string): FlowEdge | undefined {
  return doc.edges.find((edge) => edge.source === nodeId && edge.sourceHandle === handle);
}

/** The node's first outlet without an edge, in the order the node draws them. */
function firstFreeHandle(doc: FlowDocument, node: FlowNode): string | undefined {
  return nodeHandles(node).find((handle) => !edgeFrom(doc, node.id, handle));
}

export type ConnectionRequest = { source: string; sourceHandle: string; target: string };

/** Why a connection is refused; null when it may be made. */
export function connectionRefusal(
  doc: FlowDocument,
  { source, sourceHandle, target }: ConnectionRequest,
  { replace }: { replace: boolean },
): 'self' | 'unknown' | 'to_start' | 'handle_taken' | null {
  if (source === target) return 'self';
  const from = doc.nodes.find((node) => node.id === source);
  const to = doc.nodes.find((node) => node.id === target);
  if (!from || !to || !nodeHandles(from).includes(sourceHandle)) return 'unknown';
  if (to.type === 'start') return 'to_start';
  if (!replace && edgeFrom(doc, source, sourceHandle)) return 'handle_taken';
  return null;
}

/** Links `sourceHandle` to `target`, replacing the handle's edge if it had one. */
export function connect(doc: FlowDocument, request: ConnectionRequest): FlowDocument {
  if (connectionRefusal(doc, request, { replace: true })) return doc;
  const existing = edgeFrom(doc, request.source, request.sourceHandle);
  if (existing?.target === request.target) return doc;
  const edge: FlowEdge = { id: `e-${newId(takenIds(doc))}`, ...request };
  return {
    ...doc,
    edges: [...doc.edges.filter((other) => other !== existing), edge],
  };
}

/** Unlinks a handle (nothing when it had no edge). */
export function disconnect(doc: FlowDocument, nodeId: string, handle: string): FlowDocument {
  const existing = edgeFrom(doc, nodeId, handle);
  return existing ? removeEdges(doc, [existing.id]) : doc;
}

export function removeEdges(doc: FlowDocument, ids: readonly string[]): FlowDocument {
  const gone = new Set(ids);
  const edges = doc.edges.filter((edge) => !gone.has(edge.id));
  return edges.length === doc.edges.length ? doc : { ...doc, edges };
}

/** Whether a node may be deleted: not the flow's only start. */
export function isDeletable(doc: FlowDocument, node: FlowNode): boolean {
  return node.type !== 'start' || doc.nodes.filter((other) => other.type === 'start').length > 1;
}

/**
 * Deletes nodes with their edges (in and out); jumps to them lose their target (validation then
 * asks for another). The flow's only start stays.
 */
export function removeNodes(doc: FlowDocument, ids: readonly string[]): FlowDocument {
  const requested = new Set(ids);
  let starts = doc.nodes.filter((node) => node.type === 'start').length;
  const gone = new Set<string>();
  for (const node of doc.nodes) {
    if (!requested.has(node.id)) continue;
    if (node.type === 'start') {
      if (starts <= 1) continue;
      starts -= 1;
    }
    gone.add(node.id);
  }
  if (gone.size === 0) return doc;
  return {
    ...doc,
    nodes: doc.nodes
      .filter((node) => !gone.has(node.id))
      .map((node) =>
        node.type === 'jump' && gone.has(node.data.targetId)
          ? { ...node, data: { ...node.data, targetId: '' } }
          : node,
      ),
    edges: doc.edges.filter((edge) => !gone.has(edge.source) && !gone.has(edge.target)),
  };
}

/** Replaces a node's data; edges of the handles it no longer has (a removed button) go too. */
export function updateNodeData<T extends FlowNode>(
  doc: FlowDocument,
  nodeId: string,
  data: T['data'],
): FlowDocument {
  const index = doc.nodes.findIndex((node) => node.id === nodeId);
  const current = doc.nodes[index];
  if (!current || current.data === data) return doc;
  const updated = { ...current, data } as FlowNode;
  const nodes = doc.nodes.with(index, updated);
  const handles = new Set(nodeHandles(updated));
  const edges = doc.edges.filter(
    (edge) => edge.source !== nodeId || handles.has(edge.sourceHandle),
  );
  return { ...doc, nodes, edges: edges.length === doc.edges.length ? doc.edges : edges };
}

/** Moves nodes; positions of unknown ids are ignored. */
export function moveNodes(
  doc: FlowDocument,
  positions: ReadonlyMap<string, Position>,
): FlowDocument {
  let moved = false;
  const nodes = doc.nodes.map((node) => {
    const position = positions.get(node.id);
    if (!position || (position.x === node.position.x && position.y === node.position.y))
      return node;
    moved = true;
    return { ...node, position: { x: position.x, y: position.y } };
  });
  return moved ? { ...doc, nodes } : doc;
}

/**
 * Adds a node of `type` at `position`; with `after`, links that node's handle (or its first free
 * one) to the new node. Returns the document and the new node's id.
 */
export function addNode(
  doc: FlowDocument,
  type: FlowNodeType,
  position: Position,
  after?: { nodeId: string; handle?: string },
): { doc: FlowDocument; nodeId: string } {
  const taken = takenIds(doc);
  const node = newNode(type, newId(taken), position, () => newId(taken));
  let next: FlowDocument = { ...doc, nodes: [...doc.nodes, node] };
  const source = after && doc.nodes.find((candidate) => candidate.id === after.nodeId);
  const handle = source && (after.handle ?? firstFreeHandle(doc, source));
  if (source && handle) {
    // Added on a linked outlet, the node goes in between: it leads on where the outlet led.
    const previous = edgeFrom(doc, source.id, handle);
    next = connect(next, { source: source.id, sourceHandle: handle, target: node.id });
    const onward = nodeHandles(node)[0];
    if (previous && onward)
      next = connect(next, { source: node.id, sourceHandle: onward, target: previous.target });
  }
  return { doc: next, nodeId: node.id };
}

/** Nodes copied with the edges between them, as the clipboard keeps them. */
export type FlowFragment = { nodes: FlowNode[]; edges: FlowEdge[] };

/** The chosen nodes (never a start: a flow has one) and the edges among them. */
export function copyFragment(doc: FlowDocument, ids: readonly string[]): FlowFragment | null {
  const chosen = new Set(ids);
  const nodes = doc.nodes.filter((node) => chosen.has(node.id) && node.type !== 'start');
  if (nodes.length === 0) return null;
  const kept = new Set(nodes.map((node) => node.id));
  const edges = doc.edges.filter((edge) => kept.has(edge.source) && kept.has(edge.target));
  return { nodes: structuredClone(nodes), edges: structuredClone(edges) };
}

/** A copy of a node with new item ids; `handles` maps each old handle id to the new one. */
function renewItems(node: FlowNode, id: () => string, handles: Map<string, string>): FlowNode {
  const renew = (old: string) => {
    const fresh = id();
    handles.set(old, fresh);
    return fresh;
  };
  switch (node.type) {
    case 'buttons':
      return {
        ...node,
        data: {
          ...node.data,
          buttons: node.data.buttons.map((button) => ({ ...button, id: renew(button.id) })),
        },
      };
    case 'list':
      return {
        ...node,
        data: {
          ...node.data,
          sections: node.data.sections.map((section) => ({
            ...section,
            id: id(),
            rows: section.rows.map((row) => ({ ...row, id: renew(row.id) })),
          })),
        },
      };
    case 'condition':
      return {
        ...node,
        data: {
          ...node.data,
          branches: node.data.branches.map((branch) => ({ ...branch, id: renew(branch.id) })),
        },
      };
    default:
      return node;
  }
}

/**
 * Pastes a fragment with new ids for its nodes, items and edges, its inner edges and jumps
 * following the copies, moved by `offset`. Returns the document and the new nodes' ids.
 */
export function pasteFragment(
  doc: FlowDocument,
  fragment: FlowFragment,
  offset: Position,
): { doc: FlowDocument; nodeIds: string[] } {
  const taken = takenIds(doc);
  const id = () => newId(taken);
  const nodeIds = new Map<string, string>();
  for (const node of fragment.nodes) nodeIds.set(node.id, id());
  const handles = new Map<string, Map<string, string>>();
  const nodes = fragment.nodes.map((node) => {
    const nodeHandleMap = new Map<string, string>();
    handles.set(node.id, nodeHandleMap);
    const copy = renewItems(structuredClone(node), id, nodeHandleMap);
    const withJump =
      copy.type === 'jump'
        ? {
            ...copy,
            data: { ...copy.data, targetId: nodeIds.get(copy.data.targetId) ?? copy.data.targetId },
          }
        : copy;
    return {
      ...withJump,
      id: nodeIds.get(node.id) as string,
      position: { x: node.position.x + offset.x, y: node.position.y + offset.y },
    };
  });
  const edges = fragment.edges.flatMap((edge) => {
    const source = nodeIds.get(edge.source);
    const target = nodeIds.get(edge.target);
    if (!source || !target) return [];
    const sourceHandle = handles.get(edge.source)?.get(edge.sourceHandle) ?? edge.sourceHandle;
    return [{ id: `e-${id()}`, source, sourceHandle, target }];
  });
  return {
    doc: { ...doc, nodes: [...doc.nodes, ...nodes], edges: [...doc.edges, ...edges] },
    nodeIds: nodes.map((node) => node.id),
  };
}
