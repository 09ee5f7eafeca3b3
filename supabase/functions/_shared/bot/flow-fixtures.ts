import { flowDocument, type FlowDocument } from './flow.ts';

// Flow documents for the engine's and validation's tests, written as the editor saves them.

/** An edge as `[source, sourceHandle, target]`. */
export type Edge = [source: string, handle: string, target: string];

/** A flow document from nodes without positions and edges as triples (the schema fills in defaults). */
export function flow(
  nodes: Array<{ id: string; type: string; data: object }>,
  edges: Edge[],
): FlowDocument {
  return flowDocument.parse({
    schemaVersion: 1,
    nodes: nodes.map((node) => ({ ...node, position: { x: 0, y: 0 } })),
    edges: edges.map(([source, sourceHandle, target], index) => ({
      id: `e${index}`,
      source,
      sourceHandle,
      target,
    })),
  });
}
