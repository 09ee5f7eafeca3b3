import {
  emptyFlow,
  flowDocument,
  itemId,
  nodeHandles,
  type FlowDocument,
  type FlowNodeType,
  type NodeOf,
} from '@shared/bot/flow.ts';
import { describe, expect, it } from 'vitest';
import { readingOrder } from './reading-order';
import { connectionRefusal } from './flow-operations';
import { createFlowStore } from './flow-store';

/** A store whose clock the test moves. */
function storeWith(doc: FlowDocument = emptyFlow()) {
  let clock = 0;
  const store = createFlowStore(doc, { now: () => clock });
  return {
    store,
    state: () => store.getState(),
    later: (ms: number) => {
      clock += ms;
    },
  };
}

function node<T extends FlowNodeType>(doc: FlowDocument, id: string, type: T): NodeOf<T> {
  const found = doc.nodes.find((candidate) => candidate.id === id);
  if (found?.type !== type) throw new Error(`no ${type} node ${id}`);
  return found as NodeOf<T>;
}

/** start → buttons (2 buttons) → a message from the first button. */
function buttonsFlow() {
  const editor = storeWith();
  const buttonsId = editor.state().addNode('buttons', { after: { nodeId: 'start' } }) as string;
  const buttons = node(editor.state().doc, buttonsId, 'buttons');
  editor.state().updateData(buttonsId, {
    ...buttons.data,
    body: 'Que voulez-vous ?',
    buttons: [...buttons.data.buttons, { id: 'second', title: 'Non' }].map((button, index) =>
      index === 0 ? { ...button, title: 'Oui' } : button,
    ),
  });
  const messageId = editor.state().addNode('message', { after: { nodeId: buttonsId } }) as string;
  return { ...editor, buttonsId, messageId };
}

describe('flow store: history', () => {
  it('undoes and redoes each change, and a new change forgets what was undone', () => {
    const { state } = storeWith();
    const id = state().addNode('message', { position: { x: 0, y: 200 } });
    expect(state().doc.nodes).toHaveLength(2);
    state().undo();
    expect(state().doc).toEqual(emptyFlow());
    expect(state().selectedNodes).toEqual([]);
    state().redo();
    expect(state().doc.nodes.map((candidate) => candidate.id)).toEqual(['start', id]);
    state().undo();
    state().addNode('end', { position: { x: 0, y: 400 } });
    expect(state().future).toEqual([]);
    state().redo();
    expect(state().doc.nodes.map((candidate) => candidate.type)).toEqual(['start', 'end']);
  });

  it('makes one undo step of the keys typed in one field, and another for the next field', () => {
    const { state, later } = storeWith();
    const id = state().addNode('message', { position: { x: 0, y: 200 } }) as string;
    for (const text of ['B', 'Bo', 'Bon', 'Bonjour']) {
      state().updateData(id, { text, media: null }, 'text');
      later(300);
    }
    later(2_000);
    state().updateData(id, { text: 'Bonjour !', media: null }, 'text');
    expect(node(state().doc, id, 'message').data.text).toBe('Bonjour !');
    state().undo();
    expect(node(state().doc, id, 'message').data.text).toBe('Bonjour');
    state().undo();
    expect(node(state().doc, id, 'message').data.text).toBe('');
  });

  it('bumps the revision on every change, undo and redo included', () => {
    const { state } = storeWith();
    state().addNode('wait', { position: { x: 0, y: 0 } });
    state().undo();
    state().redo();
    expect(state().revision).toBe(3);
  });

  it('changes nothing in a read-only store', () => {
    const store = createFlowStore(emptyFlow(), { readOnly: true });
    expect(store.getState().addNode('message')).toBeNull();
    store.getState().deleteElements(['start'], []);
    expect(store.getState().doc).toEqual(emptyFlow());
    expect(store.getState().revision).toBe(0);
  });
});

