import { nodeHandles, type FlowDocument, type FlowNode } from '@shared/bot/flow.ts';

/**
 * Nodes in the order a reader follows the flow: from each start, breadth first, the children of a
 * node in the order of its handles (first button first); nodes nothing leads to come last. Dagre
 * orders each rank from the order nodes and edges are given in, so the first button's branch
 * lands on the left.
 */
export function readingOrder(doc: FlowDocument): FlowNode[] {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const order: FlowNode[] = [];
  const queue: FlowNode[] = doc.nodes.filter((node) => node.type === 'start');
  while (queue.length > 0) {
    const node = queue.shift() as FlowNode;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    order.push(node);
    for (const handle of nodeHandles(node)) {
      const edge = doc.edges.find((e) => e.source === node.id && e.sourceHandle === handle);
      const child = edge && byId.get(edge.target);
      if (child && !seen.has(child.id)) queue.push(child);
    }
  }
  return [...order, ...doc.nodes.filter((node) => !seen.has(node.id))];
}
