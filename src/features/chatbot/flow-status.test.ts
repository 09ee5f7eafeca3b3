import { describe, expect, it } from 'vitest';
import { emptyFlow, type FlowDocument } from '@shared/bot/flow.ts';
import { flowPublication, sameBehaviour } from './flow-status';

function withMessage(document: FlowDocument, text: string): FlowDocument {
  return {
    ...document,
    nodes: [
      ...document.nodes,
      {
        id: 'hello',
        type: 'message',
        position: { x: 0, y: 120 },
        data: { text, media: null },
      },
    ],
    edges: [
      ...document.edges,
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'hello' },
    ],
  };
}

describe('flowPublication', () => {
  it('tells a draft, a published flow and one changed since', () => {
    expect(flowPublication({ publishedVersion: null, unpublishedChanges: false })).toEqual({
      kind: 'draft',
    });
    expect(flowPublication({ publishedVersion: { number: 3 }, unpublishedChanges: false })).toEqual(
      { kind: 'published', version: 3 },
    );
    expect(flowPublication({ publishedVersion: { number: 3 }, unpublishedChanges: true })).toEqual({
      kind: 'changed',
      version: 3,
    });
  });
});

describe('sameBehaviour', () => {
  const published = withMessage(emptyFlow(), 'Bonjour');

  it('holds for the same document', () => {
    expect(sameBehaviour(structuredClone(published), published)).toBe(true);
  });

  it('ignores where nodes sit and the order of nodes and edges', () => {
    const moved: FlowDocument = {
      ...published,
      nodes: published.nodes
        .map((node) => ({ ...node, position: { x: node.position.x + 40, y: -10 } }))
        .reverse(),
      edges: [...published.edges].reverse(),
    };
    expect(sameBehaviour(moved, published)).toBe(true);
  });

  it('reads a draft saved without optional fields as its published copy with their defaults', () => {
    const draft = JSON.parse(JSON.stringify(published)) as { nodes: Array<{ data: object }> };
    // The message node without `media` (default null).
    draft.nodes[1]!.data = { text: 'Bonjour' };
    expect(sameBehaviour(draft, published)).toBe(true);
  });

  it('sees a changed text, a new edge or a new node', () => {
    expect(sameBehaviour(withMessage(emptyFlow(), 'Bonsoir'), published)).toBe(false);
    expect(sameBehaviour(emptyFlow(), published)).toBe(false);
    expect(sameBehaviour({ ...published, edges: [] }, published)).toBe(false);
  });

  it('treats a draft that is not a flow as changed', () => {
    expect(sameBehaviour({ nodes: 'oops' }, published)).toBe(false);
    expect(sameBehaviour(null, published)).toBe(false);
  });
});