describe('flow store: edges', () => {
  it('keeps one edge per source handle: a new link replaces the old one', () => {
    const { state, buttonsId, messageId } = buttonsFlow();
    const endId = state().addNode('end', { position: { x: 400, y: 400 } }) as string;
    const firstButton = node(state().doc, buttonsId, 'buttons').data.buttons[0]?.id as string;
    expect(
      connectionRefusal(
        state().doc,
        { source: buttonsId, sourceHandle: firstButton, target: endId },
        { replace: false },
      ),
    ).toBe('handle_taken');
    state().connect({ source: buttonsId, sourceHandle: firstButton, target: endId });
    const fromButton = state().doc.edges.filter(
      (edge) => edge.source === buttonsId && edge.sourceHandle === firstButton,
    );
    expect(fromButton).toHaveLength(1);
    expect(fromButton[0]?.target).toBe(endId);
    expect(state().doc.edges.some((edge) => edge.target === messageId)).toBe(false);
  });

  it('refuses a loop on the node itself, a link to the start and a handle the node lacks', () => {
    const { state, buttonsId, messageId } = buttonsFlow();
    const doc = state().doc;
    const refusal = (source: string, sourceHandle: string, target: string) =>
      connectionRefusal(doc, { source, sourceHandle, target }, { replace: true });
    expect(refusal(messageId, 'next', messageId)).toBe('self');
    expect(refusal(messageId, 'next', 'start')).toBe('to_start');
    expect(refusal(messageId, 'no_match', buttonsId)).toBe('unknown');
    expect(refusal(messageId, 'next', buttonsId)).toBeNull();
    state().connect({ source: messageId, sourceHandle: 'next', target: messageId });
    expect(state().doc).toBe(doc);
  });

  it('removes a node with the edges into and out of it, and clears the jumps to it', () => {
    const { state, buttonsId, messageId } = buttonsFlow();
    const jumpId = state().addNode('jump', { position: { x: 0, y: 600 } }) as string;
    state().updateData(jumpId, { targetId: buttonsId, maxTimes: 3 });
    state().deleteElements([buttonsId], []);
    const doc = state().doc;
    expect(doc.nodes.map((candidate) => candidate.id)).toEqual(['start', messageId, jumpId]);
    expect(
      doc.edges.filter((edge) => edge.source === buttonsId || edge.target === buttonsId),
    ).toEqual([]);
    expect(doc.edges).toEqual([]);
    expect(node(doc, jumpId, 'jump').data).toEqual({ targetId: '', maxTimes: 3 });
  });

  it('keeps the flow’s only start', () => {
    const { state } = storeWith();
    state().deleteElements(['start'], []);
    expect(state().doc.nodes.map((candidate) => candidate.id)).toEqual(['start']);
    expect(state().revision).toBe(0);
  });

  it('drops the edge of a button that is removed', () => {
    const { state, buttonsId } = buttonsFlow();
    const buttons = node(state().doc, buttonsId, 'buttons');
    expect(state().doc.edges.filter((edge) => edge.source === buttonsId)).toHaveLength(1);
    state().updateData(buttonsId, { ...buttons.data, buttons: buttons.data.buttons.slice(1) });
    expect(state().doc.edges.filter((edge) => edge.source === buttonsId)).toEqual([]);
  });

  it('adds a step after an outlet already linked in between', () => {
    const { state } = storeWith();
    const messageId = state().addNode('message', { after: { nodeId: 'start' } }) as string;
    const waitId = state().addNode('wait', {
      after: { nodeId: 'start', handle: 'next' },
    }) as string;
    const links = state().doc.edges.map((edge) => [edge.source, edge.sourceHandle, edge.target]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['start', 'next', waitId],
        [waitId, 'next', messageId],
      ]),
    );
    expect(links).toHaveLength(2);
  });
});

