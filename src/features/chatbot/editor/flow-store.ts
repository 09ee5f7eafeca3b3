import type { FlowDocument, FlowNode, FlowNodeType } from '@shared/bot/flow.ts';
import type { FlowIssue } from '@shared/bot/flow-issues.ts';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NodeStats } from '../flow-stats';
import {
  addNode,
  connect,
  copyFragment,
  disconnect,
  moveNodes,
  pasteFragment,
  removeEdges,
  removeNodes,
  updateNodeData,
  type ConnectionRequest,
  type FlowFragment,
} from './flow-operations';
import { DEFAULT_NODE_SIZE } from './node-defaults';

// The editor's state: the document being edited with its undo history, what is selected, and
// what the canvas draws besides (sizes React Flow measured, live issues, statistics, the node the
// simulator is at). One store per open flow, created by the page and shared through context;
// the functions here are what every control (canvas, forms, outline, shortcuts) calls.

/** Undo steps kept. */
const HISTORY_LIMIT = 100;
/** Changes of one kind (typing in a field, dragging a node) closer than this undo together. */
const COALESCE_MS = 1_000;
/** Where a pasted copy lands, from its original. */
const PASTE_OFFSET = { x: 40, y: 40 };
/** Gap between a node and the one added after it. */
const GAP_AFTER = 72;

type Size = { width: number; height: number };

export interface FlowEditorState {
  doc: FlowDocument;
  /** Bumped by every change of `doc`. */
  revision: number;
  /** The revision the server has (autosave saves until it is `revision`). */
  savedRevision: number;
  past: FlowDocument[];
  future: FlowDocument[];
  selectedNodes: string[];
  selectedEdges: string[];
  clipboard: FlowFragment | null;
  /** Sizes React Flow measured, by node id (auto-layout, placing a node after another). */
  measured: Record<string, Size>;
  /** Issues of the last validation, and the same by node id (the canvas' badges). */
  issues: FlowIssue[];
  issuesByNode: Record<string, FlowIssue[]>;
  /** Entries and drop-offs per node while statistics are shown; null otherwise. */
  stats: Record<string, NodeStats> | null;
  /** The node the simulator is at. */
  highlighted: string | null;
  readOnly: boolean;

  /**
   * Applies a change of the document; `coalesce` names its kind so that a burst of the same
   * changes (the keys typed in one field) is one undo step.
   */
  change: (recipe: (doc: FlowDocument) => FlowDocument, coalesce?: string) => void;
  /** Replaces the document as a change that can be undone (a version rolled back). */
  replace: (doc: FlowDocument) => void;
  /** Ends the current burst: the next change is a new undo step. */
  settle: () => void;
  markSaved: (revision: number) => void;
  undo: () => void;
  redo: () => void;
  /**
   * Adds a node: after the node given (linked from its first free handle, or the handle given),
   * else at `position`, else under the selected node, linked the same way. Returns its id.
   */
  addNode: (
    type: FlowNodeType,
    options?: { position?: { x: number; y: number }; after?: { nodeId: string; handle?: string } },
  ) => string | null;
  /** Changes a node's data; `coalesce` names the field typed in (its keys undo together). */
  updateData: <T extends FlowNode>(nodeId: string, data: T['data'], coalesce?: string) => void;
  moveNodes: (positions: ReadonlyMap<string, { x: number; y: number }>) => void;
  connect: (request: ConnectionRequest) => void;
  disconnect: (nodeId: string, handle: string) => void;
  deleteElements: (nodeIds: readonly string[], edgeIds: readonly string[]) => void;
  select: (nodeIds: readonly string[], edgeIds?: readonly string[]) => void;
  copy: () => boolean;
  paste: () => void;
  duplicate: () => void;
  /** Lays the flow out with dagre (loaded the first time). */
  layout: () => Promise<void>;
  setMeasured: (sizes: Readonly<Record<string, Size>>) => void;
  setIssues: (issues: readonly FlowIssue[]) => void;
  setStats: (stats: Record<string, NodeStats> | null) => void;
  setHighlighted: (nodeId: string | null) => void;
}

export type FlowStore = StoreApi<FlowEditorState>;

function sameIssues(a: readonly FlowIssue[] | undefined, b: readonly FlowIssue[]): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

