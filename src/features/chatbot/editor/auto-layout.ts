// Dagre is loaded with this module, when « Réorganiser » is first used: the editor opens without it.
import { graphlib, layout } from '@dagrejs/dagre';
import { nodeHandles, type FlowDocument } from '@shared/bot/flow.ts';
import { moveNodes } from './flow-operations';
import { DEFAULT_NODE_SIZE } from './node-defaults';
import { readingOrder } from './reading-order';

type Size = { width: number; height: number };

/** Lays the flow out top to bottom with dagre; every node keeps its place in the document. */
export function autoLayout(doc: FlowDocument, sizes: Readonly<Record<string, Size>>): FlowDocument {
  const graph = new graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 48, ranksep: 72, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  const ordered = readingOrder(doc);
  const size = (id: string) => sizes[id] ?? DEFAULT_NODE_SIZE;
  for (const node of ordered) graph.setNode(node.id, { ...size(node.id) });
  // Siblings stay in the order of the outlets they hang from (first button on the left).
  const constraints: { left: string; right: string }[] = [];
  const pairs = new Set<string>();
  for (const node of ordered) {
    let previous: string | undefined;
    for (const handle of nodeHandles(node)) {
      const edge = doc.edges.find((e) => e.source === node.id && e.sourceHandle === handle);
      if (!edge || !graph.hasNode(edge.target)) continue;
      graph.setEdge(node.id, edge.target, {}, edge.id);
      const target = edge.target;
      if (previous && previous !== target && !pairs.has(`${target}\n${previous}`)) {
        pairs.add(`${previous}\n${target}`);
        constraints.push({ left: previous, right: target });
      }
      previous = target;
    }
  }
  layout(graph, { constraints });
  const positions = new Map<string, { x: number; y: number }>();
  for (const node of ordered) {
    const placed = graph.node(node.id);
    const { width, height } = size(node.id);
    // Dagre gives centres; React Flow positions are top-left corners.
    positions.set(node.id, {
      x: Math.round(placed.x - width / 2),
      y: Math.round(placed.y - height / 2),
    });
  }
  return moveNodes(doc, positions);
}