describe('flow store: copy and paste', () => {
  it('pastes copies with new ids for nodes, items and edges, their inner edges following', () => {
    const { state, buttonsId, messageId } = buttonsFlow();
    const before = state().doc;
    state().select([buttonsId, messageId, 'start']);
    expect(state().copy()).toBe(true);
    state().paste();
    const doc = state().doc;
    expect(doc.nodes).toHaveLength(before.nodes.length + 2);
    const pasted = doc.nodes.slice(before.nodes.length);
    // The start is never copied: a flow has one.
    expect(pasted.map((candidate) => candidate.type)).toEqual(['buttons', 'message']);
    expect(state().selectedNodes).toEqual(pasted.map((candidate) => candidate.id));
    const oldIds = new Set(
      before.nodes.flatMap((candidate) => [candidate.id, ...nodeHandles(candidate)]),
    );
    for (const copy of pasted) {
      expect(oldIds.has(copy.id)).toBe(false);
      expect(itemId.safeParse(copy.id).success).toBe(true);
    }
    const [buttonsCopy, messageCopy] = pasted;
    if (buttonsCopy?.type !== 'buttons' || !messageCopy) throw new Error('copies missing');
    expect(buttonsCopy.data.buttons.map((button) => button.title)).toEqual(['Oui', 'Non']);
    for (const button of buttonsCopy.data.buttons) expect(oldIds.has(button.id)).toBe(false);
    const original = node(before, buttonsId, 'buttons');
    expect(buttonsCopy.position).toEqual({
      x: original.position.x + 40,
      y: original.position.y + 40,
    });
    // The inner edge follows the copies; the edge from the start (outside the copy) is not copied.
    const newEdges = doc.edges.slice(before.edges.length);
    expect(newEdges).toEqual([
      expect.objectContaining({
        source: buttonsCopy.id,
        sourceHandle: buttonsCopy.data.buttons[0]?.id,
        target: messageCopy.id,
      }),
    ]);
    expect(new Set(doc.edges.map((edge) => edge.id)).size).toBe(doc.edges.length);
    expect(flowDocument.safeParse(doc).success).toBe(true);
  });

  it('duplicates the selection, and a second paste lands beside the first', () => {
    const { state, messageId } = buttonsFlow();
    state().select([messageId]);
    state().duplicate();
    const duplicate = state().doc.nodes.at(-1);
    expect(duplicate?.type).toBe('message');
    expect(duplicate?.id).not.toBe(messageId);
    state().select([messageId]);
    state().copy();
    state().paste();
    state().paste();
    const [first, second] = state().doc.nodes.slice(-2);
    expect(second?.position.x).toBe((first?.position.x ?? 0) + 40);
  });

  it('undoes a paste in one step', () => {
    const { state, messageId } = buttonsFlow();
    const before = state().doc;
    state().select([messageId]);
    state().copy();
    state().paste();
    state().undo();
    expect(state().doc).toBe(before);
  });
});

describe('flow store: auto-layout', () => {
  it('places every node top to bottom, the first button’s branch on the left', async () => {
    const { state, buttonsId, messageId } = buttonsFlow();
    const secondId = state().addNode('end', { position: { x: -900, y: -900 } }) as string;
    const second = node(state().doc, buttonsId, 'buttons').data.buttons[1]?.id as string;
    state().connect({ source: buttonsId, sourceHandle: second, target: secondId });
    const lonelyId = state().addNode('faq', { position: { x: 5_000, y: 5_000 } }) as string;
    const before = state().doc;
    await state().layout();
    const doc = state().doc;
    expect(doc.nodes.map((candidate) => candidate.id)).toEqual(
      before.nodes.map((candidate) => candidate.id),
    );
    expect(doc.nodes.map((candidate) => candidate.data)).toEqual(
      before.nodes.map((candidate) => candidate.data),
    );
    expect(doc.edges).toBe(before.edges);
    const position = (id: string) => doc.nodes.find((candidate) => candidate.id === id)?.position;
    expect(position(buttonsId)?.y).toBeGreaterThan(position('start')?.y ?? Infinity);
    expect(position(messageId)?.y).toBeGreaterThan(position(buttonsId)?.y ?? Infinity);
    expect(position(messageId)?.x).toBeLessThan(position(secondId)?.x ?? -Infinity);
    expect(position(lonelyId)).not.toEqual({ x: 5_000, y: 5_000 });
    state().undo();
    expect(state().doc).toBe(before);
  });

  it('reads the flow from the start, children in the order of their handles', () => {
    const { state, buttonsId, messageId } = buttonsFlow();
    expect(readingOrder(state().doc).map((candidate) => candidate.id)).toEqual([
      'start',
      buttonsId,
      messageId,
    ]);
  });
});