export function createFlowStore(
  initial: FlowDocument,
  { readOnly = false, now = () => Date.now() }: { readOnly?: boolean; now?: () => number } = {},
): FlowStore {
  let burst: { key: string; at: number } | null = null;

  return createStore<FlowEditorState>()((set, get) => {
    /** Records `next` as the document, with an undo step unless it continues the same burst. */
    function commit(next: FlowDocument, coalesce?: string, extra: Partial<FlowEditorState> = {}) {
      const { doc, past, revision, readOnly: locked } = get();
      if (locked || next === doc) {
        if (Object.keys(extra).length > 0) set(extra);
        return;
      }
      const at = now();
      const continues =
        coalesce !== undefined && burst?.key === coalesce && at - burst.at < COALESCE_MS;
      burst = coalesce === undefined ? null : { key: coalesce, at };
      set({
        ...extra,
        doc: next,
        revision: revision + 1,
        past: continues ? past : [...past, doc].slice(-HISTORY_LIMIT),
        future: [],
      });
    }

    /** Selection of what still exists. */
    function pruneSelection(doc: FlowDocument): Partial<FlowEditorState> {
      const nodes = new Set(doc.nodes.map((node) => node.id));
      const edges = new Set(doc.edges.map((edge) => edge.id));
      return {
        selectedNodes: get().selectedNodes.filter((id) => nodes.has(id)),
        selectedEdges: get().selectedEdges.filter((id) => edges.has(id)),
      };
    }

    function pasteFrom(fragment: FlowFragment) {
      const pasted = pasteFragment(get().doc, fragment, PASTE_OFFSET);
      commit(pasted.doc, undefined, { selectedNodes: pasted.nodeIds, selectedEdges: [] });
    }

    return {
      doc: initial,
      revision: 0,
      savedRevision: 0,
      past: [],
      future: [],
      selectedNodes: [],
      selectedEdges: [],
      clipboard: null,
      measured: {},
      issues: [],
      issuesByNode: {},
      stats: null,
      highlighted: null,
      readOnly,

      change: (recipe, coalesce) => commit(recipe(get().doc), coalesce),
      replace: (doc) => {
        burst = null;
        commit(doc, undefined, pruneSelection(doc));
      },
      settle: () => {
        burst = null;
      },
      markSaved: (revision) => set({ savedRevision: revision }),
      undo: () => {
        const { past, future, doc, revision } = get();
        const previous = past.at(-1);
        if (!previous || get().readOnly) return;
        burst = null;
        set({
          doc: previous,
          past: past.slice(0, -1),
          future: [doc, ...future],
          revision: revision + 1,
          ...pruneSelection(previous),
        });
      },
      redo: () => {
        const { past, future, doc, revision } = get();
        const [next, ...rest] = future;
        if (!next || get().readOnly) return;
        burst = null;
        set({
          doc: next,
          past: [...past, doc],
          future: rest,
          revision: revision + 1,
          ...pruneSelection(next),
        });
      },

      addNode: (type, { position, after } = {}) => {
        const { doc, selectedNodes, measured, readOnly: locked } = get();
        if (locked) return null;
        const anchorId = after?.nodeId ?? (position ? undefined : selectedNodes.at(-1));
        const anchor = anchorId ? doc.nodes.find((node) => node.id === anchorId) : undefined;
        const place =
          position ??
          (anchor
            ? {
                x: anchor.position.x,
                y:
                  anchor.position.y + (measured[anchor.id] ?? DEFAULT_NODE_SIZE).height + GAP_AFTER,
              }
            : belowEverything(doc, measured));
        const added = addNode(
          doc,
          type,
          place,
          anchor ? { nodeId: anchor.id, handle: after?.handle } : undefined,
        );
        commit(added.doc, undefined, { selectedNodes: [added.nodeId], selectedEdges: [] });
        return added.nodeId;
      },
      updateData: (nodeId, data, coalesce) =>
        commit(
          updateNodeData(get().doc, nodeId, data),
          coalesce === undefined ? undefined : `data:${nodeId}:${coalesce}`,
        ),
      moveNodes: (positions) =>
        commit(moveNodes(get().doc, positions), `move:${[...positions.keys()].join(',')}`),
      connect: (request) => commit(connect(get().doc, request)),
      disconnect: (nodeId, handle) => commit(disconnect(get().doc, nodeId, handle)),
      deleteElements: (nodeIds, edgeIds) => {
        const next = removeNodes(removeEdges(get().doc, edgeIds), nodeIds);
        commit(next, undefined, pruneSelection(next));
      },
      select: (nodeIds, edgeIds = []) => {
        const { selectedNodes, selectedEdges } = get();
        if (sameIds(selectedNodes, nodeIds) && sameIds(selectedEdges, edgeIds)) return;
        set({ selectedNodes: [...nodeIds], selectedEdges: [...edgeIds] });
      },
      copy: () => {
        const fragment = copyFragment(get().doc, get().selectedNodes);
        if (fragment) set({ clipboard: fragment });
        return fragment !== null;
      },
      paste: () => {
        const { clipboard } = get();
        if (!clipboard) return;
        pasteFrom(clipboard);
        // A second paste lands beside the first instead of on top of it.
        set({
          clipboard: {
            ...clipboard,
            nodes: clipboard.nodes.map((node) => ({
              ...node,
              position: {
                x: node.position.x + PASTE_OFFSET.x,
                y: node.position.y + PASTE_OFFSET.y,
              },
            })),
          },
        });
      },
      duplicate: () => {
        const fragment = copyFragment(get().doc, get().selectedNodes);
        if (fragment) pasteFrom(fragment);
      },
      layout: async () => {
        const { autoLayout } = await import('./auto-layout');
        commit(autoLayout(get().doc, get().measured));
      },
      setMeasured: (sizes) => set({ measured: { ...get().measured, ...sizes } }),
      setIssues: (issues) => {
        const previous = get().issuesByNode;
        const grouped: Record<string, FlowIssue[]> = {};
        for (const issue of issues) {
          if (issue.nodeId) (grouped[issue.nodeId] ??= []).push(issue);
        }
        // A node whose issues did not change keeps the same array: its memoised view stays.
        const next: Record<string, FlowIssue[]> = {};
        for (const [nodeId, list] of Object.entries(grouped)) {
          next[nodeId] = sameIssues(previous[nodeId], list)
            ? (previous[nodeId] as FlowIssue[])
            : list;
        }
        set({ issues: [...issues], issuesByNode: next });
      },
      setStats: (stats) => set({ stats }),
      setHighlighted: (highlighted) => set({ highlighted }),
    };
  });
}

/** Under the lowest node, or at the origin of an empty flow. */
function belowEverything(doc: FlowDocument, measured: Readonly<Record<string, Size>>) {
  if (doc.nodes.length === 0) return { x: 0, y: 0 };
  let lowest = doc.nodes[0] as FlowNode;
  let bottom = -Infinity;
  for (const node of doc.nodes) {
    const end = node.position.y + (measured[node.id] ?? DEFAULT_NODE_SIZE).height;
    if (end > bottom) {
      bottom = end;
      lowest = node;
    }
  }
  return { x: lowest.position.x, y: bottom + GAP_AFTER };
}
