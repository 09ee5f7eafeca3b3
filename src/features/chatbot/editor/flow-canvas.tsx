import { useLingui } from '@lingui/react/macro';
import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type IsValidConnection,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { FlowNodeType } from '@shared/bot/flow.ts';
import { useCallback, useEffect, useMemo, useRef, type DragEvent } from 'react';
import { nodeName, outletLabel } from '../node-labels';
import { flowAriaLabels } from './aria-labels';
import { connectionRefusal, isDeletable } from './flow-operations';
import { useFlowEditor, useFlowStore } from './flow-store-context';
import { type CanvasNode } from './node-views';
import { nodeTypes } from './node-types';
import { PALETTE_DRAG_TYPE, PALETTE_TYPES } from './node-defaults';
import { useSummaryNames } from './summary-names';
import './flow-canvas.css';

/** Where the canvas' centre is in the flow, for a node added from the palette. */
export type ViewportCentre = () => { x: number; y: number };

/** French keyboards call it Suppr: React Flow's default is Backspace alone. */
// eslint-disable-next-line lingui/no-unlocalized-strings -- key names, not text for people
const DELETE_KEYS = ['Backspace', 'Delete'];

function isPaletteType(value: string): value is FlowNodeType {
  return (PALETTE_TYPES as readonly string[]).includes(value);
}

/**
 * The flow drawn with React Flow: the document's nodes and edges one to one, every change sent to
 * the store (which keeps one edge per outlet and the undo history).
 */
export function FlowCanvas({
  onViewportCentre,
  label,
}: {
  /** Given how to find the canvas' centre while the canvas is shown, null once it is gone. */
  onViewportCentre: (centre: ViewportCentre | null) => void;
  /** The region's name, for screen readers. */
  label: string;
}) {
  const { t, i18n } = useLingui();
  const store = useFlowStore();
  const names = useSummaryNames();
  const doc = useFlowEditor((state) => state.doc);
  const selectedNodes = useFlowEditor((state) => state.selectedNodes);
  const selectedEdges = useFlowEditor((state) => state.selectedEdges);
  const measured = useFlowEditor((state) => state.measured);
  const readOnly = useFlowEditor((state) => state.readOnly);
  const { screenToFlowPosition, fitView } = useReactFlow();
  const container = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/exhaustive-deps -- the labels follow the language
  const ariaLabelConfig = useMemo(() => flowAriaLabels(), [i18n.locale]);

  // The document's node is the React Flow node's data: unchanged, it is the same object, and the
  // memoised node components skip it.
  const nodes = useMemo(
    () =>
      doc.nodes.map((node): CanvasNode => ({
        id: node.id,
        type: node.type,
        position: node.position,
        data: node,
        selected: selectedNodes.includes(node.id),
        measured: measured[node.id],
        deletable: !readOnly && isDeletable(doc, node),
        ariaLabel: nodeName(node, names),
      })),
    [doc, selectedNodes, measured, readOnly, names],
  );

  const edges = useMemo(() => {
    const byId = new Map(doc.nodes.map((node) => [node.id, node]));
    const selected = new Set(selectedEdges);
    return doc.edges.map((edge): Edge => {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      const outlet = source ? outletLabel(source, edge.sourceHandle) : edge.sourceHandle;
      const to = target ? nodeName(target, names) : edge.target;
      return {
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        selected: selected.has(edge.id),
        deletable: !readOnly,
        markerEnd: { type: MarkerType.ArrowClosed },
        ariaLabel: t`Lien de la sortie « ${outlet} » vers ${to}`,
      };
    });
  }, [doc, selectedEdges, readOnly, names, t]);

  useEffect(() => {
    onViewportCentre(() => {
      const box = container.current?.getBoundingClientRect();
      if (!box) return { x: 0, y: 0 };
      // A little up and left of the centre: the node's corner, not its middle, lands there.
      return screenToFlowPosition({
        x: box.left + box.width / 2 - 130,
        y: box.top + box.height / 2 - 60,
      });
    });
    return () => onViewportCentre(null);
  }, [onViewportCentre, screenToFlowPosition]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const state = store.getState();
      const positions = new Map<string, { x: number; y: number }>();
      const sizes: Record<string, { width: number; height: number }> = {};
      let selection: Set<string> | null = null;
      let dragEnded = false;
      for (const change of changes) {
        if (change.type === 'position') {
          if (change.position) positions.set(change.id, change.position);
          if (change.dragging === false) dragEnded = true;
        } else if (change.type === 'dimensions' && change.dimensions) {
          sizes[change.id] = change.dimensions;
        } else if (change.type === 'select') {
          selection ??= new Set(state.selectedNodes);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
        // Removals arrive through onDelete, with their edges, as one undo step.
      }
      if (Object.keys(sizes).length > 0) state.setMeasured(sizes);
      if (positions.size > 0) state.moveNodes(positions);
      if (dragEnded) state.settle();
      if (selection) state.select([...selection], state.selectedEdges);
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const state = store.getState();
      let selection: Set<string> | null = null;
      for (const change of changes) {
        if (change.type !== 'select') continue;
        selection ??= new Set(state.selectedEdges);
        if (change.selected) selection.add(change.id);
        else selection.delete(change.id);
      }
      if (selection) state.select(state.selectedNodes, [...selection]);
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (!connection.sourceHandle) return;
      store.getState().connect({
        source: connection.source,
        sourceHandle: connection.sourceHandle,
        target: connection.target,
      });
    },
    [store],
  );

  // One edge per outlet and no loop on itself: React Flow refuses the drop before it is made.
  const isValidConnection = useCallback<IsValidConnection>(
    (connection) =>
      !!connection.sourceHandle &&
      connectionRefusal(
        store.getState().doc,
        {
          source: connection.source,
          sourceHandle: connection.sourceHandle,
          target: connection.target,
        },
        { replace: false },
      ) === null,
    [store],
  );

  const onDelete = useCallback(
    ({ nodes: gone, edges: cut }: { nodes: CanvasNode[]; edges: Edge[] }) =>
      store.getState().deleteElements(
        gone.map((node) => node.id),
        cut.map((edge) => edge.id),
      ),
    [store],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!isPaletteType(type)) return;
      event.preventDefault();
      store.getState().addNode(type, {
        position: screenToFlowPosition({ x: event.clientX, y: event.clientY }),
      });
    },
    [screenToFlowPosition, store],
  );

  // A flow opened shows whole once every node is measured (React Flow's own first fit can come
  // before the later nodes are).
  const fitted = useRef(false);
  useEffect(() => {
    if (fitted.current || doc.nodes.some((node) => !measured[node.id])) return;
    fitted.current = true;
    requestAnimationFrame(() => void fitView({ maxZoom: 1 }));
  }, [doc.nodes, fitView, measured]);

  return (
    <div
      ref={container}
      role="region"
      aria-label={label}
      className="relative h-full min-h-0 w-full"
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onDelete={onDelete}
        isValidConnection={isValidConnection}
        deleteKeyCode={readOnly ? null : DELETE_KEYS}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        edgesReconnectable={false}
        ariaLabelConfig={ariaLabelConfig}
        minZoom={0.2}
        maxZoom={1.5}
        fitView
        fitViewOptions={{ maxZoom: 1 }}
        defaultEdgeOptions={{ type: 'smoothstep' }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable style={{ width: 150, height: 100 }} className="max-sm:hidden!" />
      </ReactFlow>
    </div>
  );
}
